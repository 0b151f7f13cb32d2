import { asyncApiSchemas, createSpecValidator, readAsyncApi } from "@sapi-kit/spec/loader";
import { spec } from "./openapi-spec.js";

/**
 * spec/asyncapi.yaml's schemas (with the openapi.yaml enums they reference), through the one
 * Ajv set-up of the repository. Closed: a field the schema does not declare is a mismatch too.
 */
const validator = createSpecValidator({ components: { schemas: asyncApiSchemas(readAsyncApi(), spec) } }, { closed: true });

// biome-ignore lint/suspicious/noExplicitAny: frames are arbitrary JSON.
function schemaOf(frame: any): string {
  if (frame !== null && typeof frame === "object" && "event" in frame) return "UserDataEventMessage";
  if (frame?.status !== 200) return "ErrorResponse";
  return frame.result !== null && typeof frame.result === "object" && "subscriptionId" in frame.result
    ? "SubscribeListenTokenResponse"
    : "UnsubscribeResponse";
}

/** Why a frame the sandbox sent does not match spec/asyncapi.yaml; empty when it does. */
export function asyncApiProblems(frame: unknown): string[] {
  const name = schemaOf(frame);
  const validate = validator.component(name);
  if (validate(frame)) return [];
  return [`${name}: ${JSON.stringify(frame)}: ${validator.ajv.errorsText(validate.errors)}`];
}
