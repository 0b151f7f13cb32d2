import { describe, expect, it } from "vitest";
import { FLAT_LIMIT_BYTES, heapVerdict } from "../lib/heap-verdict.mjs";

const MB = 1_000_000;
const readings = (...heaps: number[]) => [1_000, 10_000, 100_000].map((calls, index) => ({ calls, heapUsedBytes: (heaps[index] ?? 0) * MB }));

describe("heap verdict", () => {
  it("is flat when the last reading is within the limit of the first, and says by how much", () => {
    const verdict = heapVerdict(readings(7.28, 7.91, 7.73));
    expect(verdict.verdict).toBe("flat");
    expect(verdict.fromCalls).toBe(1_000);
    expect(verdict.toCalls).toBe(100_000);
    expect(verdict.growthBytes).toBeCloseTo(0.45 * MB, 0);
    expect(verdict.bytesPerCall).toBeCloseTo((0.45 * MB) / 99_000, 6);
  });

  it("is flat when the heap shrank", () => {
    expect(heapVerdict(readings(8, 7.5, 7)).verdict).toBe("flat");
  });

  it("settles when the growth came early and the last stretch is within the limit (one-off: code, caches)", () => {
    const verdict = heapVerdict(readings(5, 8, 8.5));
    expect(verdict.verdict).toBe("settles");
    expect(verdict.lastStretchGrowthBytes).toBeCloseTo(0.5 * MB, 0);
  });

  it("grows when the last stretch grew beyond the limit: memory kept per call", () => {
    // 32 B kept per call: 2.9 MB over the last 90,000 calls.
    const perCall = 32;
    const leaking = [1_000, 10_000, 100_000].map((calls) => ({ calls, heapUsedBytes: 5 * MB + calls * perCall }));
    const verdict = heapVerdict(leaking);
    expect(verdict.verdict).toBe("grows");
    expect(verdict.bytesPerCall).toBeCloseTo(perCall, 6);
  });

  it("with two readings only, beyond the limit is growth: nothing shows that it stopped", () => {
    expect(heapVerdict([{ calls: 1_000, heapUsedBytes: 5 * MB }, { calls: 100_000, heapUsedBytes: 8 * MB }]).verdict).toBe("grows");
  });

  it("puts the line at the limit, inclusive, and takes another limit", () => {
    const at = [{ calls: 1, heapUsedBytes: 0 }, { calls: 2, heapUsedBytes: FLAT_LIMIT_BYTES }];
    expect(heapVerdict(at).verdict).toBe("flat");
    expect(heapVerdict(at, { flatLimitBytes: FLAT_LIMIT_BYTES - 1 }).verdict).toBe("grows");
  });

  it("refuses readings it cannot judge", () => {
    expect(() => heapVerdict([{ calls: 1_000, heapUsedBytes: 1 }])).toThrow(RangeError);
    expect(() => heapVerdict([{ calls: 1_000, heapUsedBytes: 1 }, { calls: 1_000, heapUsedBytes: 2 }])).toThrow(RangeError);
  });
});
