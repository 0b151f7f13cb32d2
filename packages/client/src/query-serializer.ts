import { SapiKitError } from "./sapi-kit-error.js";
import { UnsafeIntegerError } from "./unsafe-integer-error.js";

/**
 * encodeURIComponent leaves `!'()*` alone, but the WHATWG URL parser
 * re-encodes `'` in http(s) queries. Encoding all five makes the serialized
 * string exactly what goes on the wire, so a signer that signs it signs the
 * sent bytes.
 */
function encodeStrict(text: string): string {
  // Most names and values (LTCBTC, 12345) need no encoding: one test instead of two passes.
  return /^[\w.~-]*$/.test(text)
    ? text
    : encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function serializeValue(name: string, value: unknown): string {
  const text = String(value);
  if (typeof value === "number") {
    // Every finite double beyond 2^53-1 is an integer, so this is the unsafe-integer test.
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER && Number.isFinite(value)) {
      throw new UnsafeIntegerError({ source: "request", path: name, value });
    }
    // NaN, Infinity and tiny decimals ("1e-7") are not numbers Binance can read.
    if (!/^-?[\d.]+$/.test(text)) throw invalid(`"${name}" would be sent as ${text}`);
  } else if (!/^(st|bo|bi)/.test(typeof value)) {
    // Not a string, boolean or bigint (their typeof names told apart by the first two letters; "symbol" is not one of them).
    throw invalid(`"${name}" must be a scalar, not ${Array.isArray(value) ? "an array" : typeof value}`);
  }
  return text;
}

const invalid = (problem: string) => new SapiKitError("INVALID_QUERY_PARAMETER", `Query parameter ${problem}: not sent.`);

/**
 * The client's default query serializer: `key=value` pairs in insertion
 * order (the order the signer signs), strictly percent-encoded; `undefined`
 * and `null` are left out. Unsafe integers throw UnsafeIntegerError instead
 * of being rounded; non-finite numbers (instead of being sent as "NaN") and,
 * since Binance query parameters are scalars, arrays and objects throw a
 * SapiKitError with code INVALID_QUERY_PARAMETER. Nothing is sent.
 * `allowReserved` (openapi-fetch's `querySerializer: { allowReserved: true }`)
 * leaves values unencoded; the URL parser then encodes what it must.
 */
export function serializeQuery(query: Record<string, unknown>, allowReserved?: boolean): string {
  const pairs: string[] = [];
  for (const name in query) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    const text = serializeValue(name, value);
    pairs.push(`${encodeStrict(name)}=${allowReserved ? text : encodeStrict(text)}`);
  }
  return pairs.join("&");
}
