import { rejections } from "./binance-error.js";
import type { ParameterRule } from "./cancel-oco-contract.js";
import type { RawQueryPair } from "./raw-query.js";

/** The legal range Binance quotes in -1100 messages for LONG parameters. */
export const LONG_LEGAL_RANGE = "^[0-9]{1,20}$";
const LONG = /^[0-9]{1,20}$/;

/** A decoded parameter value, or undefined when absent or sent empty. */
export function readText(params: ReadonlyMap<string, RawQueryPair>, name: string): string | undefined {
  const pair = params.get(name);
  if (!pair) return undefined;
  if (pair.value === undefined) throw rejections.illegalCharacters(name, "valid percent-encoding");
  return pair.value === "" ? undefined : pair.value;
}

export function readRequiredText(params: ReadonlyMap<string, RawQueryPair>, name: string): string {
  const value = readText(params, name);
  if (value === undefined) throw rejections.mandatoryParameterMissing(name);
  return value;
}

/** LONG parameters as bigint, so ids above 2^53 compare exactly. */
export function readLong(params: ReadonlyMap<string, RawQueryPair>, name: string): bigint | undefined {
  const value = readText(params, name);
  if (value === undefined) return undefined;
  if (!LONG.test(value)) throw rejections.illegalCharacters(name, LONG_LEGAL_RANGE);
  return BigInt(value);
}

export function readTrueFalse(params: ReadonlyMap<string, RawQueryPair>, name: string): boolean | undefined {
  const value = readText(params, name);
  if (value === undefined) return undefined;
  if (value !== "TRUE" && value !== "FALSE") throw rejections.illegalCharacters(name, "TRUE, FALSE");
  return value === "TRUE";
}

/** Rejects parameters the endpoint does not define, the way Binance reports them (-1104). */
export function assertOnlyKnownParameters(
  params: ReadonlyMap<string, RawQueryPair>,
  rules: readonly ParameterRule[],
): void {
  const known = new Set(rules.map((rule) => rule.name));
  const read = [...params.keys()].filter((name) => known.has(name)).length;
  if (read !== params.size) throw rejections.unreadParameters(read, params.size);
}

/** The spec's `x-required-one-of`: at least one name of each group must carry a value. */
export function assertRequiredOneOf(
  params: ReadonlyMap<string, RawQueryPair>,
  groups: readonly (readonly string[])[],
): void {
  for (const group of groups) {
    if (!group.some((name) => readText(params, name) !== undefined)) {
      throw rejections.requiredOneOfMissing(group);
    }
  }
}
