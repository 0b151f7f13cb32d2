export const FLAT_LIMIT_BYTES: number;
export type HeapReading = { calls: number; heapUsedBytes: number };
export type HeapVerdict = {
  verdict: "flat" | "settles" | "grows";
  fromCalls: number;
  toCalls: number;
  growthBytes: number;
  bytesPerCall: number;
  lastStretchGrowthBytes: number;
};
export function heapVerdict(readings: readonly HeapReading[], options?: { flatLimitBytes?: number }): HeapVerdict;
