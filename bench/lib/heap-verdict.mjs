// What the heap check's readings say: flat, grown once and settled, or
// growing with every call. Pure, so the rule is tested on its own.

/**
 * Growth up to this (1 MiB over ~100,000 calls, about 10 B a call) counts as
 * flat: anything kept per call (an entry in a map, a closure, a promise) is
 * 30 B or more, and would show as 3 MB or more here.
 */
export const FLAT_LIMIT_BYTES = 1024 * 1024;

/**
 * @param {{ calls: number, heapUsedBytes: number }[]} readings heap after GC at increasing call counts (two or more)
 * @param {{ flatLimitBytes?: number }} [options]
 * @returns {{ verdict: "flat" | "settles" | "grows", fromCalls: number, toCalls: number, growthBytes: number, bytesPerCall: number, lastStretchGrowthBytes: number }}
 *   "flat": the last reading is within the limit of the first; "settles": it is not, but the growth happened
 *   before the second-to-last reading and the last stretch is within the limit (one-off: compiled code, caches,
 *   pools); "grows": the last stretch grew beyond the limit, so memory is kept per call.
 */
export function heapVerdict(readings, { flatLimitBytes = FLAT_LIMIT_BYTES } = {}) {
  if (readings.length < 2) throw new RangeError("the heap check needs two readings or more");
  for (let index = 1; index < readings.length; index++) {
    if (!(readings[index].calls > readings[index - 1].calls)) throw new RangeError("heap readings must be in increasing call counts");
  }
  const first = readings[0];
  const last = readings[readings.length - 1];
  const beforeLast = readings[readings.length - 2];
  const growthBytes = last.heapUsedBytes - first.heapUsedBytes;
  const lastStretchGrowthBytes = last.heapUsedBytes - beforeLast.heapUsedBytes;
  const verdict = growthBytes <= flatLimitBytes ? "flat" : lastStretchGrowthBytes <= flatLimitBytes && readings.length > 2 ? "settles" : "grows";
  return {
    verdict,
    fromCalls: first.calls,
    toCalls: last.calls,
    growthBytes,
    bytesPerCall: growthBytes / (last.calls - first.calls),
    lastStretchGrowthBytes,
  };
}
