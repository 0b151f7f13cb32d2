// The "not sent" outcome: when nothing of a signed request can have left the
// machine, the signer says so (RequestNotSentError: safe to send again) instead
// of "may have executed". Only what proves it counts; anything ambiguous stays
// UnknownExecutionStatusError. The signer is the Node entry's (the one Node,
// Bun and Deno load), which reads fetch's error codes; the default entry's
// difference is tested at the end.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "@sapi-kit/client";
import { afterEach, describe, expect, it } from "vitest";
import { fetchErrorProvesNotSent } from "../src/fetch-error-codes.js";
import { createSigner as createDefaultEntrySigner } from "../src/index.js";
import { ClockSyncError, RequestNotSentError, SapiKitError, UnknownExecutionStatusError, createSigner } from "../src/node.js";
import { sendFailure } from "../src/send-failure.js";
import type { UnsignedRequest } from "../src/unsigned-request.js";
import { API_KEY, API_SECRET } from "./support/keys.js";
import { type LoopbackServer, sendJson, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient, verifyingHandler } from "./support/signed-client.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PATH = "/sapi/v1/margin/orderList";
const CANCEL = { params: { query: { symbol: "LTCBTC", orderListId: 0 } } } as const;
const signer = (options: { syncClock?: boolean } = {}) => createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, ...options });
const failure = (call: Promise<unknown>) =>
  call.then(
    () => new Error("no failure"),
    (error: unknown) => error as Error,
  );

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  return port;
}

function expectNotSent(error: unknown, origin: string) {
  expect(error).toBeInstanceOf(RequestNotSentError);
  expect(error).toBeInstanceOf(SapiKitError);
  expect(error).toMatchObject({ code: "REQUEST_NOT_SENT", method: "DELETE", path: PATH, origin });
  expect((error as Error).message).toBe(`DELETE ${PATH}: not sent to ${origin}; nothing executed.`);
}

// Both clients: openapi-fetch (platform Requests, the global fetch) and
// @sapi-kit/client (LightRequests; under vitest its "node" entry, over node:http).
type Cancel = (baseUrl: string, signal?: AbortSignal) => Promise<unknown>;
const CLIENTS: [string, Cancel][] = [
  ["openapi-fetch", (baseUrl, signal) => createTestClient(baseUrl, signer()).DELETE(PATH, { ...CANCEL, signal })],
  [
    "@sapi-kit/client",
    (baseUrl, signal) => {
      const client = createClient({ baseUrl });
      client.use(signer());
      return client.DELETE(PATH, { ...CANCEL, signal });
    },
  ],
];

describe.each(CLIENTS)("nothing left the machine (%s): RequestNotSentError", (_, cancel) => {
  it("the caller's signal was already aborted: nothing is sent", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const reason = new Error("stopped by the caller");
    const error = await failure(cancel(server.baseUrl, AbortSignal.abort(reason)));
    expectNotSent(error, server.baseUrl);
    expect(error.cause).toBe(reason);
    expect(server.requests).toHaveLength(0);
  });

  it("the connection is refused", async () => {
    const origin = `http://127.0.0.1:${await closedPort()}`;
    const error = await failure(cancel(origin));
    expectNotSent(error, origin);
    // The error names the origin and the path, never the query with its signature.
    expect(error.message).not.toMatch(/symbol=|signature/);
  });

  it("TLS fails before the request is written (an https URL to a plain HTTP server)", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const origin = server.baseUrl.replace("http:", "https:");
    const error = await failure(cancel(origin));
    expectNotSent(error, origin);
    expect(server.requests).toHaveLength(0);
  });
});

describe("the clock sync and the -1021 resend", () => {
  it("an aborted signal skips the sync before the first request: not sent, rather than a failed sync", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(server.baseUrl, signer({ syncClock: true }));
    const error = await failure(client.DELETE(PATH, { ...CANCEL, signal: AbortSignal.abort() }));
    expectNotSent(error, server.baseUrl);
    expect(server.requests).toHaveLength(0);
  });

  it("a sync that fails is still ClockSyncError, which also means nothing was sent", async () => {
    const origin = `http://127.0.0.1:${await closedPort()}`;
    const error = await failure(createTestClient(origin, signer({ syncClock: true })).DELETE(PATH, CANCEL));
    expect(error).toBeInstanceOf(ClockSyncError);
  });

  it("the resend after a -1021 is refused: not sent, and the first request was rejected", async () => {
    // Answers the cancel with -1021 and the time, closing each connection, then stops
    // listening: the resend's new connection is refused.
    let signed = 0;
    const raw = createServer((request, response) => {
      response.setHeader("connection", "close");
      if (request.url?.startsWith("/api/v3/time")) {
        raw.close();
        return sendJson(response, 200, { serverTime: Date.now() });
      }
      signed += 1;
      sendJson(response, 400, { code: -1021, msg: "Timestamp for this request is outside of the recvWindow." });
    });
    await new Promise<void>((resolve) => raw.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
    try {
      const error = await failure(createTestClient(origin, signer()).DELETE(PATH, CANCEL));
      expectNotSent(error, origin);
      expect(signed).toBe(1);
    } finally {
      raw.closeAllConnections();
      if (raw.listening) raw.close();
    }
  });
});

