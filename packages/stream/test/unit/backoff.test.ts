import { describe, expect, it } from "vitest";
import { backoffDelay, sleep } from "../../src/backoff.js";

describe("backoff", () => {
  it("doubles from the initial delay up to the maximum, and stays there", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 100, 10_000].map((attempt) => backoffDelay(attempt, 500, 30_000))).toEqual([
      500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it("a sleep ends at once when its signal aborts (a closing stream does not wait out its backoff)", async () => {
    const controller = new AbortController();
    const slept = sleep(3_600_000, controller.signal);
    controller.abort();
    await expect(slept).resolves.toBeUndefined();
    await expect(sleep(3_600_000, controller.signal)).resolves.toBeUndefined();
  });
});
