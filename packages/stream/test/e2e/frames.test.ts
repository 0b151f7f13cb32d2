// What the sandbox never sends, from a stand-in WebSocket API server (tokens
// still come from the sandbox through the signed client): unknown event
// types reach the caller as events, malformed frames and integers beyond
// 2^53 are reported and skipped, and serverShutdown makes the stream move to
// a new connection and report the gap.
import { UnsafeIntegerError } from "@sapi-kit/client/errors";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MalformedFrameError, type StreamAccount } from "../../src/index.js";
import { type FakeWsApi, startFakeWsApi } from "../support/fake-ws-api.js";
import { type StreamSandbox, startStreamSandbox } from "../support/stream-sandbox.js";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const CROSS: StreamAccount = { type: "cross" };
const ISOLATED: StreamAccount = { type: "isolated", symbol: "BNBUSDT" };

let env: StreamSandbox;
let server: FakeWsApi;
beforeEach(async () => {
  [env, server] = await Promise.all([startStreamSandbox(), startFakeWsApi()]);
});
afterEach(async () => {
  await env.close();
  await server.close();
});

/** A stream of both accounts on the stand-in server, once both are subscribed (cross is subscription 0 or 1). */
async function subscribed() {
  const opened = env.open({ url: server.url, accounts: [CROSS, ISOLATED] });
  await opened.seen.until("both subscribed", () => opened.seen.of("subscribed").length === 2);
  const idOf = (account: StreamAccount) => opened.seen.of("subscribed").find((message) => message.account === account)?.subscriptionId as number;
  return { ...opened, cross: idOf(CROSS), isolated: idOf(ISOLATED) };
}

describe("frames the stream must survive", () => {
  it("an event of a type the spec does not list reaches the caller as an unknown event of its account", async () => {
    const { seen, isolated } = await subscribed();
    const event = { e: "externalLockUpdate", E: 1581557507324, a: "NEO", d: "10.00000000", T: 1581557507268 };
    server.send(JSON.stringify({ subscriptionId: isolated, event }));
    await seen.until("the event", () => seen.of("event").length === 1);
    expect(seen.of("event")[0]).toEqual({ type: "event", known: false, account: ISOLATED, subscriptionId: isolated, event });
  });

  it("malformed frames are reported (text cut to 200 characters) and skipped; the next event still arrives", async () => {
    const { seen, cross } = await subscribed();
    const bad = [
      "{not json",
      "[1,2,3]",
      '"text"',
      JSON.stringify({ hello: "world" }),
      JSON.stringify({ event: { e: "executionReport" } }), // no subscriptionId
      JSON.stringify({ subscriptionId: "0", event: { e: "listStatus" } }),
      JSON.stringify({ subscriptionId: cross, event: { E: 1 } }), // no type
      JSON.stringify({ subscriptionId: 99, event: { e: "listStatus", E: 1 } }), // a subscription it does not hold
      JSON.stringify({ id: 77, status: "200", result: {} }),
      `{"subscriptionId":${cross},"event":{"e":"balanceUpdate","a":"${"B".repeat(300)}"`,
    ];
    for (const frame of bad) server.send(frame);
    server.send(JSON.stringify({ subscriptionId: cross, event: { e: "balanceUpdate", E: 1, a: "BTC", d: "1.5", T: 2 } }));
    await seen.until("the good event", () => seen.of("event").length === 1);
    const malformed = seen.of("malformed");
    expect(malformed.map((message) => message.frame)).toEqual(bad.map((frame) => frame.slice(0, 200)));
    for (const message of malformed) expect(message.error).toBeInstanceOf(MalformedFrameError);
    expect(seen.of("event")[0]).toMatchObject({ known: true, account: CROSS, event: { e: "balanceUpdate", d: "1.5" } });
    expect(seen.of("gap")).toEqual([]);
  });

  it("a binary frame is reported as malformed, even one holding JSON (the WebSocket API sends text)", async () => {
    const { seen, cross } = await subscribed();
    server.sendBinary(JSON.stringify({ subscriptionId: cross, event: { e: "listStatus", E: 1, g: 1, O: [] } }));
    server.send(JSON.stringify({ subscriptionId: cross, event: { e: "listStatus", E: 1, g: 2, O: [] } }));
    await seen.until("the text event", () => seen.of("event").length === 1);
    expect(seen.of("malformed").map((message) => message.frame)).toEqual(["(binary frame)"]);
    expect(seen.of("event")[0]?.event).toMatchObject({ g: 2 });
  });

  it("an id beyond 2^53 is refused with the client's UnsafeIntegerError, and the frame skipped", async () => {
    const { seen, cross } = await subscribed();
    server.send(`{"subscriptionId":${cross},"event":{"e":"listStatus","E":1,"g":9007199254740993,"O":[]}}`);
    server.send(`{"subscriptionId":${cross},"event":{"e":"listStatus","E":1,"g":7,"O":[{"s":"BTCUSDT","i":18014398509481984,"c":"x"}]}}`);
    server.send(JSON.stringify({ subscriptionId: cross, event: { e: "listStatus", E: 1, g: 8, O: [] } }));
    await seen.until("the safe event", () => seen.of("event").length === 1);
    const [first, second] = seen.of("malformed");
    expect(first?.error).toBeInstanceOf(UnsafeIntegerError);
    expect(first?.error).toMatchObject({ source: "stream", path: "event.g", value: 9007199254740992 });
    expect(first?.error.message).toBe("Stream frame field event.g = 9007199254740992 is beyond ±(2^53-1): skipped.");
    expect(second?.error).toMatchObject({ source: "stream", path: "event.O[0].i" });
    expect(seen.of("event")[0]?.event).toMatchObject({ g: 8 });
  });

  it("serverShutdown: the stream leaves the connection, subscribes again on a new one and reports the gap", async () => {
    const { seen } = await subscribed();
    server.send(JSON.stringify({ event: { e: "serverShutdown", E: 1 } }));
    await seen.until("the gap", () => seen.of("gap").length === 1);
    expect(seen.of("gap")[0]).toMatchObject({ reason: "serverShutdown", accounts: [CROSS, ISOLATED] });
    expect(seen.of("subscribed")).toHaveLength(4);
    expect(server.connections).toBe(1);
    expect(seen.of("malformed")).toEqual([]);
  });

  it("an already aborted signal: the server never sees a connection", async () => {
    const { stream, seen } = env.open({ url: server.url, signal: AbortSignal.abort() });
    await seen.finished;
    await stream.close();
    expect(seen.messages).toEqual([]);
    expect(server.accepted).toBe(0);
  });

  it("a subscribe refused with -1209 is reported for its account and retried with a new token", async () => {
    server.rejectNextSubscribe({ code: -1209, msg: "Invalid listenToken." });
    const opened = env.open({ url: server.url, accounts: [CROSS] });
    await opened.seen.until("subscribed", () => opened.seen.of("subscribed").length === 1);
    expect(opened.seen.of("error")).toHaveLength(1);
    expect(opened.seen.of("error")[0]).toMatchObject({ account: CROSS, error: { binanceCode: -1209, status: 400, msg: "Invalid listenToken." } });
    const tokens = server.requests.filter((request) => request.method === "userDataStream.subscribe.listenToken").map((request) => request.params?.listenToken);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).not.toBe(tokens[1]);
  });
});
