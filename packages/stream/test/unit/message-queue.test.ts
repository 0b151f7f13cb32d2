import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { MessageQueue } from "../../src/message-queue.js";

// 200 runs of up to 3,000 steps: a few seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe("MessageQueue", () => {
  it("delivers every pushed item once, in order, however pushes and takes interleave; then ends", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { maxLength: 3000 }), async (steps) => {
        const queue = new MessageQueue<number>();
        const taken: Promise<IteratorResult<number>>[] = [];
        let pushed = 0;
        for (const push of steps) {
          if (push) queue.push(pushed++);
          else taken.push(queue.next());
        }
        queue.end();
        queue.push(-1); // after end: dropped
        while (taken.length < pushed + 1) taken.push(queue.next());
        const results = await Promise.all(taken);
        const values = results.filter((result) => !result.done).map((result) => result.value);
        expect(values).toEqual(Array.from({ length: pushed }, (_, i) => i));
        expect(results.slice(pushed).every((result) => result.done)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("ends a waiting taker at once when ended empty", async () => {
    const queue = new MessageQueue<string>();
    const waiting = queue.next();
    queue.end();
    await expect(waiting).resolves.toEqual({ value: undefined, done: true });
  });
});
