import { afterEach, describe, expect, it } from "vitest";
import { ResponseUnreadableError, SapiKitError, createSigner } from "../src/index.js";
import { API_KEY, API_SECRET } from "./support/keys.js";
import { type LoopbackServer, sendJson, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient, verifyingHandler } from "./support/signed-client.js";

const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(...args: Parameters<typeof startLoopbackServer>) {
  const server = await startLoopbackServer(...args);
  servers.push(server);
  return server;
}

/** A server that redirects everything to `target`, keeping path and query (as a misconfigured proxy would). */
function redirectingTo(target: LoopbackServer, status: number) {
  return start((request, response) => {
    response.writeHead(status, { location: `${target.baseUrl}${request.rawUrl}` });
    response.end();
  });
}

describe("signed requests never follow a redirect", () => {
  it.each([301, 302, 303, 307, 308])("HTTP %i: nothing reaches the other host; a typed error says it did not execute", async (status) => {
    const elsewhere = await start(verifyingHandler("hmac"));
    const redirecting = await redirectingTo(elsewhere, status);
    const client = createTestClient(redirecting.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));

    const error = await client
      .DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } })
      .catch((e: unknown) => e);

    expect(elsewhere.requests).toHaveLength(0);
    expect(redirecting.requests).toHaveLength(1);
    expect(error).toBeInstanceOf(ResponseUnreadableError);
    expect(error).toBeInstanceOf(SapiKitError);
    expect(error).toMatchObject({
      code: "RESPONSE_UNREADABLE",
      status,
      method: "DELETE",
      path: "/sapi/v1/margin/orderList",
      outcome: "rejected",
      reason: { kind: "redirect" },
    });
    // Neither the redirect target nor the signed query appears in the error.
    expect(JSON.stringify(error) + String(error)).not.toMatch(/signature|127\.0\.0\.1/);
  });

  it("the -1021 resend does not follow a redirect either", async () => {
    const elsewhere = await start(verifyingHandler("hmac"));
    let cancels = 0;
    const server = await start((request, response) => {
      if (request.path === "/api/v3/time") return sendJson(response, 200, { serverTime: Date.now() });
      cancels += 1;
      if (cancels === 1) return sendJson(response, 400, { code: -1021, msg: "outside recvWindow" });
      response.writeHead(307, { location: `${elsewhere.baseUrl}${request.rawUrl}` });
      response.end();
    });
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    const error = await client
      .DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "RESPONSE_UNREADABLE", status: 307, outcome: "rejected" });
    expect(elsewhere.requests).toHaveLength(0);
    expect(server.signedRequests()).toHaveLength(2);
  });
});
