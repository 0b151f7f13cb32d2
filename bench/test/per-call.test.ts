import { describe, expect, it } from "vitest";
import { CONCURRENCY, callsPerContender, measurePerCall, type Order } from "../lib/per-call.mjs";

// The Bun and Deno children get exactly callsPerContender() lists seeded per
// contender before they start; measurePerCall must use exactly that many.
describe("per-call rounds", () => {
  const config = { rounds: 3, sequentialCalls: 4, concurrentBatches: 2, warmupCalls: 5 };

  it("count the calls per contender: warm-up, one batch of 64, then each round's sequential calls and batches", () => {
    expect(callsPerContender(config)).toBe(5 + CONCURRENCY + 3 * (4 + 2 * CONCURRENCY));
  });

  it("send exactly that many cancels per contender, each list once, every ratio paired with the floor", async () => {
    let next = 0;
    const seeded: Order[] = [];
    const cancelled = new Map<string, number[]>();
    const contender = (id: string, floor: boolean) => ({
      id,
      label: id,
      floor,
      create: async () => {
        const ids: number[] = [];
        cancelled.set(id, ids);
        return async (order: Order) => {
          ids.push(order.orderListId);
          // A turn of the event loop: every timed block lasts more than zero.
          await new Promise((resolve) => setImmediate(resolve));
        };
      },
    });
    const checked: number[] = [];
    const rows = await measurePerCall({
      ...config,
      contenders: [contender("floor", true), contender("other", false)],
      target: {
        baseUrl: "http://127.0.0.1:1",
        credentials: { apiKey: "k", apiSecret: "s" },
        seed: (count) => Array.from({ length: count }, () => seeded[seeded.push({ symbol: "LTCBTC", orderListId: next++ }) - 1] as Order),
        expectOnlyCancels: (calls) => {
          checked.push(calls);
        },
      },
    });
    for (const id of ["floor", "other"]) expect(cancelled.get(id)).toHaveLength(callsPerContender(config));
    const all = [...(cancelled.get("floor") ?? []), ...(cancelled.get("other") ?? [])];
    expect(new Set(all).size).toBe(seeded.length);
    expect(all).toHaveLength(seeded.length);
    expect(checked.reduce((sum, calls) => sum + calls, 0)).toBe(2 * callsPerContender(config));
    const floorRow = rows.find((row) => row.id === "floor");
    expect(floorRow?.sequential.ratio).toBe(1);
    expect(floorRow?.concurrent.ratio).toBe(1);
    expect(rows.find((row) => row.id === "other")?.sequential.samples).toBe(config.rounds * config.sequentialCalls);
  });
});
