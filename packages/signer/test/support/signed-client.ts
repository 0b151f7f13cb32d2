import createClient, { type Middleware } from "openapi-fetch";
import { type KeyKind, API_KEY } from "./keys.js";
import { type Handler, sendJson } from "./loopback-server.js";
import type { TestPaths } from "./paths.js";
import { decodeParams, splitSignature, verifySignature } from "./verify-signature.js";

/** openapi-fetch client with `middleware` registered in order (the signer last, as documented). */
export function createTestClient(baseUrl: string, ...middleware: Middleware[]) {
  const client = createClient<TestPaths>({ baseUrl });
  client.use(...middleware);
  return client;
}

/**
 * Answers like Binance would for a signature check: 200 with the decoded
 * symbol when the API key and signature verify, else -2014/-1022.
 */
export function verifyingHandler(kind: KeyKind): Handler {
  return (request, response) => {
    if (request.path === "/api/v3/time") return sendJson(response, 200, { serverTime: Date.now() });
    if (request.headers["x-mbx-apikey"] !== API_KEY) {
      return sendJson(response, 401, { code: -2014, msg: "API-key format invalid." });
    }
    let valid = false;
    try {
      const { payload, signature } = splitSignature(request.body === "" ? request.query : request.body);
      valid = verifySignature(kind, request.body === "" ? payload : request.query + payload, signature);
    } catch {
      // signature missing or not last
    }
    if (!valid) {
      return sendJson(response, 400, { code: -1022, msg: "Signature for this request is not valid." });
    }
    const params = Object.fromEntries(decodeParams(request.query));
    sendJson(response, 200, { orderListId: 0, symbol: params.symbol ?? "", ok: true });
  };
}
