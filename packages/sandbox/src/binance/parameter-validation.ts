import type { OperationContract, ParameterContract, ParameterRule } from "../generated/operations.js";
import { type BinanceRejection, rejections } from "./binance-error.js";
import { invalidEnumValue } from "./invalid-enum-value.js";
import { formatOf } from "./parameter-formats.js";
import { LONG_LEGAL_RANGE, readText } from "./parameter-text.js";
import type { RawQueryPair } from "./raw-query.js";

/**
 * One generic validator for every operation of the spec: it reads the
 * operation's generated contract (`src/generated/operations.ts`, written from
 * `spec/openapi.yaml`) and answers Binance's error codes. Adding an operation
 * to the spec needs no edit here.
 *
 * Order of the checks (Binance documents none; this is the sandbox's, tested):
 * 1. each parameter in spec order: missing / empty and required -> -1102;
 *    malformed for its wire type -> -1100 (an order side, type or time in
 *    force outside its enum: -1117 / -1116 / -1115, `invalid-enum-value.ts`);
 *    outside its limits -> -1130;
 * 2. a parameter the operation does not define -> -1104;
 * 3. `x-required-one-of` -> -1102 "Param 'a' or 'b' must be sent" (or the
 *    operation's observed answer, see `observedRequiredOneOfAnswers`);
 * 4. `x-parameter-rules`, in spec order: `requires` / `excludes` -> -1128,
 *    `required-when` -> -1102, `forbidden-when` -> -1106 (spec/README.md,
 *    "x-parameter-rules", chose these from Binance's error list), unless
 *    `documentedRuleAnswers` names the rule's own documented code.
 *
 * Codes and messages: Binance's error list,
 * https://developers.binance.com/docs/binance-spot-api-docs/errors (cited
 * again next to each in `binance-error.ts`).
 */

/** Read by the signed-request rules (`signed-request.ts`) before validation: known, not re-checked here. */
export const SIGNED_REQUEST_PARAMETERS: ReadonlySet<string> = new Set(["timestamp", "signature", "recvWindow"]);

/** A sent value by wire type: LONG -> bigint, INT -> number, BOOLEAN -> boolean, the rest as text. */
export type ParameterValue = string | bigint | number | boolean;

export interface ValidatedParameters {
  /** Every sent (non-empty) parameter of the contract, typed by its wire type. Defaults are not filled in. */
  readonly values: Readonly<Record<string, ParameterValue>>;
  text(name: string): string | undefined;
  long(name: string): bigint | undefined;
  int(name: string): number | undefined;
  /** BOOLEAN parameters, and `"TRUE"` / `"FALSE"` enums such as `isIsolated`; undefined when not sent. */
  flag(name: string): boolean | undefined;
  /** The value sent, else the spec's default (as text), else undefined: what rule conditions test. */
  effective(name: string): string | undefined;
}

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

const DIGITS = /^[0-9]{1,20}$/;
const BINANCE_DECIMAL = "^([0-9]{1,20})(\\.[0-9]{1,20})?$";

function checkLimits(parameter: ParameterContract, value: bigint): void {
  const { name, minimum, maximum } = parameter;
  if ((minimum !== undefined && value < BigInt(minimum)) || (maximum !== undefined && value > BigInt(maximum))) {
    throw rejections.invalidParameter(name);
  }
}

