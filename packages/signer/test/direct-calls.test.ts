// @sapi-kit/client's shortcut on Node (its direct-call.ts): when the signer's
// Node entry is the client's only middleware and the call has a query and
// maybe a signal, the signer is handed the call's parts instead of Requests
// (direct-signer.ts). Nothing else could see the difference, so everything
// here is checked both ways: the shortcut, and the middleware path it stands
// for (the same client and signer, with one more middleware that does
// nothing). Same bytes on the wire, same results, same outcomes.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "@sapi-kit/client";
import { ResponseUnreadableError, UnsafeIntegerError } from "@sapi-kit/client/errors";
import type { Middleware } from "openapi-fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createSigner as createHmacNodeEntrySigner } from "../src/hmac/node.js";
import { createSigner as createDefaultEntrySigner } from "../src/index.js";
import { createSigner, RateLimitError, RequestNotSentError, type UsageHeaders } from "../src/node.js";
import { API_KEY, API_SECRET } from "./support/keys.js";
import { type CapturedRequest, type Handler, type LoopbackServer, sendJson, startLoopbackServer } from "./support/loopback-server.js";
import { decodeParams, splitSignature, verifySignature } from "./support/verify-signature.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

const PATH = "/sapi/v1/margin/orderList";
const CANCEL = { params: { query: { symbol: "LTCBTC", orderListId: 7 } } } as const;
/** A cancel's success body with every field the spec requires. */
const CANCELLED = {
  orderListId: 7,
  contingencyType: "OCO",
  listStatusType: "ALL_DONE",
  listOrderStatus: "ALL_DONE",
  listClientOrderId: "C3wyj4WVEktd7u9aVBRXcN",
  transactionTime: 1574040868128,
  symbol: "LTCBTC",
  orders: [],
  orderReports: [],
};
/** Verifies the API key and the signature as Binance would, then answers the cancel. */
const cancelling: Handler = (request, response) => {
  if (request.path === "/api/v3/time") return sendJson(response, 200, { serverTime: Date.now() });
  const { payload, signature } = splitSignature(request.query);
  if (request.headers["x-mbx-apikey"] !== API_KEY || !verifySignature("hmac", payload, signature)) {
    return sendJson(response, 400, { code: -1022, msg: "Signature for this request is not valid." });
  }
  sendJson(response, 200, CANCELLED, { "x-sapi-used-uid-weight-1m": "3" });
};

type SignerOptions = { syncClock?: boolean; onUsage?: (usage: UsageHeaders) => void };
const doesNothing: Middleware = { onRequest: () => undefined };

/** The shortcut, and the middleware path (one more middleware): the client, its signer (spied on), and a cancel. */
const PATHS = [
  ["the shortcut", [] as Middleware[]],
  ["the middleware path", [doesNothing]],
] as const;

function signedClient(baseUrl: string, extra: readonly Middleware[], options: SignerOptions = {}) {
  const signer = createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, ...options });
  const onRequest = vi.spyOn(signer, "onRequest" as never);
  const client = createClient({ baseUrl });
  client.use(...extra, signer);
  return { client, signer, onRequest };
}

const failure = (call: Promise<unknown>) =>
  call.then(
    () => new Error("no failure"),
    (error: unknown) => error as Error,
  );

/** The request as it arrived (its header lines in order and case), with the parts that differ per call (timestamp, signature) masked. */
function wire(request: CapturedRequest) {
  const params = decodeParams(request.query).map(([name, value]) => [name, name === "timestamp" || name === "signature" ? "*" : value]);
  return { method: request.method, path: request.path, params, headers: request.rawHeaders, body: request.body };
}

