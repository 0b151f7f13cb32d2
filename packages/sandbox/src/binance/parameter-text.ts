import { rejections } from "./binance-error.js";
import type { RawQueryPair } from "./raw-query.js";

/** The legal range Binance quotes in -1100 messages for LONG parameters. */
export const LONG_LEGAL_RANGE = "^[0-9]{1,20}$";
const LONG = /^[0-9]{1,20}$/;

/**
 * A decoded parameter value, or undefined when absent or sent empty: Binance
 * treats an empty value like a missing one ("was not sent, was empty/null").
 */
export function readText(params: ReadonlyMap<string, RawQueryPair>, name: string): string | undefined {
  const pair = params.get(name);
  if (!pair) return undefined;
  if (pair.value === undefined) throw rejections.illegalCharacters(name, "valid percent-encoding");
  return pair.value === "" ? undefined : pair.value;
}

/** LONG parameters as bigint, so ids above 2^53 compare exactly. */
export function readLong(params: ReadonlyMap<string, RawQueryPair>, name: string): bigint | undefined {
  const value = readText(params, name);
  if (value === undefined) return undefined;
  if (!LONG.test(value)) throw rejections.illegalCharacters(name, LONG_LEGAL_RANGE);
  return BigInt(value);
}