/** Reads one sent value by its wire type, or throws Binance's answer for a malformed one. */
function typedValue(operation: OperationContract, parameter: ParameterContract, text: string): ParameterValue {
  const { name } = parameter;
  switch (parameter.wire) {
    case "LONG":
    case "INT": {
      if (!DIGITS.test(text)) throw rejections.illegalCharacters(name, LONG_LEGAL_RANGE);
      const value = BigInt(text);
      checkLimits(parameter, value);
      if (parameter.wire === "LONG") return value;
      if (value > 2_147_483_647n) throw rejections.invalidParameter(name);
      return Number(value);
    }
    case "DECIMAL":
      if (!new RegExp(parameter.pattern ?? BINANCE_DECIMAL).test(text) || !new RegExp(BINANCE_DECIMAL).test(text)) {
        throw rejections.illegalDecimal(name);
      }
      return text;
    case "ENUM":
      if (!parameter.enum?.includes(text)) throw invalidEnumValue(name, parameter.enum ?? []);
      return text;
    case "BOOLEAN": {
      const lower = text.toLowerCase();
      if (lower !== "true" && lower !== "false") throw rejections.illegalCharacters(name, "true, false");
      return lower === "true";
    }
    case "STRING": {
      const format = formatOf(name, operation.method);
      if (format && !format.test(text)) throw rejections.illegalCharacters(name, format.legalRange);
      if (parameter.pattern !== undefined && !new RegExp(parameter.pattern, "u").test(text)) {
        throw rejections.illegalCharacters(name, parameter.pattern);
      }
      // Lengths in characters (code points), as JSON Schema counts them.
      const length = [...text].length;
      if (parameter.minLength !== undefined && length < parameter.minLength) {
        throw rejections.illegalCharacters(name, `at least ${parameter.minLength} characters`);
      }
      if (parameter.maxLength !== undefined && length > parameter.maxLength) {
        throw rejections.illegalCharacters(name, `at most ${parameter.maxLength} characters`);
      }
      return text;
    }
  }
}

function assertRule(
  operation: OperationContract,
  rule: ParameterRule,
  sent: (name: string) => boolean,
  effective: (name: string) => string | undefined,
): void {
  switch (rule.kind) {
    case "requires":
      if (sent(rule.if) && !rule.parameters.every(sent)) throw rejections.badOptionalCombination();
      return;
    case "excludes":
      if (sent(rule.if) && rule.parameters.some(sent)) throw rejections.badOptionalCombination();
      return;
    case "required-when": {
      const value = effective(rule.when.parameter);
      if (value === undefined || !rule.when.in.includes(value) || rule.parameters.some(sent)) return;
      const [only] = rule.parameters;
      throw rule.parameters.length === 1 && only !== undefined
        ? rejections.mandatoryParameterMissing(only)
        : rejections.eitherParameter(rule.parameters);
    }
    case "forbidden-when": {
      const value = effective(rule.when.parameter);
      if (value === undefined || !rule.when.in.includes(value)) return;
      const offending = rule.parameters.find(sent);
      if (offending === undefined) return;
      const documented = documentedRuleAnswers[operation.operationId]?.[rule.when.parameter];
      throw (documented ?? rejections.parameterNotRequired)(offending);
    }
  }
}

export function validateParameters(
  operation: OperationContract,
  params: ReadonlyMap<string, RawQueryPair>,
): ValidatedParameters {
  const values: Record<string, ParameterValue> = {};
  const texts = new Map<string, string>();
  for (const parameter of operation.parameters) {
    if (operation.signed && SIGNED_REQUEST_PARAMETERS.has(parameter.name)) continue;
    const text = readText(params, parameter.name);
    if (text === undefined) {
      if (parameter.required) throw rejections.mandatoryParameterMissing(parameter.name);
      continue;
    }
    values[parameter.name] = typedValue(operation, parameter, text);
    texts.set(parameter.name, text);
  }

  const known = new Set(operation.parameters.map((parameter) => parameter.name));
  if (operation.signed) for (const name of SIGNED_REQUEST_PARAMETERS) known.add(name);
  const read = [...params.keys()].filter((name) => known.has(name)).length;
  if (read !== params.size) throw rejections.unreadParameters(read, params.size);

  const sent = (name: string) => texts.has(name);
  const effective = (name: string) => {
    const fallback = operation.parameters.find((parameter) => parameter.name === name)?.default;
    return texts.get(name) ?? (fallback === undefined ? undefined : String(fallback));
  };
  for (const group of operation.requiredOneOf) {
    if (group.some(sent)) continue;
    throw (observedRequiredOneOfAnswers[operation.operationId] ?? rejections.eitherParameter)(group);
  }
  for (const rule of operation.rules) assertRule(operation, rule, sent, effective);

  const typed = <T extends ParameterValue>(name: string, kind: string): T | undefined => {
    const value = values[name];
    return typeof value === kind ? (value as T) : undefined;
  };
  return {
    values,
    text: (name) => typed<string>(name, "string"),
    long: (name) => typed<bigint>(name, "bigint"),
    int: (name) => typed<number>(name, "number"),
    flag(name) {
      const value = values[name];
      if (typeof value === "boolean") return value;
      return value === "TRUE" ? true : value === "FALSE" ? false : undefined;
    },
    effective,
  };
}
