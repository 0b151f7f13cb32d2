// Issue 20, Done when 1 and 2, against a real in-process sandbox: the cross
// account and one isolated symbol on one connection; an OCO on each (and one
// of another account, which nobody here follows), the price moves, and each
// subscription receives exactly its own reports, nothing else, nothing twice.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { StreamAccount, StreamMessage } from "../../src/index.js";
import { CROSS, ISOLATED, SELL_OCO, signedClient, startStreamSandbox, type StreamSandbox } from "../support/stream-sandbox.js";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });


let env: StreamSandbox;
beforeEach(async () => {
  env = await startStreamSandbox();
});
afterEach(async () => {
  await env.close();
});

/** The known events `account`'s subscription received, in order (an unknown one would fail the test). */
const eventsOf = (messages: StreamMessage[], account: StreamAccount) =>
  messages.flatMap((message) => {
    if (message.type !== "event" || message.account !== account) return [];
    if (!message.known) throw new Error(`unexpected event type ${message.event.e}`);
    return [message.event];
  });

describe("one connection, cross and isolated", () => {
  it("subscribes both accounts on one connection, each once, with distinct subscription ids", async () => {
    const { stream, seen } = env.open({ accounts: [CROSS, ISOLATED] });
    await seen.until("both subscribed", () => seen.of("subscribed").length === 2);
    const subscribed = seen.of("subscribed");
    expect(subscribed.map((message) => message.account).sort((a, b) => a.type.localeCompare(b.type))).toEqual([CROSS, ISOLATED]);
    expect(new Set(subscribed.map((message) => message.subscriptionId)).size).toBe(2);
    for (const message of subscribed) {
      expect(message.renewal).toBe(false);
      // 24 hours from now on the sandbox clock (Binance's default validity), in ms.
      expect(Math.abs(message.expirationTime - (env.sandbox.serverTime() + 86_400_000))).toBeLessThan(60_000);
    }
    // One WebSocket connection for both: the sandbox logs each listenToken request, not connections; count tokens instead.
    expect(env.sandbox.requests.filter((request) => request.path === "/sapi/v1/userListenToken")).toHaveLength(2);
    await stream.close();
    await seen.finished;
    expect(seen.of("error")).toEqual([]);
  });

  it("routes each OCO's executionReports and listStatus to its own account only, none twice", async () => {
    const { stream, seen } = env.open({ accounts: [CROSS, ISOLATED] });
    await seen.until("both subscribed", () => seen.of("subscribed").length === 2);

    const other = await env.sandbox.createAccount({ type: "hmac" });
    const [cross, isolated, foreign] = await Promise.all([
      env.client.POST("/sapi/v1/margin/order/oco", { params: { query: SELL_OCO } }),
      env.client.POST("/sapi/v1/margin/order/oco", { params: { query: { ...SELL_OCO, isIsolated: "TRUE" } } }),
      signedClient(env.sandbox, other).POST("/sapi/v1/margin/order/oco", { params: { query: SELL_OCO } }),
    ]);
    if (!cross.data || !isolated.data || !foreign.data) throw new Error(`placement failed: ${JSON.stringify([cross.error, isolated.error, foreign.error])}`);
    const lists = { cross: cross.data, isolated: isolated.data };

    env.sandbox.setPrice("BTCUSDT", "61000");
    const done = (account: StreamAccount) => eventsOf(seen.messages, account).some((event) => event?.e === "listStatus" && event.L === "ALL_DONE");
    await seen.until("both lists ALL_DONE", () => done(CROSS) && done(ISOLATED));
    await stream.close();
    await seen.finished;

    for (const [account, list] of [[CROSS, lists.cross], [ISOLATED, lists.isolated]] as const) {
      const events = eventsOf(seen.messages, account);
      const orderIds = new Set(list.orders.map((order) => order.orderId));
      const keys = events.map((event) => {
        if (event?.e === "executionReport") {
          expect(orderIds.has(event.i), `order ${event.i} is this account's`).toBe(true);
          expect(event.g).toBe(list.orderListId);
          return `${event.e} ${event.i} ${event.x} ${event.X}`;
        }
        if (event?.e === "listStatus") {
          expect(event.g).toBe(list.orderListId);
          return `${event.e} ${event.l} ${event.L}`;
        }
        return `unexpected ${JSON.stringify(event)}`;
      });
      expect(new Set(keys).size, "no event twice").toBe(keys.length);
      const [stopLeg, limitMaker] = list.orders.map((order) => order.orderId);
      expect(keys).toEqual([
        `executionReport ${stopLeg} NEW NEW`,
        `executionReport ${limitMaker} NEW NEW`,
        "listStatus EXEC_STARTED EXECUTING",
        `executionReport ${limitMaker} TRADE FILLED`,
        `executionReport ${stopLeg} EXPIRED EXPIRED`,
        "listStatus ALL_DONE ALL_DONE",
      ]);
    }
    expect(seen.of("malformed")).toEqual([]);
    expect(seen.of("error")).toEqual([]);
    expect(seen.of("gap")).toEqual([]);
  });
});
