import { afterEach, describe, expect, it } from "vitest";
import { ClockSyncError, createSigner } from "../src/index.js";
import { deadline } from "./support/deadline.js";
import { API_KEY, API_SECRET } from "./support/keys.js";
import { type LoopbackServer, sendJson, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient } from "./support/signed-client.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const CANCEL = { params: { query: { symbol: "LTCBTC", orderListId: 0 } } } as const;

describe("the caller's AbortSignal governs every request the signer makes for it", () => {
  it("the clock sync before the first request (syncClock: true)", async () => {
    const { signal, fire } = deadline();
    server = await startLoopbackServer((request, response) => {
      if (request.path === "/api/v3/time") return fire(); // and never answers
      sendJson(response, 200, {});
    });
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, syncClock: true }));
    const outcome = await client.DELETE("/sapi/v1/margin/orderList", { ...CANCEL, signal }).catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(ClockSyncError);
    expect((outcome as Error).cause).toMatchObject({ name: "TimeoutError" });
    expect(server.signedRequests()).toHaveLength(0);
  });

  it("the clock sync after a -1021, and nothing is resent", async () => {
    const { signal, fire } = deadline();
    server = await startLoopbackServer((request, response) => {
      if (request.path === "/api/v3/time") return fire(); // and never answers
      sendJson(response, 400, { code: -1021, msg: "outside recvWindow" });
    });
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    const outcome = await client.DELETE("/sapi/v1/margin/orderList", { ...CANCEL, signal }).catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(ClockSyncError);
    expect(server.signedRequests()).toHaveLength(1);
  });

  it("the -1021 resend itself, once it arrived: it may have executed", async () => {
    // Aborted by the server when the resend arrives, not by a timer: before it
    // is written an abort means "not sent", so a timer would race the resend.
    const controller = new AbortController();
    server = await startLoopbackServer((request, response) => {
      if (request.path === "/api/v3/time") return sendJson(response, 200, { serverTime: Date.now() });
      if (server?.signedRequests().length === 1) return sendJson(response, 400, { code: -1021, msg: "outside recvWindow" });
      controller.abort(new Error("stopped by the caller")); // and never answers
    });
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    const outcome = await client
      .DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } }, signal: controller.signal })
      .catch((error: unknown) => error);
    expect(server.signedRequests()).toHaveLength(2);
    // The resend was sent: it may have executed.
    expect(outcome).toMatchObject({ code: "UNKNOWN_EXECUTION_STATUS" });
    expect((outcome as Error).cause).toBe(controller.signal.reason);
  });
});
