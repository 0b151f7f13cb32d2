import { afterEach, describe, expect, it } from "vitest";
import { SignerConfigError, createSigner } from "../src/index.js";
import { API_KEY, API_SECRET, ED25519_PEM } from "./support/keys.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient, verifyingHandler } from "./support/signed-client.js";
import { decodeParams, splitSignature, verifySignature } from "./support/verify-signature.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const formSerializer = (body: Record<string, string>) => new URLSearchParams(body).toString();
const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

// Binance, "SIGNED Endpoint Examples for POST /api/v3/order", Examples 2 and 3
// (https://developers.binance.com/docs/binance-spot-api-docs/rest-api/request-security):
// totalParams is the query string immediately followed by the body, and
// `timestamp` and `signature` travel at the end of the body.
describe("form bodies (Binance totalParams = query string + body)", () => {
  for (const [kind, credentials] of [
    ["hmac", { apiSecret: API_SECRET }],
    ["ed25519", { privateKey: ED25519_PEM }],
  ] as const) {
    it(`${kind}: mixed query and body: recvWindow, timestamp and signature are appended to the body`, async () => {
      server = await startLoopbackServer(verifyingHandler(kind));
      const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, ...credentials, recvWindow: 5000 }));

      const { data, error } = await client.POST("/sapi/v1/margin/orderList", {
        params: { query: { symbol: "LTCBTC" } },
        body: { quantity: "1", note: "止损 OCO+@!'()~*" },
        bodySerializer: formSerializer,
        headers: FORM,
      });

      expect(error).toBeUndefined();
      expect(data?.ok).toBe(true);
      const [received] = server.requests;
      expect(received?.query).toBe("symbol=LTCBTC");
      const { payload, signature } = splitSignature(received?.body ?? "");
      expect(payload).toMatch(new RegExp(`^${escapeRegExp(formSerializer({ quantity: "1", note: "止损 OCO+@!'()~*" }))}&recvWindow=5000&timestamp=\\d+$`));
      expect(verifySignature(kind, `${received?.query}${payload}`, signature)).toBe(true);
      expect(received?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    });
  }

  it("everything in the body (python-binance's form): the query stays empty", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    const { error } = await client.POST("/sapi/v1/margin/orderList", {
      body: { symbol: "LTCBTC", orderListId: "0" },
      bodySerializer: formSerializer,
      headers: FORM,
    });
    expect(error).toBeUndefined();
    const [received] = server.requests;
    expect(received?.rawUrl).toBe("/sapi/v1/margin/orderList");
    expect(decodeParams(received?.body ?? "").map(([name]) => name)).toEqual(["symbol", "orderListId", "timestamp", "signature"]);
  });

  it("accepts a charset parameter on the form content type", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    const { error } = await client.POST("/sapi/v1/margin/orderList", {
      body: { symbol: "LTCBTC" },
      bodySerializer: formSerializer,
      headers: { "Content-Type": "Application/X-WWW-Form-Urlencoded; charset=UTF-8" },
    });
    expect(error).toBeUndefined();
  });

  it("a recvWindow in the body wins over the option; a timestamp in the body is refused", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, recvWindow: 5000 }));
    const post = (body: Record<string, string>) =>
      client.POST("/sapi/v1/margin/orderList", { body, bodySerializer: formSerializer, headers: FORM });

    await expect(post({ timestamp: "1" })).rejects.toThrow(SignerConfigError);
    expect(server.requests).toHaveLength(0);
    const { error } = await post({ recvWindow: "100" });
    expect(error).toBeUndefined();
    expect(server.requests[0]?.query).toBe("");
    expect(server.requests[0]?.body).toMatch(/^recvWindow=100&timestamp=\d+&signature=[0-9a-f]{64}$/);
  });

  it("an empty body is no body: the parameters go to the query, with no internal TypeError", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    const { error } = await client.POST("/sapi/v1/margin/orderList", {
      params: { query: { symbol: "LTCBTC" } },
      body: {},
      bodySerializer: () => "",
      headers: FORM,
    });
    expect(error).toBeUndefined();
    expect(server.requests[0]?.query).toMatch(/^symbol=LTCBTC&timestamp=\d+&signature=[0-9a-f]{64}$/);
    expect(server.requests[0]?.body).toBe("");
  });

  it.each([
    ["JSON (openapi-fetch's default body serializer)", {}, undefined],
    ["text/plain", { "Content-Type": "text/plain" }, (body: Record<string, string>) => formSerializer(body)],
    ["no content type at all", { "Content-Type": null }, (body: Record<string, string>) => formSerializer(body)],
  ] as const)("a non-form body is refused before anything is sent: %s", async (_label, headers, bodySerializer) => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    const call = client.POST("/sapi/v1/margin/orderList", {
      body: { symbol: "LTCBTC" },
      headers,
      ...(bodySerializer ? { bodySerializer } : {}),
    });
    await expect(call).rejects.toThrow(SignerConfigError);
    await expect(call).rejects.toThrow(/application\/x-www-form-urlencoded/);
    expect(server.requests).toHaveLength(0);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
