/**
 * Whether a parsed JSON value holds a number beyond ±(2^53-1) anywhere: the
 * same verdict as the client's findUnsafeInteger, without the path, in one
 * cheap pass over the values (no keys, no strings built). Every event frame
 * goes through it; only a frame it flags is walked again for the path.
 */
export function holdsUnsafeNumber(value: object): boolean {
  for (const inner of Object.values(value)) {
    if (typeof inner === "number" ? Math.abs(inner) > Number.MAX_SAFE_INTEGER : typeof inner === "object" && inner !== null && holdsUnsafeNumber(inner)) {
      return true;
    }
  }
  return false;
}
