import { afterEach, describe, expect, it } from "vitest";
import { ClockSyncError, createSigner } from "../src/index.js";
import { API_KEY, API_SECRET } from "./support/keys.js";
import { type LoopbackServer, sendJson, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient, verifyingHandler } from "./support/signed-client.js";
import { decodeParams } from "./support/verify-signature.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * A simulated world: the local clock only moves when the test says so. The
 * server's clock runs `skewMs` ahead; each network leg takes its own time.
 */
function simulatedClocks(skewMs: number, outboundMs: number, returnMs: number) {
  let local = 1_700_000_000_000;
  return {
    now: () => local,
    advance: (ms: number) => {
      local += ms;
    },
    /** Server handler for GET /api/v3/time: the request travels, the server reads its clock, the answer travels. */
    serverTime() {
      local += outboundMs;
      const serverTime = local + skewMs;
      local += returnMs;
      return serverTime;
    },
  };
}

function clockServer(clocks: ReturnType<typeof simulatedClocks>) {
  const verify = verifyingHandler("hmac");
  return startLoopbackServer((request, response) =>
    request.path === "/api/v3/time" ? sendJson(response, 200, { serverTime: clocks.serverTime() }) : verify(request, response),
  );
}

describe("server-time sync", () => {
  it("with symmetric latency the offset equals the true skew (round-trip midpoint)", async () => {
    const clocks = simulatedClocks(-4321, 30, 30);
    server = await clockServer(clocks);
    const signer = createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, now: clocks.now });
    await signer.syncClock(server.baseUrl);
    expect(signer.clockOffsetMs()).toBe(-4321);
  });

  it("with asymmetric latency the error is half the difference of the legs", async () => {
    const clocks = simulatedClocks(2500, 10, 90);
    server = await clockServer(clocks);
    const signer = createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, now: clocks.now });
    await signer.syncClock(server.baseUrl);
    // Midpoint is 50 ms after sending; the server read its clock 10 ms after sending.
    expect(signer.clockOffsetMs()).toBe(2500 + (10 - 50));
  });

  it("syncs lazily before the first signed request only, and timestamps use the offset", async () => {
    const clocks = simulatedClocks(7000, 20, 20);
    server = await clockServer(clocks);
    const signer = createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, now: clocks.now, syncClock: true });
    const client = createTestClient(server.baseUrl, signer);
    const cancel = () => client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } });

    expect(signer.clockOffsetMs()).toBe(0);
    expect(server.requests).toHaveLength(0);
    await Promise.all([cancel(), cancel()]);
    clocks.advance(1000);
    await cancel();

    expect(server.requests.map((r) => r.path)).toEqual([
      "/api/v3/time",
      "/sapi/v1/margin/orderList",
      "/sapi/v1/margin/orderList",
      "/sapi/v1/margin/orderList",
    ]);
    const lastTimestamp = Number(Object.fromEntries(decodeParams(server.requests[3]?.query ?? "")).timestamp);
    expect(lastTimestamp).toBe(clocks.now() + 7000);
  });

  it("syncClock() refreshes against the origin of the last request", async () => {
    const clocks = simulatedClocks(100, 5, 5);
    server = await clockServer(clocks);
    const signer = createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, now: clocks.now, syncClock: true });
    const client = createTestClient(server.baseUrl, signer);
    await client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } });
    await signer.syncClock();
    expect(server.requests.filter((r) => r.path === "/api/v3/time")).toHaveLength(2);
    expect(signer.clockOffsetMs()).toBe(100);
  });

  it("syncClock() before any request and without baseUrl is a clear error", async () => {
    const signer = createSigner({ apiKey: API_KEY, apiSecret: API_SECRET });
    await expect(signer.syncClock()).rejects.toThrow(/needs a baseUrl/);
  });

  it("a failing time endpoint is a ClockSyncError and the signed request is not sent", async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 503, { code: -1001, msg: "down" }));
    const signer = createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, syncClock: true });
    const client = createTestClient(server.baseUrl, signer);
    const call = client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } });
    await expect(call).rejects.toBeInstanceOf(ClockSyncError);
    await expect(call).rejects.toMatchObject({ code: "CLOCK_SYNC", message: expect.stringContaining("HTTP 503") });
    expect(server.signedRequests()).toHaveLength(0);
  });

  it("an unreachable time endpoint is a ClockSyncError carrying the cause", async () => {
    server = await startLoopbackServer(() => undefined);
    const closedUrl = server.baseUrl;
    await server.close();
    server = undefined;
    const signer = createSigner({ apiKey: API_KEY, apiSecret: API_SECRET });
    const error = await signer.syncClock(closedUrl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClockSyncError);
    expect((error as Error).cause).toBeDefined();
  });

  it.each([
    ["1e300", "1e300"],
    ["beyond 2^53", "9007199254740993"],
    ["negative", "-1700000000000"],
    ["Infinity (1e400 in JSON)", "1e400"],
    ["a numeric string", '"1700000000000"'],
    ["null", "null"],
    ["microseconds (16 digits)", "1700000000000000"],
  ])("an absurd serverTime is refused: %s", async (_label, serverTimeJson) => {
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(`{"serverTime":${serverTimeJson}}`);
    });
    const signer = createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, syncClock: true });
    const client = createTestClient(server.baseUrl, signer);
    const call = client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } });
    await expect(call).rejects.toBeInstanceOf(ClockSyncError);
    expect(signer.clockOffsetMs()).toBe(0);
    expect(server.signedRequests()).toHaveLength(0);
  });

  it.each([
    ["an empty body", ""],
    ["HTML", "<html><body>502 Bad Gateway</body></html>"],
  ])("a time endpoint answering 200 with %s is a ClockSyncError", async (_label, body) => {
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(body);
    });
    const error = await createSigner({ apiKey: API_KEY, apiSecret: API_SECRET })
      .syncClock(server.baseUrl)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClockSyncError);
  });
});
