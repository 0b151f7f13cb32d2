// Issue 20, Done when 3: the sandbox clock moves through three token
// lifetimes; the stream renews each token before it expires (a new token,
// subscribed again on the same connection, which extends the subscription),
// and no event is lost while connected.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CROSS, ISOLATED, SELL_OCO, startStreamSandbox, type StreamSandbox } from "../support/stream-sandbox.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const HOUR = 3_600_000;
const MINUTE = 60_000;

let env: StreamSandbox;
beforeEach(async () => {
  env = await startStreamSandbox();
});
afterEach(async () => {
  await env.close();
});

describe("token renewal", () => {
  it("renews every token before it expires, three lifetimes in a row, on the same connection, losing no event", async () => {
    const { stream, seen } = env.open({ accounts: [CROSS, ISOLATED], validityMs: HOUR, renewBeforeMs: 5 * MINUTE });
    await seen.until("both subscribed", () => seen.of("subscribed").length === 2);
    const firstIds = new Map(seen.of("subscribed").map((message) => [message.account, message.subscriptionId]));
    const placed: number[] = [];

    for (let lifetime = 1; lifetime <= 3; lifetime++) {
      // One list per lifetime on each account, placed and filled while connected.
      for (const isIsolated of ["FALSE", "TRUE"] as const) {
        const { data, error } = await env.client.POST("/sapi/v1/margin/order/oco", { params: { query: { ...SELL_OCO, isIsolated } } });
        if (!data) throw new Error(`placement failed: ${error?.code} ${error?.msg}`);
        placed.push(data.orderListId);
      }
      env.sandbox.setPrice("BTCUSDT", lifetime % 2 === 1 ? "61000" : "61000.01");
      env.sandbox.setPrice("BTCUSDT", "60000");
      // 56 minutes on: inside the 5-minute margin of the 60-minute tokens, before they expire.
      env.sandbox.advanceClock(56 * MINUTE);
      await seen.until(`renewal ${lifetime} of both accounts`, () => seen.of("subscribed").filter((message) => message.renewal).length === 2 * lifetime);
    }
    await stream.close();
    await seen.finished;

    const renewals = seen.of("subscribed").filter((message) => message.renewal);
    expect(renewals).toHaveLength(6);
    // Re-subscribing with a new token of the same account extends the same subscription.
    for (const message of renewals) expect(message.subscriptionId).toBe(firstIds.get(message.account));
    // Each renewal moved the deadline a token lifetime past the moment it was renewed.
    for (const account of [CROSS, ISOLATED]) {
      const deadlines = seen.of("subscribed").filter((message) => message.account === account).map((message) => message.expirationTime);
      for (let i = 1; i < deadlines.length; i++) expect((deadlines[i] as number) - (deadlines[i - 1] as number)).toBeGreaterThanOrEqual(56 * MINUTE);
    }
    // Nothing ended on its own, nothing was missed, nothing failed.
    // (The closing unsubscribe's two eventStreamTerminated are the answer to close(): kept from the loop.)
    expect(seen.of("event").filter((message) => message.event.e === "eventStreamTerminated")).toEqual([]);
    expect(seen.of("gap")).toEqual([]);
    expect(seen.of("error")).toEqual([]);
    // Every list reached its account: placed, filled, ALL_DONE.
    const allDone = seen.of("event").flatMap((message) => (message.known && message.event.e === "listStatus" && message.event.L === "ALL_DONE" ? [message.event.g] : []));
    expect(allDone.sort((a, b) => a - b)).toEqual(placed.sort((a, b) => a - b));
  });

  it("a subscription that ends anyway (its token expired: eventStreamTerminated) is subscribed again and reported as a terminated gap", async () => {
    const { stream, seen } = env.open({ accounts: [CROSS, ISOLATED], validityMs: MINUTE, renewBeforeMs: 10_000 });
    await seen.until("both subscribed", () => seen.of("subscribed").length === 2);
    const before = env.sandbox.serverTime();
    // Past the isolated and cross tokens' expiry in one jump: no renewal can come first.
    env.sandbox.advanceClock(2 * MINUTE);
    await seen.until("two terminated gaps", () => seen.of("gap").length === 2);
    for (const gap of seen.of("gap")) {
      expect(gap.reason).toBe("terminated");
      expect(gap.accounts).toHaveLength(1);
      expect(gap.from).toBeGreaterThanOrEqual(before + 2 * MINUTE);
      expect(gap.to).toBeGreaterThanOrEqual(gap.from);
    }
    expect(new Set(seen.of("gap").map((gap) => gap.accounts[0]))).toEqual(new Set([CROSS, ISOLATED]));
    // The caller saw each termination as an event before its gap.
    const terminated = seen.of("event").filter((message) => message.event.e === "eventStreamTerminated");
    expect(terminated).toHaveLength(2);
    for (const gap of seen.of("gap")) {
      const ended = terminated.find((message) => message.account === gap.accounts[0]);
      expect(seen.messages.indexOf(ended as never)).toBeLessThan(seen.messages.indexOf(gap));
    }
    // Subscribed again: a new list's events arrive.
    const { data } = await env.client.POST("/sapi/v1/margin/order/oco", { params: { query: SELL_OCO } });
    await seen.until("the new list's events", () =>
      seen.of("event").some((message) => message.account === CROSS && message.known && message.event.e === "listStatus" && message.event.g === data?.orderListId),
    );
    await stream.close();
  });
});
