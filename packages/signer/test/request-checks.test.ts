import { afterEach, describe, expect, it } from "vitest";
import { SignerConfigError, createSigner } from "../src/index.js";
import { API_KEY, API_SECRET } from "./support/keys.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient, verifyingHandler } from "./support/signed-client.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("requests the signer refuses, before anything is sent", () => {
  it.each([
    ["timestamp", { timestamp: 1 }, /Remove "timestamp"/],
    ["signature", { signature: "abc" }, /Remove "signature"/],
    ["recvWindow 0", { recvWindow: 0 }, /recvWindow in the request query must be an integer from 1 to 60000/],
    ["recvWindow 60001", { recvWindow: 60001 }, /got "60001"/],
    ["recvWindow 1.5", { recvWindow: 1.5 }, /got "1.5"/],
    // Binance's spot /api/v3 pages allow three decimals (6000.346); its margin
    // pages type recvWindow as LONG, so on /sapi a decimal is refused locally.
    ["recvWindow 6000.346 (spot-only decimals)", { recvWindow: 6000.346 }, /got "6000.346"/],
    ["an empty recvWindow", { recvWindow: "" as unknown as number }, /got ""/],
    ["a percent-encoded timestamp", { "%74imestamp": 1 }, /Remove "timestamp"/],
  ])("caller query with %s", async (_label, extra, message) => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    const call = client.DELETE("/sapi/v1/margin/orderList", {
      params: { query: { symbol: "LTCBTC", orderListId: 0, ...extra } },
    });
    await expect(call).rejects.toThrow(SignerConfigError);
    await expect(call).rejects.toThrow(message);
    expect(server.requests).toHaveLength(0);
  });
});