describe("when the shortcut is taken", () => {
  it("the signer's Node entry alone, a query: taken (the middleware's onRequest is never called)", async () => {
    server = await startLoopbackServer(cancelling);
    const { client, onRequest } = signedClient(server.baseUrl, []);
    const { data } = await client.DELETE(PATH, CANCEL);
    expect(data).toEqual(CANCELLED);
    expect(onRequest).not.toHaveBeenCalled();
  });

  it("the HMAC-only Node entry's signer takes it too", async () => {
    server = await startLoopbackServer(cancelling);
    const signer = createHmacNodeEntrySigner({ apiKey: API_KEY, apiSecret: API_SECRET });
    const onRequest = vi.spyOn(signer, "onRequest" as never);
    const client = createClient({ baseUrl: server.baseUrl });
    client.use(signer);
    const { data } = await client.DELETE(PATH, CANCEL);
    expect(data).toEqual(CANCELLED);
    expect(onRequest).not.toHaveBeenCalled();
  });

  it("not with another middleware, the default entry's signer, or a call option besides params and signal", async () => {
    server = await startLoopbackServer(cancelling);
    const withOther = signedClient(server.baseUrl, [doesNothing]);
    await withOther.client.DELETE(PATH, CANCEL);
    expect(withOther.onRequest).toHaveBeenCalledTimes(1);
    const withOption = signedClient(server.baseUrl, []);
    await withOption.client.DELETE(PATH, { ...CANCEL, headers: { "x-extra": "1" } });
    expect(withOption.onRequest).toHaveBeenCalledTimes(1);
    expect(server.requests.at(-1)?.headers["x-extra"]).toBe("1");
    const defaultEntry = createDefaultEntrySigner({ apiKey: API_KEY, apiSecret: API_SECRET });
    const onRequest = vi.spyOn(defaultEntry, "onRequest" as never);
    const client = createClient({ baseUrl: server.baseUrl });
    client.use(defaultEntry);
    await client.DELETE(PATH, CANCEL);
    expect(onRequest).toHaveBeenCalledTimes(1);
  });

  it("not when fetch was replaced (a test double, MSW): the replacement sees the request", async () => {
    server = await startLoopbackServer(cancelling);
    const { client } = signedClient(server.baseUrl, []);
    const seen: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(String(input instanceof Request ? input.url : input));
      return original(input, init);
    }) as typeof fetch;
    try {
      const { data } = await client.DELETE(PATH, CANCEL);
      expect(data).toEqual(CANCELLED);
    } finally {
      globalThis.fetch = original;
    }
    expect(seen).toEqual([expect.stringContaining(`${PATH}?symbol=LTCBTC&orderListId=7&timestamp=`)]);
  });
});

describe("the same exchange both ways", () => {
  it("the same request on the wire and the same result", async () => {
    server = await startLoopbackServer(cancelling);
    const results = [];
    for (const [, extra] of PATHS) {
      const { client } = signedClient(server.baseUrl, extra);
      const { data, error, response } = await client.DELETE(PATH, CANCEL);
      // Date is the server's wall clock: two calls may fall in different seconds.
      const headers = [...response.headers].filter(([name]) => name !== "date");
      results.push({ data, error, status: response.status, url: response.url.replace(/timestamp=\d+&signature=\w+/, ""), headers });
    }
    expect(results[0]).toEqual(results[1]);
    const [direct, viaMiddleware] = server.requests.map(wire);
    expect(direct).toEqual(viaMiddleware);
    expect(direct?.params).toEqual([
      ["symbol", "LTCBTC"],
      ["orderListId", "7"],
      ["timestamp", "*"],
      ["signature", "*"],
    ]);
  });
});

