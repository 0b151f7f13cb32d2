import type { Middleware } from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import { createSigner } from "../src/index.js";
import { API_KEY, API_SECRET } from "./support/keys.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient, verifyingHandler } from "./support/signed-client.js";
import { decodeParams } from "./support/verify-signature.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
});

/** A typical caller middleware: changes the URL after openapi-fetch built it. */
const addNewClientOrderId: Middleware = {
  onRequest({ request }) {
    const url = new URL(request.url);
    url.searchParams.set("newClientOrderId", "added-by-middleware'ok'");
    return new Request(url, request);
  },
};

describe("middleware order", () => {
  it("a middleware registered before the signer has its change signed", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(server.baseUrl, addNewClientOrderId, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));

    const { data, error } = await client.DELETE("/sapi/v1/margin/orderList", {
      params: { query: { symbol: "LTCBTC", orderListId: 0 } },
    });

    expect(error).toBeUndefined();
    expect(data?.symbol).toBe("LTCBTC");
    expect(Object.fromEntries(decodeParams(server.requests[0]?.query ?? "")).newClientOrderId).toBe(
      "added-by-middleware'ok'",
    );
  });

  it("a middleware registered after the signer breaks the signature (why the signer goes last)", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }), addNewClientOrderId);

    const { error } = await client.DELETE("/sapi/v1/margin/orderList", {
      params: { query: { symbol: "LTCBTC", orderListId: 0 } },
    });

    expect(error).toEqual({ code: -1022, msg: "Signature for this request is not valid." });
  });
});
