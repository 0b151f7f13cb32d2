import { afterEach, describe, expect, it } from "vitest";
import { RateLimitError, SapiKitError, UnknownExecutionStatusError, createSigner } from "../src/index.js";
import { API_KEY, API_SECRET } from "./support/keys.js";
import { type Handler, type LoopbackServer, sendJson, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient } from "./support/signed-client.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function cancelAgainst(handler: Handler) {
  server = await startLoopbackServer(handler);
  const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
  return client
    .DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } })
    .then(() => undefined, (error: unknown) => error);
}

describe("unknown execution status: thrown, never retried", () => {
  it("HTTP 5xx", async () => {
    const error = await cancelAgainst((_request, response) => sendJson(response, 502, { code: -1000, msg: "gateway" }));
    expect(error).toBeInstanceOf(UnknownExecutionStatusError);
    expect(error).toBeInstanceOf(SapiKitError);
    expect(error).toMatchObject({
      code: "UNKNOWN_EXECUTION_STATUS",
      status: 502,
      binanceCode: -1000,
      method: "DELETE",
      path: "/sapi/v1/margin/orderList",
    });
    expect((error as Error).message).toBe(
      "DELETE /sapi/v1/margin/orderList: HTTP 502, code -1000: may have executed, reconcile before any retry.",
    );
    expect(server?.requests).toHaveLength(1);
  });

  it("Binance code -1007 (timeout waiting for the backend)", async () => {
    const error = await cancelAgainst((_request, response) =>
      sendJson(response, 408, { code: -1007, msg: "Timeout waiting for response from backend server." }),
    );
    expect(error).toBeInstanceOf(UnknownExecutionStatusError);
    expect(error).toMatchObject({ status: 408, binanceCode: -1007 });
    expect(server?.requests).toHaveLength(1);
  });

  it("connection reset before any response", async () => {
    const error = await cancelAgainst((_request, response) => {
      response.socket?.destroy();
    });
    expect(error).toBeInstanceOf(UnknownExecutionStatusError);
    expect(error).toMatchObject({ status: undefined, binanceCode: undefined, method: "DELETE" });
    expect((error as Error).message).toMatch(/network failure/);
    expect((error as Error).cause).toBeDefined();
    expect(server?.requests).toHaveLength(1);
  });

  it("a connection reset on the -1021 resend is unknown status too, with exactly one resend", async () => {
    let cancels = 0;
    const error = await cancelAgainst((request, response) => {
      if (request.path === "/api/v3/time") return sendJson(response, 200, { serverTime: Date.now() });
      cancels += 1;
      if (cancels === 1) return sendJson(response, 400, { code: -1021, msg: "outside recvWindow" });
      response.socket?.destroy();
    });
    expect(error).toBeInstanceOf(UnknownExecutionStatusError);
    expect(server?.signedRequests()).toHaveLength(2);
  });
});

describe("rate limits", () => {
  it("429 with Retry-After -> RateLimitError with retryAfterSeconds", async () => {
    const error = await cancelAgainst((_request, response) =>
      sendJson(response, 429, { code: -1003, msg: "Too many requests." }, { "Retry-After": "17" }),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: "RATE_LIMITED", status: 429, retryAfterSeconds: 17, banned: false, binanceCode: -1003 });
    expect((error as Error).message).toContain("17 s");
    expect(server?.requests).toHaveLength(1);
  });

  it("418 is a ban; a missing Retry-After is undefined, not 0", async () => {
    const error = await cancelAgainst((_request, response) => sendJson(response, 418, { code: -1003, msg: "banned" }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 418, banned: true, retryAfterSeconds: undefined });
  });
});
