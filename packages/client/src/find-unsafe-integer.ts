const isPlainObject = (value: object): value is Record<string, unknown> => {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

export interface UnsafeIntegerHit {
  /** Where, as JavaScript reads it after the body: `.orderReports[1].orderId`, `[0].orderId`; "" for the body itself. */
  path: string;
  value: number;
}

/**
 * Looks for a number beyond ±(2^53-1) in a parsed JSON value: JSON.parse
 * only yields one when the text held an integer it had to round. Returns the
 * first hit, or undefined. Only arrays and plain objects
 * are entered (Blob, ReadableStream, text bodies are skipped), and the path
 * is built only on a hit, on the way out, so a clean body costs one visit per value.
 */
export function findUnsafeInteger(value: unknown): UnsafeIntegerHit | undefined {
  if (typeof value === "number") return Math.abs(value) > Number.MAX_SAFE_INTEGER ? { path: "", value } : undefined;
  if (typeof value !== "object" || value === null) return undefined;
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) return undefined;
  // One loop for arrays and objects: for...in yields an array's indexes as strings.
  // Strings, booleans and safe numbers (most values) are settled here without a call.
  for (const key in value) {
    const inner = (value as Record<string, unknown>)[key];
    if (typeof inner === "number" ? Math.abs(inner) <= Number.MAX_SAFE_INTEGER : typeof inner !== "object" || inner === null) continue;
    const hit = findUnsafeInteger(inner);
    if (hit) {
      hit.path = (isArray ? `[${key}]` : `.${key}`) + hit.path;
      return hit;
    }
  }
  return undefined;
}
