// What the stream retries instead of throwing: a refused or failed token
// request, a server that is not there. Each failure reaches the caller as an
// "error" message; invalid options throw at once.
import { type AddressInfo, createServer, type Socket } from "node:net";
import { UnknownExecutionStatusError } from "@sapi-kit/signer";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createUserDataStream, ListenTokenError, type StreamAccount, StreamConfigError, StreamConnectionError } from "../../src/node.js";
import { Collector } from "../support/collector.js";
import { type StreamSandbox, startStreamSandbox } from "../support/stream-sandbox.js";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let env: StreamSandbox;
beforeEach(async () => {
  env = await startStreamSandbox();
});
afterEach(async () => {
  await env.close();
});

describe("failures the stream retries", () => {
  it("a token request Binance refuses (-1121, an unknown isolated symbol): ListenTokenError for that account, retried with backoff", async () => {
    const unknown: StreamAccount = { type: "isolated", symbol: "NOPEUSDT" };
    const { stream, seen } = env.open({ accounts: [{ type: "cross" }, unknown] });
    await seen.until("two refusals and the cross subscription", () => seen.of("error").length >= 2 && seen.of("subscribed").length === 1);
    for (const { error, account } of seen.of("error")) {
      expect(account).toBe(unknown);
      expect(error).toBeInstanceOf(ListenTokenError);
      expect(error).toMatchObject({ code: "LISTEN_TOKEN", status: 400, binanceCode: -1121 });
    }
    await stream.close();
  });

  it("a refused token request's ListenTokenError carries Binance's msg exactly, as the REST answer had it", async () => {
    const unknown: StreamAccount = { type: "isolated", symbol: "NOPEUSDT" };
    const { stream, seen } = env.open({ accounts: [unknown] });
    await seen.until("a refusal", () => seen.of("error").length >= 1);
    await stream.close();
    const answer = env.sandbox.requests.find((entry) => entry.path === "/sapi/v1/userListenToken" && entry.status === 400);
    const { msg } = JSON.parse(answer?.responseBody ?? "{}") as { msg?: unknown };
    expect(msg).toBe("Invalid symbol.");
    expect(seen.of("error")[0]?.error).toMatchObject({ msg });
  });

  it("a token request that fails on the server (HTTP 503): the signer's error is reported, then the account subscribes", async () => {
    env.sandbox.faults.inject({ type: "http-status", status: 503 }, { match: { path: "/sapi/v1/userListenToken" } });
    const { stream, seen } = env.open({ accounts: [{ type: "cross" }] });
    await seen.until("subscribed", () => seen.of("subscribed").length === 1);
    expect(seen.of("error")).toHaveLength(1);
    expect(seen.of("error")[0]?.error).toBeInstanceOf(UnknownExecutionStatusError);
    await stream.close();
  });

  it("no server at the address: StreamConnectionError messages without an account, until closed", async () => {
    const { port } = env.sandbox;
    await env.sandbox.close();
    const stream = createUserDataStream({ client: env.client, url: `ws://127.0.0.1:${port}/ws-api/v3`, reconnect: { initialDelayMs: 1, maxDelayMs: 5 } });
    const seen = new Collector(stream);
    await seen.until("three failed connections", () => seen.of("error").length >= 3);
    for (const { error, account } of seen.of("error")) {
      expect(error).toBeInstanceOf(StreamConnectionError);
      expect(account).toBeUndefined();
    }
    await stream.close();
    await seen.finished;
    expect(seen.of("gap")).toEqual([]);
  });
});

describe("invalid options", () => {
  it.each([
    ["no account", { accounts: [] }],
    ["the same account twice", { accounts: [{ type: "cross" }, { type: "cross" }] }],
    ["an isolated account without a symbol", { accounts: [{ type: "isolated" }] }],
    ["a validity beyond 24 hours", { validityMs: 86_400_001 }],
    ["a fractional validity", { validityMs: 1.5 }],
    ["a negative renewal margin", { renewBeforeMs: -1 }],
    ["an infinite check interval", { checkIntervalMs: Number.POSITIVE_INFINITY }],
    ["no client", { client: undefined }],
  ])("%s throws StreamConfigError, before anything is sent", (_, options) => {
    expect(() => createUserDataStream({ client: env.client, url: env.sandbox.streamUrl, ...options } as never)).toThrow(StreamConfigError);
    expect(env.sandbox.requests).toEqual([]);
  });
});

describe("closing while connecting", () => {
  it("close() ends a stream whose server accepted the TCP connection but never answers the WebSocket handshake", async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const stream = createUserDataStream({ client: env.client, url: `ws://127.0.0.1:${port}/ws-api/v3` });
      const seen = new Collector(stream);
      await new Promise<void>((resolve) => silent.once("connection", () => resolve()));
      await stream.close();
      await seen.finished;
      expect(seen.messages).toEqual([]);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
