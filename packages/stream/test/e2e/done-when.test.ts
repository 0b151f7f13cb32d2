// Issue 20's "Done when" 1-5 in one run, on one sandbox and one stream (the
// feature files beside this one test each step on its own, and the edges).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type StreamMessage, WsApiError } from "../../src/index.js";
import type { Collector } from "../support/collector.js";
import { CROSS, expireNextToken, ISOLATED, SELL_OCO, startStreamSandbox, type StreamSandbox } from "../support/stream-sandbox.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const MINUTE = 60_000;

let env: StreamSandbox;
let seen: Collector;
beforeAll(async () => {
  env = await startStreamSandbox();
  ({ seen } = env.open({ accounts: [CROSS, ISOLATED], validityMs: 60 * MINUTE, renewBeforeMs: 5 * MINUTE }));
});
afterAll(async () => {
  await env.close();
});

/** Every report and list status of one list, with the account whose subscription received it. */
const listEvents = (messages: StreamMessage[], orderListId: number) =>
  messages.flatMap((message) => {
    if (message.type !== "event" || !message.known) return [];
    const { event } = message;
    if (event.e === "executionReport" && event.g === orderListId) return [{ account: message.account, key: `${event.e} ${event.i} ${event.x}` }];
    if (event.e === "listStatus" && event.g === orderListId) return [{ account: message.account, key: `${event.e} ${event.l}` }];
    return [];
  });

/** Places an OCO on each account, fills both, and checks each account got exactly its own six events. */
async function placeAndFill(round: string) {
  const placed = await Promise.all(
    (["FALSE", "TRUE"] as const).map(async (isIsolated) => {
      const { data, error } = await env.client.POST("/sapi/v1/margin/order/oco", { params: { query: { ...SELL_OCO, isIsolated } } });
      if (!data) throw new Error(`${round}: placement failed: ${error?.code} ${error?.msg}`);
      return data.orderListId;
    }),
  );
  env.sandbox.setPrice("BTCUSDT", "61000");
  env.sandbox.setPrice("BTCUSDT", "60000");
  const done = (orderListId: number) => seen.messages.some((m) => m.type === "event" && m.known && m.event.e === "listStatus" && m.event.g === orderListId && m.event.L === "ALL_DONE");
  await seen.until(`${round}: both lists done`, () => placed.every(done));
  for (const [index, account] of [CROSS, ISOLATED].entries()) {
    const events = listEvents(seen.messages, placed[index] as number);
    // Two NEW, EXEC_STARTED, the fill, the partner's expiry, ALL_DONE: once each, and only on the
    // subscription of the list's own account (so none on the other's).
    expect(events.map((entry) => entry.account)).toEqual(Array(6).fill(account));
    expect(new Set(events.map((entry) => entry.key)).size, `${round}: nothing twice`).toBe(6);
  }
}

describe("issue 20, Done when 1-5", () => {
  it("1. subscribes cross and isolated BTCUSDT on one connection", async () => {
    await seen.until("both subscribed", () => seen.of("subscribed").length === 2);
    // Subscription ids count from 0 per connection: 0 and 1 means one connection.
    expect(seen.of("subscribed").map((message) => message.subscriptionId).sort()).toEqual([0, 1]);
  });

  it("2. an OCO on each, prices moved: each subscription receives exactly its own reports and list statuses", async () => {
    await placeAndFill("first lists");
  });

  it("3. three token lifetimes on the sandbox clock: renewed each time, no event lost while connected", async () => {
    for (let lifetime = 1; lifetime <= 3; lifetime++) {
      env.sandbox.advanceClock(56 * MINUTE);
      await seen.until(`renewal ${lifetime}`, () => seen.of("subscribed").filter((message) => message.renewal).length === 2 * lifetime);
      await placeAndFill(`lifetime ${lifetime}`);
    }
    expect(seen.of("gap")).toEqual([]);
    expect(seen.of("event").filter((message) => message.event.e === "eventStreamTerminated")).toEqual([]);
  });

  it("4. the connection drops: reconnected, subscribed again, the gap reported", async () => {
    const before = env.sandbox.serverTime();
    env.sandbox.dropStreamConnections();
    await seen.until("the gap", () => seen.of("gap").length === 1);
    expect(seen.of("gap")[0]).toMatchObject({ reason: "closed", accounts: [CROSS, ISOLATED] });
    expect(seen.of("gap")[0]?.from).toBeGreaterThanOrEqual(before);
    await placeAndFill("after the reconnection");
  });

  it("5. an invalid (expired) token gets -1209, which the caller sees as a WsApiError", async () => {
    // The sandbox clock moves on between the next token's creation and its subscribe.
    const rule = expireNextToken(env.sandbox, 61 * MINUTE);
    const gapsBefore = seen.of("gap").length;
    env.sandbox.dropStreamConnections();
    await seen.until("a -1209", () => seen.of("error").some((message) => message.error instanceof WsApiError));
    rule.remove();
    const [rejected] = seen.of("error").filter((message) => message.error instanceof WsApiError);
    expect(rejected?.error).toMatchObject({ binanceCode: -1209, status: 400 });
    // Both accounts back, each reported in a gap after the drop (one gap, or two when the
    // rejected account came back after the other's first attempt).
    const reported = () => seen.of("gap").slice(gapsBefore).flatMap((gap) => gap.accounts);
    await seen.until("both accounts back after the drop", () => reported().length === 2);
    expect(new Set(reported())).toEqual(new Set([CROSS, ISOLATED]));
    await placeAndFill("after the rejection");
  });
});
