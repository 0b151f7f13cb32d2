import { describe, expect, it } from "vitest";
import { median, pairedMedianRatio, percentile } from "../lib/stats.mjs";

describe("per-call ratios", () => {
  it("pairs each round with the floor's round, so drift between rounds cancels out", () => {
    // The machine slows down 2x halfway through; the contender is always 10% over the floor.
    const floor = [400, 410, 405, 800, 820, 810];
    const contender = floor.map((us) => us * 1.1);
    expect(pairedMedianRatio(contender, floor)).toBeCloseTo(1.1, 10);
    // A ratio of overall medians mixes slow and fast rounds unevenly: here it is off.
    const shuffled = [440, 451, 445.5, 445.5, 902, 891];
    expect(median(shuffled) / median(floor)).not.toBeCloseTo(pairedMedianRatio(shuffled, floor), 2);
  });

  it("is the median of the per-round ratios, not their mean: one disturbed round does not move it", () => {
    expect(pairedMedianRatio([110, 120, 500], [100, 100, 100])).toBe(1.2);
  });

  it("refuses samples that are not paired", () => {
    expect(() => pairedMedianRatio([1, 2], [1])).toThrow(RangeError);
  });
});

describe("percentile", () => {
  it("is the nearest-rank value: the 95th of 1..20 is 19, the median of 1..4 is 2", () => {
    const values = Array.from({ length: 20 }, (_, index) => 20 - index);
    expect(percentile(values, 0.95)).toBe(19);
    expect(percentile([4, 3, 2, 1], 0.5)).toBe(2);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });
});
