import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";
import { describe, expect, it } from "vitest";
import { startStandaloneSandbox } from "../src/index.js";

describe("the standalone server entry (sapi-kit sandbox)", () => {
  it("listens on loopback with generated HMAC and Ed25519 credentials that both sign, and stops cleanly", async () => {
    const server = await startStandaloneSandbox();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const { hmac, ed25519 } = server.credentials;
      expect(hmac.apiKey).not.toBe(ed25519.apiKey);
      for (const credentials of [hmac, { apiKey: ed25519.apiKey, privateKey: ed25519.privateKeyPem }]) {
        const client = createClient({ baseUrl: server.url });
        client.use(createSigner(credentials));
        const { data, error } = await client.GET("/sapi/v1/margin/openOrderList", { params: { query: {} } });
        expect(error).toBeUndefined();
        expect(data).toEqual([]);
      }
      expect(server.adminRoutes.map((route) => `${route.method} ${route.path}`)).toEqual([
        "POST /sandbox/v1/price",
        "GET /sandbox/v1/price",
        "GET /sandbox/v1/symbols",
        "POST /sandbox/v1/clock",
      ]);
      expect((await fetch(`${server.url}/sandbox/v1/symbols`)).status).toBe(200);
      const clock = await fetch(`${server.url}/sandbox/v1/clock`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ advanceMs: 1000 }),
      });
      expect(clock.status).toBe(200);
    } finally {
      await server.stop();
      await server.stop();
    }
    await expect(fetch(`${server.url}/api/v3/time`)).rejects.toThrow();
  });

  it("refuses a non-loopback host before listening", async () => {
    await expect(startStandaloneSandbox({ host: "0.0.0.0" })).rejects.toThrow(/loopback only/);
  });
});
