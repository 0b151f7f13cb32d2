import type { OperationContract, Violation } from "@sapi-kit/contract";
import { type BinanceRejection, rejections } from "./binance-error.js";
import { invalidEnumValue } from "./invalid-enum-value.js";
import { LONG_LEGAL_RANGE } from "./parameter-text.js";

/**
 * Answers that public reports of real responses show for an operation's
 * `x-required-one-of`, where they differ from the generic -1102. Only an
 * observation goes here; an operation without one gets the generic answer.
 */
export const observedRequiredOneOfAnswers: Readonly<Record<string, (group: readonly string[]) => BinanceRejection>> = {
  // The margin Cancel OCO answers -11016 "Either orderListId or listClientOrderId must be provided."
  // (python-binance#1221, https://github.com/sammchardy/python-binance/issues/1221).
  marginCancelOco: rejections.requiredOneOfMissing,
};

/**
 * `forbidden-when` rules for which Binance's error list documents a code of their own, keyed by
 * operationId and the condition parameter. OTOCO's pending above / below orders form an OCO pair, and
 * an iceberg quantity on a pair leg whose time in force is not GTC is -1160 OCO_ICEBERGQTY_TIMEINFORCE
 * (https://developers.binance.com/docs/binance-spot-api-docs/errors).
 */
export const documentedRuleAnswers: Readonly<Record<string, Readonly<Record<string, (name: string) => BinanceRejection>>>> = {
  marginNewOtoco: {
    pendingAboveTimeInForce: rejections.ocoIcebergNeedsGtc,
    pendingBelowTimeInForce: rejections.ocoIcebergNeedsGtc,
  },
};

/**
 * Binance's code and message for one violation the contract's checker
 * found. `sent` is how many parameters the request carried, which the -1104
 * message counts. Codes and messages: Binance's error list,
 * https://developers.binance.com/docs/binance-spot-api-docs/errors (cited
 * again next to each in `binance-error.ts`); `x-parameter-rules` codes:
 * spec/README.md, "x-parameter-rules".
 */
export function violationAnswer(operation: OperationContract, violation: Violation, sent: number): BinanceRejection {
  switch (violation.kind) {
    case "missing":
      return rejections.mandatoryParameterMissing(violation.parameter.name);
    case "not-an-integer":
    case "too-many-digits":
      return rejections.illegalCharacters(violation.parameter.name, LONG_LEGAL_RANGE);
    case "out-of-range":
      return rejections.invalidParameter(violation.parameter.name);
    case "not-a-decimal":
      return rejections.illegalDecimal(violation.parameter.name);
    case "invalid-enum":
      return invalidEnumValue(violation.parameter.name, violation.allowed);
    case "not-a-boolean":
      return rejections.illegalCharacters(violation.parameter.name, "true, false");
    case "bad-format":
      return rejections.illegalCharacters(violation.parameter.name, violation.legalRange);
    case "pattern-mismatch":
      return rejections.illegalCharacters(violation.parameter.name, violation.pattern);
    case "too-short":
      return rejections.illegalCharacters(violation.parameter.name, `at least ${violation.minLength} characters`);
    case "too-long":
      return rejections.illegalCharacters(violation.parameter.name, `at most ${violation.maxLength} characters`);
    case "unknown":
      return rejections.unreadParameters(sent - violation.names.length, sent);
    case "required-one-of":
      return (observedRequiredOneOfAnswers[operation.operationId] ?? rejections.eitherParameter)(violation.group);
    case "rule":
      return ruleAnswer(operation, violation);
    case "span-too-long":
      return rejections.spanTooLong(violation.rule.maximum / 3_600_000);
  }
}

function ruleAnswer(operation: OperationContract, { rule, parameters }: Extract<Violation, { kind: "rule" }>): BinanceRejection {
  switch (rule.kind) {
    case "requires":
    case "excludes":
      return rejections.badOptionalCombination();
    case "required-when": {
      const [only] = rule.parameters;
      return rule.parameters.length === 1 && only !== undefined ? rejections.mandatoryParameterMissing(only) : rejections.eitherParameter(rule.parameters);
    }
    case "forbidden-when": {
      const documented = documentedRuleAnswers[operation.operationId]?.[rule.when.parameter];
      return (documented ?? rejections.parameterNotRequired)(parameters[0] ?? "");
    }
  }
}
