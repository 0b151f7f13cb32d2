import { afterEach, describe, expect, it } from "vitest";
import { createSigner } from "../src/index.js";
import { API_KEY, API_SECRET, ED25519_PEM, type KeyKind, RSA_PEM } from "./support/keys.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient, verifyingHandler } from "./support/signed-client.js";
import { decodeParams, splitSignature, verifySignature } from "./support/verify-signature.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function importPkcs8(pem: string, algorithm: RsaHashedImportParams | Algorithm): Promise<CryptoKey> {
  const der = Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ""), "base64");
  return crypto.subtle.importKey("pkcs8", der, algorithm, false, ["sign"]);
}

const credentials: [string, KeyKind, () => Promise<{ apiSecret: string } | { privateKey: string | CryptoKey }>][] = [
  ["HMAC secret", "hmac", async () => ({ apiSecret: API_SECRET })],
  ["RSA PEM", "rsa", async () => ({ privateKey: RSA_PEM })],
  ["Ed25519 PEM", "ed25519", async () => ({ privateKey: ED25519_PEM })],
  [
    "RSA CryptoKey",
    "rsa",
    async () => ({ privateKey: await importPkcs8(RSA_PEM, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }) }),
  ],
  ["Ed25519 CryptoKey", "ed25519", async () => ({ privateKey: await importPkcs8(ED25519_PEM, { name: "Ed25519" }) })],
];

describe("a signed call against a loopback server", () => {
  for (const [label, kind, makeCredentials] of credentials) {
    it(`${label}: the server verifies the signature of the query it received`, async () => {
      server = await startLoopbackServer(verifyingHandler(kind));
      const signer = createSigner({ apiKey: API_KEY, ...(await makeCredentials()) } as Parameters<typeof createSigner>[0]);
      const client = createTestClient(server.baseUrl, signer);

      const { data, error } = await client.DELETE("/sapi/v1/margin/orderList", {
        params: { query: { symbol: "LTCBTC", isIsolated: "TRUE", orderListId: 0 } },
      });

      expect(error).toBeUndefined();
      expect(data).toEqual({ orderListId: 0, symbol: "LTCBTC", ok: true });
      const [received] = server.requests;
      expect(server.requests).toHaveLength(1);
      expect(received?.method).toBe("DELETE");
      expect(received?.headers["x-mbx-apikey"]).toBe(API_KEY);
      const { payload, signature } = splitSignature(received?.query ?? "");
      expect(verifySignature(kind, payload, signature)).toBe(true);
      const names = decodeParams(received?.query ?? "").map(([name]) => name);
      expect(names).toEqual(["symbol", "isIsolated", "orderListId", "timestamp", "signature"]);
    });
  }

  it("puts recvWindow from the option before timestamp (as Binance's examples do); the caller's recvWindow wins and stays in place", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, recvWindow: 5000 }));

    await client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 1 } } });
    await client.DELETE("/sapi/v1/margin/orderList", {
      params: { query: { symbol: "LTCBTC", recvWindow: 20000, orderListId: 1 } },
    });

    const [first, second] = server.requests.map((r) => decodeParams(r.query));
    expect(first?.map(([name]) => name)).toEqual(["symbol", "orderListId", "recvWindow", "timestamp", "signature"]);
    expect(first?.find(([name]) => name === "recvWindow")?.[1]).toBe("5000");
    expect(second?.map(([name]) => name)).toEqual(["symbol", "recvWindow", "orderListId", "timestamp", "signature"]);
    expect(second?.find(([name]) => name === "recvWindow")?.[1]).toBe("20000");
    for (const request of server.requests) {
      const { payload, signature } = splitSignature(request.query);
      expect(verifySignature("hmac", payload, signature)).toBe(true);
    }
  });

  it("uses the local clock for timestamp when no sync is configured", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(
      server.baseUrl,
      createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, now: () => 1574040868128 }),
    );
    await client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } });
    expect(Object.fromEntries(decodeParams(server.requests[0]?.query ?? "")).timestamp).toBe("1574040868128");
    expect(server.requests.some((r) => r.path === "/api/v3/time")).toBe(false);
  });

  it("sends GET /api/v3/time through the client unsigned and without the API key", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    const { data } = await client.GET("/api/v3/time");
    expect(typeof data?.serverTime).toBe("number");
    expect(server.requests[0]?.rawUrl).toBe("/api/v3/time");
    expect(server.requests[0]?.headers["x-mbx-apikey"]).toBeUndefined();
  });
});
