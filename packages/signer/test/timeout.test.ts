// Signed calls time out (the timeoutMs option, 15 s by default), and where
// the timeout fires decides the outcome: before the request left, not sent;
// after it was written and before a status, unknown; after a 2xx status while
// the body is read, executed. Where the phase matters, the timer is a fake
// fired at a chosen moment: the signer's AbortSignal.timeout (openapi-fetch's
// requests), or the client's timer (@sapi-kit/client over node:http); real
// timers are only used to show that the timeout fires at all.
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { createServer as createNetServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { createClient } from "@sapi-kit/client";
import { ResponseUnreadableError } from "@sapi-kit/client/errors";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RequestNotSentError, SignerConfigError, UnknownExecutionStatusError, createSigner } from "../src/index.js";
import { API_KEY, API_SECRET } from "./support/keys.js";
import { type LoopbackServer, sendJson, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient } from "./support/signed-client.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

const PATH = "/sapi/v1/margin/orderList";
const CANCEL = { params: { query: { symbol: "LTCBTC", orderListId: 0 } } } as const;
const failure = (call: Promise<unknown>) =>
  call.then(
    () => new Error("no failure"),
    (error: unknown) => error as Error,
  );

type Cancel = (baseUrl: string, options?: { timeoutMs?: number; onResponse?: () => void }) => Promise<unknown>;
const signer = (timeoutMs?: number) => createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, ...(timeoutMs !== undefined && { timeoutMs }) });
// openapi-fetch (the global fetch) and @sapi-kit/client (under vitest its "node" entry, over node:http).
const CLIENTS: [string, Cancel][] = [
  [
    "openapi-fetch",
    (baseUrl, { timeoutMs, onResponse } = {}) => {
      const client = createTestClient(baseUrl, signer(timeoutMs));
      if (onResponse) client.use({ onResponse: () => void onResponse() });
      return client.DELETE(PATH, CANCEL);
    },
  ],
  [
    "@sapi-kit/client",
    (baseUrl, { timeoutMs, onResponse } = {}) => {
      const client = createClient({ baseUrl });
      client.use(signer(timeoutMs));
      if (onResponse) client.use({ onResponse: () => void onResponse() });
      return client.DELETE(PATH, CANCEL);
    },
  ],
];

/** Replaces AbortSignal.timeout with a signal that fires when the test says. */
function fakeTimeout() {
  const controller = new AbortController();
  const timeout = vi.spyOn(AbortSignal, "timeout").mockImplementation(() => controller.signal);
  const reason = new DOMException("The operation was aborted due to timeout", "TimeoutError");
  return { timeout, reason, fire: () => controller.abort(reason) };
}

describe("the option", () => {
  it("defaults to 15000 ms, for every signed call", async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 200, { orderListId: 0 }));
    const timeout = vi.spyOn(AbortSignal, "timeout");
    await createTestClient(server.baseUrl, signer()).DELETE(PATH, { ...CANCEL, parseAs: "text" });
    expect(timeout).toHaveBeenCalledExactlyOnceWith(15_000);
  });

  it("is configurable, and 0 turns it off (the caller's signal alone)", async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 200, { orderListId: 0 }));
    const timeout = vi.spyOn(AbortSignal, "timeout");
    await createTestClient(server.baseUrl, signer(2500)).DELETE(PATH, { ...CANCEL, parseAs: "text" });
    expect(timeout).toHaveBeenCalledExactlyOnceWith(2500);
    timeout.mockClear();
    await createTestClient(server.baseUrl, signer(0)).DELETE(PATH, { ...CANCEL, parseAs: "text" });
    expect(timeout).not.toHaveBeenCalled();
  });

  it("also bounds signer.syncClock()", async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 200, { serverTime: Date.now() }));
    const timeout = vi.spyOn(AbortSignal, "timeout");
    await signer(4000).syncClock(server.baseUrl);
    expect(timeout).toHaveBeenCalledExactlyOnceWith(4000);
  });

  it.each([-1, 1.5, 2 ** 31, Number.NaN, Number.POSITIVE_INFINITY, "15000"])("refuses %s", (timeoutMs) => {
    expect(() => createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, timeoutMs: timeoutMs as number })).toThrow(SignerConfigError);
  });
});