describe("what a failed fetch proves (runtimes and failures a loopback test cannot produce)", () => {
  const unsigned = { call: { method: "DELETE", path: PATH }, origin: "https://api.binance.com" } as UnsignedRequest;
  const fetchFailed = (cause: object) => new TypeError("fetch failed", { cause });
  const withCode = (code: string, syscall?: string) => Object.assign(new Error(code), { code, syscall });

  it.each([
    ["Node, DNS: ENOTFOUND", fetchFailed(withCode("ENOTFOUND", "getaddrinfo"))],
    ["Node, DNS: EAI_AGAIN", fetchFailed(withCode("EAI_AGAIN", "getaddrinfo"))],
    ["Node, any failed connect: EHOSTUNREACH", fetchFailed(withCode("EHOSTUNREACH", "connect"))],
    ["Node, undici's connect timeout", fetchFailed(withCode("UND_ERR_CONNECT_TIMEOUT"))],
    ["Node, an expired certificate", fetchFailed(withCode("CERT_HAS_EXPIRED"))],
    ["Node, a self-signed certificate", fetchFailed(withCode("DEPTH_ZERO_SELF_SIGNED_CERT"))],
    ["Node, an untrusted issuer", fetchFailed(withCode("UNABLE_TO_VERIFY_LEAF_SIGNATURE"))],
    ["Node, the wrong host name", fetchFailed(withCode("ERR_TLS_CERT_ALTNAME_INVALID"))],
    ["Node, a handshake alert", fetchFailed(withCode("ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE"))],
    ["Bun, refused (code on the error itself)", Object.assign(new TypeError("Unable to connect."), { code: "ECONNREFUSED" })],
    [
      "Deno, the connect phase",
      fetchFailed(new Error("error sending request for url (https://api.binance.com/): client error (Connect): tcp connect error")),
    ],
  ])("not sent: %s", (_, error) => {
    const outcome = sendFailure(error, unsigned, fetchErrorProvesNotSent);
    expect(outcome).toBeInstanceOf(RequestNotSentError);
    expect(outcome.cause).toBe(error);
  });

  it.each([
    ["Node, the other side closed (undici)", fetchFailed(withCode("UND_ERR_SOCKET"))],
    ["Node, a reset", fetchFailed(withCode("ECONNRESET", "read"))],
    ["Node, a timeout once connected", fetchFailed(withCode("ETIMEDOUT", "read"))],
    ["an abort or timeout of the signal", new DOMException("The operation was aborted due to timeout", "TimeoutError")],
    ["Deno, once sent", fetchFailed(new Error("client error (SendRequest): connection closed before message completed"))],
    ["a browser, which says nothing", new TypeError("Failed to fetch")],
    ["anything else", new Error("?")],
  ])("unknown: %s", (_, error) => {
    expect(sendFailure(error, unsigned, fetchErrorProvesNotSent)).toBeInstanceOf(UnknownExecutionStatusError);
  });

  it("the client's own RequestNotSentError (its Node transport knows) passes through as is", () => {
    const error = new RequestNotSentError({ method: "DELETE", path: PATH, origin: "https://api.binance.com" });
    expect(sendFailure(error, unsigned)).toBe(error);
  });
});

describe("the default entry (browsers, edge runtimes, whose fetch errors say nothing)", () => {
  it("does not read fetch's error codes: a refused connection is unknown there, an aborted signal still not sent", async () => {
    const origin = `http://127.0.0.1:${await closedPort()}`;
    const signer = () => createDefaultEntrySigner({ apiKey: API_KEY, apiSecret: API_SECRET });
    const refused = await failure(createTestClient(origin, signer()).DELETE(PATH, CANCEL));
    expect(refused).toBeInstanceOf(UnknownExecutionStatusError);
    const aborted = await failure(createTestClient(origin, signer()).DELETE(PATH, { ...CANCEL, signal: AbortSignal.abort() }));
    expect(aborted).toBeInstanceOf(RequestNotSentError);
  });
});
