import { afterEach, describe, expect, it } from "vitest";
import { createSigner } from "../src/index.js";
import { API_KEY, API_SECRET } from "./support/keys.js";
import { type CapturedRequest, type LoopbackServer, sendJson, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient, verifyingHandler } from "./support/signed-client.js";
import { decodeParams, splitSignature, verifySignature } from "./support/verify-signature.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const RECV_WINDOW = 5000;
const SERVER_AHEAD_MS = 60_000;
const timestampOf = (request: CapturedRequest | undefined) => Number(Object.fromEntries(decodeParams(request?.query ?? "")).timestamp);

/** Applies Binance's timestamp rule against a server clock that runs a minute ahead. */
function skewedServer() {
  const verify = verifyingHandler("hmac");
  return startLoopbackServer((request, response) => {
    const serverTime = Date.now() + SERVER_AHEAD_MS;
    if (request.path === "/api/v3/time") return sendJson(response, 200, { serverTime });
    const timestamp = timestampOf(request);
    if (!(timestamp < serverTime + 1000 && serverTime - timestamp <= RECV_WINDOW)) {
      return sendJson(response, 400, { code: -1021, msg: "Timestamp for this request is outside of the recvWindow." });
    }
    return verify(request, response);
  });
}

const cancel = (client: ReturnType<typeof createTestClient>) =>
  client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } });

describe("-1021 recovery", () => {
  it("resyncs and resends once with a fresh timestamp and signature", async () => {
    server = await skewedServer();
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));

    const { data, error } = await cancel(client);

    expect(error).toBeUndefined();
    expect(data?.symbol).toBe("LTCBTC");
    expect(server.requests.map((r) => r.path)).toEqual([
      "/sapi/v1/margin/orderList",
      "/api/v3/time",
      "/sapi/v1/margin/orderList",
    ]);
    const [first, , resent] = server.requests;
    expect(timestampOf(resent) - timestampOf(first)).toBeGreaterThan(SERVER_AHEAD_MS - 1000);
    const { payload, signature } = splitSignature(resent?.query ?? "");
    expect(verifySignature("hmac", payload, signature)).toBe(true);
    expect(resent?.headers["x-mbx-apikey"]).toBe(API_KEY);
  });

  it("never resends twice: a second -1021 comes back as the typed error", async () => {
    server = await startLoopbackServer((request, response) =>
      request.path === "/api/v3/time"
        ? sendJson(response, 200, { serverTime: Date.now() })
        : sendJson(response, 400, { code: -1021, msg: "Timestamp for this request is outside of the recvWindow." }),
    );
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));

    const { error, response } = await cancel(client);

    expect(error?.code).toBe(-1021);
    expect(response.status).toBe(400);
    expect(server.signedRequests()).toHaveLength(2);
  });

  it("with retryOnTimestampError: false the -1021 is returned without a resend", async () => {
    server = await skewedServer();
    const client = createTestClient(
      server.baseUrl,
      createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, retryOnTimestampError: false }),
    );
    const { error } = await cancel(client);
    expect(error?.code).toBe(-1021);
    expect(server.requests).toHaveLength(1);
  });

  it("other Binance rejections are returned as the typed error, never resent", async () => {
    server = await startLoopbackServer((_request, response) =>
      sendJson(response, 400, { code: -2011, msg: "Unknown order sent." }),
    );
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    const { data, error } = await cancel(client);
    expect(data).toBeUndefined();
    expect(error).toEqual({ code: -2011, msg: "Unknown order sent." });
    expect(server.requests).toHaveLength(1);
  });
});