describe("where the timeout fires decides the outcome: openapi-fetch (the signer's AbortSignal.timeout, faked)", () => {
  const cancel = (CLIENTS[0] as [string, Cancel])[1];

  it("before the request is handed to fetch: not sent", async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 200, {}));
    const { fire, reason } = fakeTimeout();
    fire(); // e.g. a slow key import or clock sync used up the time
    const error = await failure(cancel(server.baseUrl));
    expect(error).toBeInstanceOf(RequestNotSentError);
    expect(error.cause).toBe(reason);
    expect(server.requests).toHaveLength(0);
  });

  it("once the request arrived, before any status: unknown", async () => {
    const { fire, reason } = fakeTimeout();
    server = await startLoopbackServer(() => fire()); // and never answers
    const error = await failure(cancel(server.baseUrl));
    expect(error).toBeInstanceOf(UnknownExecutionStatusError);
    expect(error.cause).toBe(reason);
    expect(server.signedRequests()).toHaveLength(1);
  });
});

describe("where the timeout fires decides the outcome: @sapi-kit/client on Node (the transport's timer, faked)", () => {
  const cancel = (CLIENTS[1] as [string, Cancel])[1];
  // The client runs the signer's timeout: on Node a plain timer around the exchange.
  const fakeTimer = () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    return () => {
      vi.advanceTimersByTime(15_000);
    };
  };
  afterEach(() => {
    vi.useRealTimers();
  });

  it("uses the default, 15000 ms", async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 200, {}));
    const timer = vi.spyOn(globalThis, "setTimeout");
    await failure(cancel(server.baseUrl));
    expect(timer).toHaveBeenCalledWith(expect.any(Function), 15_000);
  });

  it("once the request arrived, before any status: unknown", async () => {
    const fire = fakeTimer();
    server = await startLoopbackServer(() => fire()); // and never answers
    const error = await failure(cancel(server.baseUrl));
    expect(error).toBeInstanceOf(UnknownExecutionStatusError);
    expect(error.cause).toMatchObject({ name: "TimeoutError" });
    expect(server.signedRequests()).toHaveLength(1);
  });

  it("after a 2xx status, while the body is read: executed (ResponseUnreadableError), never a raw TimeoutError", async () => {
    const fire = fakeTimer();
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"orderListId":0,'); // and never ends
    });
    // node:http buffers the body; its diagnostics channel says when the status came.
    const onStatus = () => fire();
    subscribe("http.client.response.finish", onStatus);
    try {
      const error = await failure(cancel(server.baseUrl));
      expect(error).toBeInstanceOf(ResponseUnreadableError);
      expect(error).toMatchObject({ status: 200, outcome: "executed", reason: { kind: "not-received" } });
      expect(error.cause).toMatchObject({ name: "TimeoutError" });
    } finally {
      unsubscribe("http.client.response.finish", onStatus);
    }
  });
});

describe("with real timers: it fires at all (no assertion on when)", () => {
  it.each(CLIENTS)("%s: a server that accepts the request and never answers no longer hangs the call", async (_, cancel) => {
    server = await startLoopbackServer(() => {}); // never answers
    const error = await failure(cancel(server.baseUrl, { timeoutMs: 300 }));
    expect((error as Error).cause).toMatchObject({ name: "TimeoutError" });
    // Once the request arrived it may have executed; a busy machine may time out before it left (not sent).
    if (server.signedRequests().length > 0) expect(error).toBeInstanceOf(UnknownExecutionStatusError);
    else expect([RequestNotSentError, UnknownExecutionStatusError].some((type) => error instanceof type)).toBe(true);
  });

  it("@sapi-kit/client on Node: a TLS handshake that never ends times out as not sent (node:http knows nothing was written)", async () => {
    const sockets = new Set<Socket>();
    const silent = createNetServer((socket) => sockets.add(socket)); // accepts, never speaks
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const origin = `https://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const viaNode = await failure((CLIENTS[1] as [string, Cancel])[1](origin, { timeoutMs: 300 }));
      expect(viaNode).toBeInstanceOf(RequestNotSentError);
      expect(viaNode).toMatchObject({ origin, path: PATH });
      expect(viaNode.cause).toMatchObject({ name: "TimeoutError" });
      // fetch cannot tell a handshake from a written request: unknown.
      const viaFetch = await failure((CLIENTS[0] as [string, Cancel])[1](origin, { timeoutMs: 300 }));
      expect(viaFetch).toBeInstanceOf(UnknownExecutionStatusError);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
