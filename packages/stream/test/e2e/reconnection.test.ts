// Issue 20, Done when 4, and the 24-hour limit: the connection goes away;
// the stream reconnects with backoff, subscribes every account again with
// fresh tokens, and reports the gap once it has, so the caller can reconcile.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { StreamAccount } from "../../src/index.js";
import { CROSS, ISOLATED, SELL_OCO, startStreamSandbox, type StreamSandbox } from "../support/stream-sandbox.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let env: StreamSandbox;
beforeEach(async () => {
  env = await startStreamSandbox();
});
afterEach(async () => {
  await env.close();
});

const tokenRequests = () => env.sandbox.requests.filter((request) => request.path === "/sapi/v1/userListenToken").length;

describe("reconnection", () => {
  it("a dropped connection: reconnects, subscribes both accounts with new tokens, reports the gap, and events flow again", async () => {
    const { stream, seen } = env.open({ accounts: [CROSS, ISOLATED] });
    await seen.until("both subscribed", () => seen.of("subscribed").length === 2);
    const before = env.sandbox.serverTime();

    expect(env.sandbox.dropStreamConnections()).toBe(1);
    await seen.until("the gap", () => seen.of("gap").length === 1);
    const [gap] = seen.of("gap");
    expect(gap).toMatchObject({ reason: "closed", accounts: [CROSS, ISOLATED] });
    expect(gap?.from).toBeGreaterThanOrEqual(before);
    expect(gap?.to).toBeGreaterThanOrEqual(gap?.from as number);
    // Reported once both were subscribed again, each with a fresh token.
    const index = seen.messages.indexOf(gap as never);
    expect(seen.messages.slice(0, index).filter((message) => message.type === "subscribed")).toHaveLength(4);
    expect(tokenRequests()).toBe(4);

    const { data } = await env.client.POST("/sapi/v1/margin/order/oco", { params: { query: { ...SELL_OCO, isIsolated: "TRUE" } } });
    await seen.until("the new list's events", () =>
      seen.of("event").some((message) => message.account === ISOLATED && message.known && message.event.e === "listStatus" && message.event.g === data?.orderListId),
    );
    await stream.close();
    await seen.finished;
    expect(seen.of("gap")).toHaveLength(1);
  });

  it("a connection dropped while it subscribes (the drop-connection fault): retried until subscribed, one gap", async () => {
    const { stream, seen } = env.open({ accounts: [CROSS] });
    await seen.until("subscribed", () => seen.of("subscribed").length === 1);
    // The next two subscribe frames lose their connection (the first after taking effect).
    env.sandbox.faults.inject({ type: "drop-connection" }, { times: 2, executes: true, match: { path: "/ws-api/v3", when: ({ body }) => body.includes("subscribe.listenToken") } });
    env.sandbox.dropStreamConnections();
    await seen.until("the gap", () => seen.of("gap").length === 1);
    expect(seen.of("subscribed")).toHaveLength(2);
    expect(seen.of("gap")[0]).toMatchObject({ reason: "closed", accounts: [CROSS] });
    expect(env.sandbox.faults.active).toHaveLength(0);
    await stream.close();
  });

  it("the 24-hour limit, reached by the stream's own check: leaves the connection, reconnects, reports a connectionLimit gap", async () => {
    const { stream, seen } = env.open({ accounts: [CROSS], renewBeforeMs: 5 * MINUTE });
    await seen.until("subscribed", () => seen.of("subscribed").length === 1);
    env.sandbox.advanceClock(24 * HOUR - 4 * MINUTE);
    await seen.until("the gap", () => seen.of("gap").length === 1);
    expect(seen.of("gap")[0]).toMatchObject({ reason: "connectionLimit", accounts: [CROSS] });
    await stream.close();
    expect(seen.of("error")).toEqual([]);
  });

  it("the 24-hour limit, enforced by the server (clock jumps past it): a connectionLimit gap, subscribed again", async () => {
    const { stream, seen } = env.open({ accounts: [CROSS, ISOLATED] });
    await seen.until("both subscribed", () => seen.of("subscribed").length === 2);
    env.sandbox.advanceClock(24 * HOUR + MINUTE);
    await seen.until("the gap", () => seen.of("gap").some((gap) => gap.reason === "connectionLimit"));
    await seen.until("both subscribed again", () => seen.of("subscribed").length >= 4);
    expect(seen.of("gap").at(-1)).toMatchObject({ reason: "connectionLimit", accounts: [CROSS, ISOLATED] });
    await stream.close();
  });

  it("an account that cannot subscribe does not hold back the gap of the others", async () => {
    const unknown: StreamAccount = { type: "isolated", symbol: "NOPEUSDT" };
    const { stream, seen } = env.open({ accounts: [CROSS, unknown] });
    await seen.until("cross subscribed, the other refused", () => seen.of("subscribed").length === 1 && seen.of("error").length >= 1);
    env.sandbox.dropStreamConnections();
    await seen.until("the gap", () => seen.of("gap").length === 1);
    // Only cross was ever subscribed: only cross can have missed events.
    expect(seen.of("gap")[0]).toMatchObject({ reason: "closed", accounts: [CROSS] });
    expect(seen.of("subscribed").map((message) => message.account)).toEqual([CROSS, CROSS]);
    await stream.close();
  });
});
