import { UnsafeIntegerError } from "./unsafe-integer-error.js";

/**
 * encodeURIComponent leaves `!'()*` alone, but the WHATWG URL parser
 * re-encodes `'` in http(s) queries. Encoding all five makes the serialized
 * string exactly what goes on the wire, so a signer that signs it signs the
 * sent bytes.
 */
function encodeStrict(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function serializeValue(name: string, value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`Query parameter "${name}" is ${value}, which cannot be sent.`);
    if (!Number.isSafeInteger(value) && Number.isInteger(value)) {
      throw new UnsafeIntegerError({ source: "request", path: name, value });
    }
    const text = String(value);
    // Tiny decimals print as "1e-7", which Binance rejects as malformed.
    if (text.includes("e")) {
      throw new RangeError(`Query parameter "${name}" would be sent in exponent notation (${text}); pass a decimal string.`);
    }
    return text;
  }
  throw new TypeError(`Query parameter "${name}" must be a string, number, boolean or bigint, not ${Array.isArray(value) ? "an array" : typeof value}.`);
}

/**
 * The client's default query serializer: `key=value` pairs in insertion
 * order (the order the signer signs), strictly percent-encoded; `undefined`
 * and `null` are left out. Unsafe integers and non-finite numbers throw
 * instead of being rounded or sent as "NaN". Binance query parameters are
 * scalars, so arrays and objects throw too.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const name in query) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    pairs.push(`${encodeStrict(name)}=${encodeStrict(serializeValue(name, value))}`);
  }
  return pairs.join("&");
}