describe.each(PATHS)("outcomes (%s)", (_, extra) => {
  it("an error status: `error` is Binance's body, onUsage sees the usage headers", async () => {
    server = await startLoopbackServer((_request, response) =>
      sendJson(response, 400, { code: -2011, msg: "Unknown order list sent." }, { "x-sapi-used-uid-weight-1m": "5" }),
    );
    const usage: UsageHeaders[] = [];
    const { client } = signedClient(server.baseUrl, extra, { onUsage: (seen) => void usage.push(seen) });
    const { data, error, response } = await client.DELETE(PATH, CANCEL);
    expect({ data, error, status: response.status }).toEqual({ data: undefined, error: { code: -2011, msg: "Unknown order list sent." }, status: 400 });
    expect(usage).toEqual([{ "X-SAPI-USED-UID-WEIGHT-1M": 5 }]);
  });

  it("an unreadable 2xx: executed", async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 200, { orderListId: 7 }));
    const error = await failure(signedClient(server.baseUrl, extra).client.DELETE(PATH, CANCEL));
    expect(error).toBeInstanceOf(ResponseUnreadableError);
    expect(error).toMatchObject({ status: 200, outcome: "executed", reason: { kind: "missing-field" } });
  });

  it("a redirect is not followed: rejected, nothing sent where it points", async () => {
    server = await startLoopbackServer((request, response) => {
      if (request.path === "/elsewhere") return sendJson(response, 200, CANCELLED);
      response.writeHead(302, { location: "/elsewhere" });
      response.end();
    });
    const error = await failure(signedClient(server.baseUrl, extra).client.DELETE(PATH, CANCEL));
    expect(error).toMatchObject({ status: 302, outcome: "rejected", reason: { kind: "redirect" } });
    expect(server.requests.map((request) => request.path)).toEqual([PATH]);
  });

  it("a rate limit: RateLimitError", async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 429, { code: -1003, msg: "Too many requests." }, { "retry-after": "7" }));
    const error = await failure(signedClient(server.baseUrl, extra).client.DELETE(PATH, CANCEL));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 7, binanceCode: -1003 });
  });

  it("-1021: one clock sync and one resend, whose answer is the result", async () => {
    server = await startLoopbackServer((request, response) => {
      if (request.path === "/api/v3/time") return sendJson(response, 200, { serverTime: Date.now() });
      if (server?.signedRequests().length === 1) return sendJson(response, 400, { code: -1021, msg: "Timestamp for this request is outside of the recvWindow." });
      cancelling(request, response);
    });
    const { data } = await signedClient(server.baseUrl, extra).client.DELETE(PATH, CANCEL);
    expect(data).toEqual(CANCELLED);
    expect(server.requests.map((request) => request.path)).toEqual([PATH, "/api/v3/time", PATH]);
  });

  it("syncClock: the server time is read before the first signed request, once", async () => {
    server = await startLoopbackServer(cancelling);
    const { client } = signedClient(server.baseUrl, extra, { syncClock: true });
    await client.DELETE(PATH, CANCEL);
    await client.DELETE(PATH, CANCEL);
    expect(server.requests.map((request) => request.path)).toEqual(["/api/v3/time", PATH, PATH]);
  });

  it("the caller's signal aborted before: not sent, with its reason", async () => {
    server = await startLoopbackServer(cancelling);
    const reason = new Error("stopped by the caller");
    const error = await failure(signedClient(server.baseUrl, extra).client.DELETE(PATH, { ...CANCEL, signal: AbortSignal.abort(reason) }));
    expect(error).toBeInstanceOf(RequestNotSentError);
    expect(error.cause).toBe(reason);
    expect(server.requests).toHaveLength(0);
  });

  it("the caller's signal aborting in the same turn as the call, on a pooled connection: not sent, with its reason", async () => {
    server = await startLoopbackServer(cancelling);
    const { client } = signedClient(server.baseUrl, extra);
    await client.DELETE(PATH, CANCEL); // leaves a keep-alive connection in the pool
    const controller = new AbortController();
    const reason = new Error("stopped by the caller");
    const call = client.DELETE(PATH, { ...CANCEL, signal: controller.signal });
    controller.abort(reason);
    const error = await failure(call);
    expect(error).toBeInstanceOf(RequestNotSentError);
    expect(error.cause).toBe(reason);
    expect(server.requests).toHaveLength(1);
  });

  it("the caller's signal aborting after the request arrived: unknown, with its reason", async () => {
    const controller = new AbortController();
    const reason = new Error("stopped by the caller");
    server = await startLoopbackServer(() => controller.abort(reason)); // and never answers
    const error = await failure(signedClient(server.baseUrl, extra).client.DELETE(PATH, { ...CANCEL, signal: controller.signal }));
    expect(error).toMatchObject({ code: "UNKNOWN_EXECUTION_STATUS" });
    expect(error.cause).toBe(reason);
  });

  it("a refused connection: not sent", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(signedClient(origin, extra).client.DELETE(PATH, CANCEL));
    expect(error).toBeInstanceOf(RequestNotSentError);
    expect(error).toMatchObject({ origin, path: PATH, method: "DELETE" });
  });

  it("a query the serializer refuses: a rejected call, not a throw, and nothing sent", async () => {
    server = await startLoopbackServer(cancelling);
    const { client } = signedClient(server.baseUrl, extra);
    const call = client.DELETE(PATH, { params: { query: { symbol: "LTCBTC", orderListId: 2 ** 53 } } });
    expect(await failure(call)).toBeInstanceOf(UnsafeIntegerError);
    expect(server.requests).toHaveLength(0);
  });
});
