import { describe, expect, it } from "vitest";
import { raw } from "../helpers/http.js";
import { listenToken, streamSetup, subscribe } from "../helpers/stream-fixture.js";
import { connectWsApi } from "../helpers/ws-api-client.js";

const HOUR_MS = 3_600_000;
// A fixed base clock: only advanceClock moves time, so a deadline is met exactly, however slow the machine.
const NOW = 1_760_000_000_000;
const fixed = { now: () => NOW };
const DAY_MS = 24 * HOUR_MS;

describe("the stream on the sandbox clock: token expiry, eventStreamTerminated, the 24-hour limit", () => {
  it("advancing the clock past a subscription's expiry sends eventStreamTerminated at that time, then nothing", async () => {
    const { sandbox, account } = await streamSetup(fixed);
    const ws = await connectWsApi(sandbox);
    const subscriptionId = await subscribe(ws, (await listenToken(sandbox, account, { validity: HOUR_MS })).token);
    sandbox.advanceClock(HOUR_MS - 1);
    expect(await ws.drainEvents()).toEqual([]);
    const at = sandbox.advanceClock(1);
    expect(await ws.drainEvents()).toEqual([{ subscriptionId, event: { e: "eventStreamTerminated", E: at } }]);
    sandbox.createOcoList(account.apiKey, { symbol: "BTCUSDT" });
    expect(await ws.drainEvents()).toEqual([]);
    expect(ws.problems).toEqual([]);
  });

  it("72 hours of renewals in seconds: a new token every 12 hours keeps the subscription, events keep coming, no termination", async () => {
    const { sandbox, account } = await streamSetup(fixed);
    const ws = await connectWsApi(sandbox);
    // A connection lives 24 hours; the renewals on one connection run for 23 hours, then a new connection takes over.
    const subscriptionId = await subscribe(ws, (await listenToken(sandbox, account)).token);
    let connection = ws;
    for (let hour = 12; hour <= 72; hour += 12) {
      sandbox.advanceClock(12 * HOUR_MS - (hour % 24 === 0 ? 60_000 : 0));
      if (hour % 24 === 0) {
        // Just before the 24-hour mark: a new connection, subscribed before the old one closes.
        const next = await connectWsApi(sandbox);
        await subscribe(next, (await listenToken(sandbox, account)).token);
        sandbox.advanceClock(60_000);
        expect(await connection.closed).toMatchObject({ code: 1000 });
        connection = next;
      } else {
        expect((await connection.request("userDataStream.subscribe.listenToken", { listenToken: (await listenToken(sandbox, account)).token })).result.subscriptionId).toBe(
          connection === ws ? subscriptionId : 0,
        );
      }
      sandbox.createOcoList(account.apiKey, { symbol: "BTCUSDT" });
      const events = await connection.drainEvents();
      expect(events.map((frame) => frame.event.e)).toEqual(["executionReport", "executionReport", "listStatus"]);
    }
    expect(connection.problems).toEqual([]);
  });

  it("the 24-hour limit closes the connection (sandbox clock), not a moment before", async () => {
    const { sandbox } = await streamSetup(fixed);
    const ws = await connectWsApi(sandbox);
    sandbox.advanceClock(DAY_MS - 1);
    expect((await ws.request("userDataStream.unsubscribe")).status).toBe(200);
    sandbox.advanceClock(1);
    expect(await ws.closed).toEqual({ code: 1000, reason: "24-hour connection limit" });
  });

  it("a shorter connection lifetime (stream.maxConnectionMs) for tests of reconnection", async () => {
    const { sandbox } = await streamSetup({ stream: { maxConnectionMs: HOUR_MS } });
    const ws = await connectWsApi(sandbox);
    sandbox.advanceClock(HOUR_MS);
    expect((await ws.closed).code).toBe(1000);
  });

  it("POST /sandbox/v1/clock moves the clock like advanceClock; a web page may not (403)", async () => {
    const { sandbox, account } = await streamSetup(fixed);
    const ws = await connectWsApi(sandbox);
    const subscriptionId = await subscribe(ws, (await listenToken(sandbox, account, { validity: HOUR_MS })).token);
    const before = sandbox.serverTime();
    const json = { "Content-Type": "application/json", Host: `127.0.0.1:${sandbox.port}` };
    const refused = await raw(sandbox, "POST", "/sandbox/v1/clock", { ...json, Origin: "https://evil.example" }, JSON.stringify({ advanceMs: HOUR_MS }));
    expect(refused.status).toBe(403);
    const moved = await raw(sandbox, "POST", "/sandbox/v1/clock", json, JSON.stringify({ advanceMs: HOUR_MS }));
    expect(moved.status).toBe(200);
    expect(moved.body.serverTime).toBe(before + HOUR_MS);
    expect((await ws.drainEvents()).map((frame) => [frame.subscriptionId, frame.event.e])).toEqual([[subscriptionId, "eventStreamTerminated"]]);
    // Only a non-negative integer, in a JSON body.
    for (const [body, status] of [
      [JSON.stringify({ advanceMs: -1 }), 400],
      [JSON.stringify({ advanceMs: "1" }), 400],
      [JSON.stringify({}), 400],
      [JSON.stringify({ advanceMs: 1, extra: 1 }), 400],
    ] as const) {
      expect((await raw(sandbox, "POST", "/sandbox/v1/clock", json, body)).status).toBe(status);
    }
    expect((await raw(sandbox, "POST", "/sandbox/v1/clock", { Host: json.Host, "Content-Type": "text/plain" }, "{}")).status).toBe(415);
  });

  it("a deadline passed on the base clock (no advanceClock) ends the subscription on the sandbox's own timer", async () => {
    let now = NOW;
    const { sandbox, account } = await streamSetup({ now: () => now });
    const ws = await connectWsApi(sandbox);
    await subscribe(ws, (await listenToken(sandbox, account, { validity: 1 })).token);
    // The base clock moves by itself, as the real one does; the timer armed for the deadline (1 ms away) finds it passed.
    now += 1;
    await ws.waitForEvents(1);
    expect(ws.events.map((frame) => frame.event.e)).toEqual(["eventStreamTerminated"]);
  });
});
