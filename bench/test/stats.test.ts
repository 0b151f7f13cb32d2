import { describe, expect, it } from "vitest";
import { median, pairedMedianRatio } from "../lib/stats.mjs";

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
