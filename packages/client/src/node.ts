// The package's entry under the "node" export condition (Node, and Bun and
// Deno, which resolve it too): the main entry, with a createClient that sends
// signed requests over node:http / node:https instead of `fetch` (see
// node-transport.ts for when, and why), and whose requests carry LightHeaders
// (node-request.ts), so that such a call never loads undici. Same API, same
// types, same results.
import type { ClientOptions } from "openapi-fetch";
import type { CallerPaths } from "./caller-paths.js";
import type { SapiClient } from "./create-client.js";
import { DEFAULT_BASE_URL } from "./default-base-url.js";
import { withDirectCalls } from "./direct-call.js";
import { createFetchClient, type Transport } from "./fetch-client.js";
import { createLightFetch } from "./light-request.js";
import { NodeRequest } from "./node-request.js";
import { sendOverNodeHttp } from "./node-transport.js";

// Said again here: the build keeps the error classes in their own file, and only
// an entry's own `export *` of it stays an ESM re-export (one nested in index.js
// would leave the classes out of this entry's named exports).
export * from "./errors.js";
export * from "./index.js";

/**
 * The main entry's createClient (same options, behaviour, results and
 * types); on Node, its signed requests go out over node:http / node:https.
 */
export function createClient(options?: ClientOptions): SapiClient {
  const clientOptions = { baseUrl: DEFAULT_BASE_URL, ...options };
  return withDirectCalls(createFetchClient<CallerPaths>(clientOptions, NODE_TRANSPORT), clientOptions, NODE_TRANSPORT.fetch());
}

/**
 * LightRequests (LightHeaders on Node), sent over node:http where it can; a
 * caller's `fetch` gets the Request they stand for. A call that only the
 * signer sees is made without Requests (direct-call.ts).
 */
const NODE_TRANSPORT: Transport = {
  Request: NodeRequest as unknown as typeof Request,
  fetch: (custom) => createLightFetch(custom, sendOverNodeHttp),
};
