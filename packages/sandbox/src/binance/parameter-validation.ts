import { canonicalValue, checkQuery, type OperationContract, type ParameterContract } from "@sapi-kit/contract";
import { rejections } from "./binance-error.js";
import type { RawQueryPair } from "./raw-query.js";
import { violationAnswer } from "./violation-answer.js";

/**
 * One generic validator for every operation of the spec: @sapi-kit/contract's
 * checker reads the operation's generated contract (written from
 * `spec/openapi.yaml`) and returns the rules the request breaks, as data;
 * `violation-answer.ts` turns the first into Binance's error code. Adding an
 * operation to the spec needs no edit here.
 *
 * Order of the checks (Binance documents none; this is the sandbox's, tested,
 * and the checker's order):
 * 1. each parameter in spec order: missing / empty and required -> -1102;
 *    not valid percent-encoding -> -1100; malformed for its wire type ->
 *    -1100 (an order side, type or time in force outside its enum: -1117 /
 *    -1116 / -1115, `invalid-enum-value.ts`); outside its limits -> -1130;
 * 2. a parameter the operation does not define -> -1104;
 * 3. `x-required-one-of` -> -1102 "Param 'a' or 'b' must be sent" (or the
 *    operation's observed answer, see `observedRequiredOneOfAnswers`);
 * 4. `x-parameter-rules`, in spec order: `requires` / `excludes` -> -1128,
 *    `required-when` -> -1102, `forbidden-when` -> -1106 (spec/README.md,
 *    "x-parameter-rules", chose these from Binance's error list), unless
 *    `documentedRuleAnswers` names the rule's own documented code.
 */

/** Read by the signed-request rules (`signed-request.ts`) before validation: known, not re-checked here. */
export const SIGNED_REQUEST_PARAMETERS: ReadonlySet<string> = new Set(["timestamp", "signature", "recvWindow"]);

/**
 * A sent value by wire type: LONG -> bigint, INT -> number, BOOLEAN -> boolean,
 * the rest as text (an enum Binance reads in any letter case in the enum's
 * own spelling: `isIsolated=true` -> "TRUE").
 */
export type ParameterValue = string | bigint | number | boolean;

export interface ValidatedParameters {
  /** Every sent (non-empty) parameter of the contract, typed by its wire type. Defaults are not filled in. */
  readonly values: Readonly<Record<string, ParameterValue>>;
  text(name: string): string | undefined;
  long(name: string): bigint | undefined;
  int(name: string): number | undefined;
  /** BOOLEAN parameters, and true / false enums such as `isIsolated`, in any letter case; undefined when not sent. */
  flag(name: string): boolean | undefined;
  /** The value sent (an enum's own spelling), else the spec's default (as text), else undefined: what rule conditions test. */
  effective(name: string): string | undefined;
}

/** A value the checker accepted, typed by its wire type. */
function typedValue(parameter: ParameterContract, text: string): ParameterValue {
  switch (parameter.wire) {
    case "LONG":
      return BigInt(text);
    case "INT":
      return Number(text);
    case "BOOLEAN":
      return text.toLowerCase() === "true";
    default:
      return canonicalValue(parameter, text);
  }
}

export function validateParameters(
  operation: OperationContract,
  params: ReadonlyMap<string, RawQueryPair>,
  // Whether the signed-request rules read this request (a SIGNED operation, or a signed USER_STREAM call).
  { signed = operation.signed }: { signed?: boolean } = {},
): ValidatedParameters {
  const skip = signed ? SIGNED_REQUEST_PARAMETERS : new Set<string>();
  // An undecodable value reads as empty: sent (counted among the names) but never checked as a value.
  const query = new Map<string, string>();
  for (const [name, pair] of params) query.set(name, pair.value ?? "");
  const [first] = checkQuery(operation, query, { skip });

  // A value that is not valid percent-encoding is refused where its parameter comes in spec order:
  // after the violations of the parameters before it, before everything else.
  for (const parameter of operation.parameters) {
    const pair = params.get(parameter.name);
    if (!skip.has(parameter.name) && pair && pair.value === undefined) {
      throw rejections.illegalCharacters(parameter.name, "valid percent-encoding");
    }
    if (first && "parameter" in first && first.parameter === parameter) break;
  }
  if (first) throw violationAnswer(operation, first, params.size);

  const values: Record<string, ParameterValue> = {};
  const texts = new Map<string, string>();
  for (const parameter of operation.parameters) {
    const text = query.get(parameter.name);
    if (skip.has(parameter.name) || text === undefined || text === "") continue;
    values[parameter.name] = typedValue(parameter, text);
    texts.set(parameter.name, canonicalValue(parameter, text));
  }
  const effective = (name: string) => {
    const fallback = operation.parameters.find((parameter) => parameter.name === name)?.default;
    return texts.get(name) ?? (fallback === undefined ? undefined : String(fallback));
  };

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
      const folded = typeof value === "string" ? value.toLowerCase() : undefined;
      return folded === "true" ? true : folded === "false" ? false : undefined;
    },
    effective,
  };
}
