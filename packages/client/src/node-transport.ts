import type { IncomingMessage } from "node:http";
import type { LightSend } from "./light-request.js";

/**
 * How the Node entry sends a signed request: over node:http / node:https
 * instead of `fetch`.
 *
 * Why: on Node, `fetch` is undici's WHATWG fetch, and most of a signed call's
 * cost over the wire is its machinery (a Request, a Headers list, an abort
 * signal, a web stream for the body) rather than the signing. ccxt sends
 * through undici's low-level request API for the same reason. Measured in
 * `npm run bench`: through `fetch` sapi-kit cost 1.10-1.14x a hand-written
 * `fetch` call; through node:http it costs less than that call.
 *
 * Only the plain case takes this path, the one the signer produces: a
 * request with `redirect: "manual"`, a string body or none, and no init
 * field beyond url, method, headers, body, redirect and signal. Everything
 * else goes to `fetch` as before, and so does every request when:
 * - the runtime is not Node (Bun and Deno resolve the "node" condition too),
 * - `globalThis.fetch` is no longer the one this module saw at load (a test
 *   double, MSW, or an app's own wrapper must keep seeing the requests),
 * - the undici global dispatcher is something other than a plain Agent (a
 *   ProxyAgent or EnvHttpProxyAgent set with setGlobalDispatcher, say):
 *   node:http would bypass it. (Node's fetch installs a plain Agent there on
 *   its first call, so a plain Agent alone proves nothing; an app whose own
 *   Agent carries options node:http must honour passes the client a `fetch`.)
 *
 * What the caller gets is what `fetch` gives for the same exchange: a
 * `Response` with the status, status text, headers, body and `url`; the
 * abort signal's reason when the caller's signal aborts; a
 * `TypeError("fetch failed", { cause })` for a network error. The request
 * carries `accept: *\/*` and `user-agent: node` as `fetch`'s does, but no
 * `accept-encoding`: the body arrives uncompressed, so nothing is decoded.
 */

const nativeFetch = globalThis.fetch;
// Node keeps the undici global dispatcher under this symbol (undici's setGlobalDispatcher).
const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");
const PLAIN_FIELDS = new Set(["url", "method", "headers", "body", "redirect", "signal"]);
const NULL_BODY_STATUS = new Set([204, 205, 304]);

type HttpModule = typeof import("node:http");
let modules: Promise<[HttpModule, typeof import("node:https")]> | undefined;

function isPlain(init: RequestInit): boolean {
  if (init.redirect !== "manual" || (init.body != null && typeof init.body !== "string")) return false;
  for (const field in init) if (!PLAIN_FIELDS.has(field)) return false;
  return true;
}

function plainDispatcher(): boolean {
  const dispatcher = (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER];
  return dispatcher === undefined || (dispatcher as object).constructor?.name === "Agent";
}

const onNode = (): boolean =>
  typeof process !== "undefined" && process.release?.name === "node" && !("Bun" in globalThis) && !("Deno" in globalThis);

export const sendOverNodeHttp: LightSend = async (url, init) => {
  if (globalThis.fetch !== nativeFetch || !plainDispatcher() || !isPlain(init) || !onNode()) {
    return fetch(url, init);
  }
  // Loaded on the first signed call, not at import: node:https brings TLS with it.
  modules ??= Promise.all([import("node:http"), import("node:https")]);
  const [http, https] = await modules;
  return exchange(url.startsWith("https:") ? https : http, url, init);
};

function exchange(transport: Pick<HttpModule, "request">, url: string, init: RequestInit): Promise<Response> {
  const { signal } = init;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const headers: Record<string, string> = { accept: "*/*", "user-agent": "node" };
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    // Stated, not left to node:http: for DELETE (the cancel's method) it would send the body with no length at all.
    if (typeof init.body === "string") headers["content-length"] = String(Buffer.byteLength(init.body));
    const failed = (cause: unknown) => reject(signal?.aborted ? signal.reason : new TypeError("fetch failed", { cause }));
    const request = transport.request(url, { method: init.method ?? "GET", headers, ...(signal && { signal }) }, (incoming: IncomingMessage) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("error", failed);
      incoming.on("end", () => {
        try {
          const status = incoming.statusCode ?? 0;
          const response = new Response(NULL_BODY_STATUS.has(status) || init.method === "HEAD" ? null : Buffer.concat(chunks), {
            status,
            statusText: incoming.statusMessage ?? "",
            headers: rawHeaders(incoming.rawHeaders),
          });
          Object.defineProperty(response, "url", { value: url });
          resolve(response);
        } catch (cause) {
          // A status Response refuses (outside 200-599): fetch fails on it too.
          failed(cause);
        }
      });
    });
    request.on("error", failed);
    request.end(init.body ?? undefined);
  });
}

function rawHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let at = 0; at < raw.length; at += 2) headers.append(raw[at] as string, raw[at + 1] as string);
  return headers;
}
