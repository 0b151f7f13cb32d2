// The client's requests are LightRequests (packages/client/src/light-request.ts),
// not platform Requests: the signer builds the signed one with the same class,
// and everything the signer promises holds for them as it does with openapi-fetch.
import { createClient } from "@sapi-kit/client";
import { afterEach, describe, expect, it } from "vitest";
import { createSigner } from "../src/index.js";
import { deadline } from "./support/deadline.js";
import { API_KEY, API_SECRET } from "./support/keys.js";
import { type LoopbackServer, sendJson, startLoopbackServer } from "./support/loopback-server.js";
import { verifyingHandler } from "./support/signed-client.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const CANCEL = { params: { query: { symbol: "LTCBTC", orderListId: 0 } } } as const;
// The verifying handler answers { orderListId, symbol, ok }: not the spec's cancel body, so read it as text.
const AS_TEXT = { ...CANCEL, parseAs: "text" } as const;

describe("the signer with @sapi-kit/client's light requests", () => {
  it("signs what is sent; the signed request is the client's class, with the API key and redirects off", async () => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createClient({ baseUrl: server.baseUrl });
    const seen: Request[] = [];
    client.use({ onRequest: ({ request }) => void seen.push(request) });
    client.use(createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    // Registered after the signer, so its onResponse runs first and sees the signed request.
    client.use({ onResponse: ({ request }) => void seen.push(request) });
    const { data, response } = await client.DELETE("/sapi/v1/margin/orderList", AS_TEXT);
    expect(response.status).toBe(200);
    expect(JSON.parse(data as string)).toMatchObject({ ok: true, symbol: "LTCBTC" });
    const [unsigned, signed] = seen;
    expect(signed).not.toBe(unsigned);
    expect(signed?.constructor).toBe(unsigned?.constructor);
    expect(signed?.constructor).not.toBe(Request);
    expect(signed).toMatchObject({ method: "DELETE", redirect: "manual" });
    expect(signed?.url).toMatch(/\?symbol=LTCBTC&orderListId=0&timestamp=\d+&signature=[0-9a-f]{64}$/);
    expect(signed?.headers.get("x-mbx-apikey")).toBe(API_KEY);
  });

  it("the caller's AbortSignal still governs the -1021 resend", async () => {
    // Aborted by the server when the resend arrives (it was sent: may have executed), not by a timer.
    const controller = new AbortController();
    server = await startLoopbackServer((request, response) => {
      if (request.path === "/api/v3/time") return sendJson(response, 200, { serverTime: Date.now() });
      if (server?.signedRequests().length === 1) return sendJson(response, 400, { code: -1021, msg: "outside recvWindow" });
      controller.abort(new Error("stopped by the caller")); // and never answers
    });
    const client = createClient({ baseUrl: server.baseUrl });
    client.use(createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    const outcome = await client.DELETE("/sapi/v1/margin/orderList", { ...CANCEL, signal: controller.signal }).catch((error: unknown) => error);
    expect(server.signedRequests()).toHaveLength(2);
    expect(outcome).toMatchObject({ code: "UNKNOWN_EXECUTION_STATUS" });
    expect((outcome as Error).cause).toBe(controller.signal.reason);
  });
});
