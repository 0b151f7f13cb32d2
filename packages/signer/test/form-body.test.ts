import { afterEach, describe, expect, it } from "vitest";
import { SignerConfigError, createSigner } from "../src/index.js";
import { API_KEY, API_SECRET, ED25519_PEM } from "./support/keys.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient, verifyingHandler } from "./support/signed-client.js";
import { splitSignature, verifySignature } from "./support/verify-signature.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const formSerializer = (body: Record<string, string>) => new URLSearchParams(body).toString();
const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

describe("form bodies (Binance totalParams = query string + body)", () => {
  for (const [kind, credentials] of [
    ["hmac", { apiSecret: API_SECRET }],
    ["ed25519", { privateKey: ED25519_PEM }],
  ] as const) {
    it(`${kind}: signs query + body and appends the signature to the body`, async () => {
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
      expect(received?.query).toMatch(/^symbol=LTCBTC&timestamp=\d+&recvWindow=5000$/);
      const { payload, signature } = splitSignature(received?.body ?? "");
      expect(payload).toBe(formSerializer({ quantity: "1", note: "止损 OCO+@!'()~*" }));
      expect(verifySignature(kind, `${received?.query}${payload}`, signature)).toBe(true);
    });
  }

  it("a recvWindow in the body wins over the option; a timestamp in the body is refused", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, recvWindow: 5000 }));
    const post = (body: Record<string, string>) =>
      client.POST("/sapi/v1/margin/orderList", { body, bodySerializer: formSerializer, headers: FORM });

    await expect(post({ timestamp: "1" })).rejects.toThrow(SignerConfigError);
    expect(server.requests).toHaveLength(0);
    const { error } = await post({ recvWindow: "100" });
    expect(error).toBeUndefined();
    expect(server.requests[0]?.query).toMatch(/^timestamp=\d+$/);
  });
});
