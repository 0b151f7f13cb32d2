// Redocly plugin for the sapi-kit spec: the bilingual rule, checks for the
// `x-` extensions code generation relies on, and the per-locale decorator.
// Registered in ../../redocly.yaml; see ../README.md for what each one does.
import { Locale } from "./decorators/locale.mjs";
import { BilingualSiblings } from "./rules/bilingual-siblings.mjs";
import { ParameterRules } from "./rules/parameter-rules.mjs";
import { RequestWeight } from "./rules/request-weight.mjs";
import { RequiredOneOf } from "./rules/required-one-of.mjs";
import { SignerManaged } from "./rules/signer-managed.mjs";

export default function sapiKitPlugin() {
  return {
    id: "sapi-kit",
    rules: {
      oas3: {
        "bilingual-siblings": BilingualSiblings,
        "required-one-of": RequiredOneOf,
        "parameter-rules": ParameterRules,
        "request-weight": RequestWeight,
        "signer-managed": SignerManaged,
      },
      // spec/asyncapi.yaml: the same bilingual contract on the user data stream.
      async3: {
        "bilingual-siblings": BilingualSiblings,
      },
    },
    decorators: {
      oas3: {
        locale: Locale,
      },
    },
  };
}
