import { describe, expect, it } from "vitest";
import { listenToken, streamSetup, subscribe } from "../helpers/stream-fixture.js";
import { connectWsApi } from "../helpers/ws-api-client.js";

const NOW = 1_760_000_000_000;
const HOUR_MS = 3_600_000;

describe("the WebSocket API's envelope and methods (/ws-api/v3)", () => {
  it("subscribe answers the subscription id and the token's expirationTime in microseconds, with rateLimits", async () => {
    const { sandbox, account } = await streamSetup({ now: () => NOW });
    const ws = await connectWsApi(sandbox);
    const { token, expirationTime } = await listenToken(sandbox, account, { validity: HOUR_MS });
    expect(expirationTime).toBe(NOW + HOUR_MS);
    const response = await ws.request("userDataStream.subscribe.listenToken", { listenToken: token });
    expect(response).toEqual({
      id: "req-1",
      status: 200,
      result: { subscriptionId: 0, expirationTime: (NOW + HOUR_MS) * 1000 },
      // Connecting costs 2, the subscribe 2 (spec/README.md S3).
      rateLimits: [{ rateLimitType: "REQUEST_WEIGHT", interval: "MINUTE", intervalNum: 1, limit: 6000, count: 4 }],
    });
    const quiet = await ws.sendRaw(JSON.stringify({ id: 7, method: "userDataStream.unsubscribe", params: { subscriptionId: 5, returnRateLimits: false } }));
    expect(quiet).toEqual({ id: 7, status: 200, result: {} });
    expect(ws.problems).toEqual([]);
  });

  it("a new token for an account the connection follows extends that subscription (same id, later expiry)", async () => {
    const { sandbox, account } = await streamSetup({ now: () => NOW });
    const ws = await connectWsApi(sandbox);
    const first = await subscribe(ws, (await listenToken(sandbox, account, { validity: HOUR_MS })).token);
    sandbox.advanceClock(HOUR_MS / 2);
    const renewed = await ws.request("userDataStream.subscribe.listenToken", { listenToken: (await listenToken(sandbox, account)).token });
    expect(renewed.result).toEqual({ subscriptionId: first, expirationTime: (NOW + HOUR_MS / 2 + 86_400_000) * 1000 });
    // Another account (isolated BTCUSDT) is another subscription.
    expect(await subscribe(ws, (await listenToken(sandbox, account, { symbol: "BTCUSDT" })).token)).toBe(1);
  });

  it.each([
    ["an unknown token", { listenToken: "x".repeat(70) }, 400, -1209],
    ["no listenToken", {}, 400, -1102],
    ["an empty listenToken", { listenToken: "" }, 400, -1102],
    ["a parameter the method does not read", { listenToken: "x", symbol: "BTCUSDT" }, 400, -1104],
  ])("subscribe with %s: %i %i", async (_name, params, status, code) => {
    const { sandbox } = await streamSetup();
    const ws = await connectWsApi(sandbox);
    const response = await ws.request("userDataStream.subscribe.listenToken", params);
    expect([response.status, response.error.code]).toEqual([status, code]);
    expect(ws.problems).toEqual([]);
  });

  it("an expired token gets -1209 (expired is invalid, spec/README.md S2)", async () => {
    const { sandbox, account } = await streamSetup();
    const ws = await connectWsApi(sandbox);
    const { token } = await listenToken(sandbox, account, { validity: 1000 });
    sandbox.advanceClock(1000);
    const response = await ws.request("userDataStream.subscribe.listenToken", { listenToken: token });
    expect(response).toMatchObject({ status: 400, error: { code: -1209, msg: "Invalid listenToken." } });
  });

  it.each([
    ["text that is not JSON", "{not json", null, -1135],
    ["a JSON array", "[1,2]", null, -1135],
    ["no method", JSON.stringify({ id: "a" }), "a", -1102],
    ["an unknown method", JSON.stringify({ id: "b", method: "session.logon" }), "b", -1020],
    ["params that are not an object", JSON.stringify({ id: "c", method: "userDataStream.unsubscribe", params: [1] }), "c", -1102],
    ["a subscriptionId that is not an integer", JSON.stringify({ id: "d", method: "userDataStream.unsubscribe", params: { subscriptionId: "1" } }), "d", -1102],
  ])("%s: 400 %s", async (_name, text, id, code) => {
    const { sandbox } = await streamSetup();
    const ws = await connectWsApi(sandbox);
    const response = await ws.sendRaw(text);
    expect(response).toMatchObject({ id, status: 400, error: { code } });
    expect(ws.problems).toEqual([]);
  });

  it("unsubscribe by id ends that subscription (eventStreamTerminated) and its events; without an id, all of them", async () => {
    const { sandbox, account } = await streamSetup();
    const ws = await connectWsApi(sandbox);
    const cross = await subscribe(ws, (await listenToken(sandbox, account)).token);
    const isolated = await subscribe(ws, (await listenToken(sandbox, account, { symbol: "BTCUSDT" })).token);
    expect((await ws.request("userDataStream.unsubscribe", { subscriptionId: cross })).result).toEqual({});
    expect((await ws.drainEvents()).map((frame) => [frame.subscriptionId, frame.event.e])).toEqual([[cross, "eventStreamTerminated"]]);
    sandbox.createOcoList(account.apiKey, { symbol: "BTCUSDT" });
    sandbox.createOcoList(account.apiKey, { symbol: "BTCUSDT", isIsolated: true });
    expect((await ws.drainEvents()).map((frame) => frame.subscriptionId)).toEqual([isolated, isolated, isolated]);
    await ws.request("userDataStream.unsubscribe");
    expect((await ws.drainEvents()).map((frame) => [frame.subscriptionId, frame.event.e])).toEqual([[isolated, "eventStreamTerminated"]]);
    sandbox.createOcoList(account.apiKey, { symbol: "BTCUSDT", isIsolated: true });
    expect(await ws.drainEvents()).toEqual([]);
    expect(ws.problems).toEqual([]);
  });

  it("the limits: active subscriptions per connection, subscriptions per connection's lifetime", async () => {
    const { sandbox, account } = await streamSetup({ stream: { maxActiveSubscriptions: 2, maxLifetimeSubscriptions: 3 } });
    const ws = await connectWsApi(sandbox);
    await subscribe(ws, (await listenToken(sandbox, account)).token);
    await subscribe(ws, (await listenToken(sandbox, account, { symbol: "BTCUSDT" })).token);
    const third = await ws.request("userDataStream.subscribe.listenToken", { listenToken: (await listenToken(sandbox, account, { symbol: "ETHUSDT" })).token });
    expect(third).toMatchObject({ status: 400, error: { code: -1020 } });
    expect(third.error.msg).toContain("2 active subscriptions");
    await ws.request("userDataStream.unsubscribe", { subscriptionId: 0 });
    expect(await subscribe(ws, (await listenToken(sandbox, account, { symbol: "ETHUSDT" })).token)).toBe(2);
    await ws.request("userDataStream.unsubscribe");
    const fourth = await ws.request("userDataStream.subscribe.listenToken", { listenToken: (await listenToken(sandbox, account)).token });
    expect(fourth).toMatchObject({ status: 400, error: { code: -1020 } });
    expect(fourth.error.msg).toContain("started 3 subscriptions");
    // A new connection starts afresh.
    const fresh = await connectWsApi(sandbox);
    expect(await subscribe(fresh, (await listenToken(sandbox, account)).token)).toBe(0);
  });

  it("any other path refuses the upgrade (404)", async () => {
    const { sandbox } = await streamSetup();
    const { WebSocket } = await import("ws");
    const socket = new WebSocket(sandbox.streamUrl.replace("/ws-api/v3", "/ws"));
    const status = await new Promise<number | undefined>((resolve) => {
      socket.on("unexpected-response", (_request, response) => resolve(response.statusCode));
      socket.on("error", () => resolve(undefined));
    });
    expect(status).toBe(404);
  });
});
