import type { Middleware } from "openapi-fetch";
import type { Fetch } from "./light-request.js";
import { exchange, FETCH_HEADERS, nodeHttpUsable } from "./node-transport.js";
import { serializeQuery } from "./query-serializer.js";
import { type FetchResult, readResponse } from "./read-response.js";
import { SharedTimeout } from "./shared-timeout.js";

/**
 * The Node entry's shortcut for the common case: a client whose only
 * middleware is @sapi-kit/signer (its Node entries), called with a query and
 * maybe a signal.
 *
 * Why: in that case nothing but the signer ever sees the requests a call
 * builds or the response, and building them (a LightRequest per call and a
 * signed copy, each parsing its URL and copying a header map, the middleware
 * hand-offs, the transport's checks of a general request) was most of what a
 * signed call cost over a hand-written node:http call. So the client hands
 * the signer the call's parts instead, built from strings it already has:
 * the query serialized once, the origin and path prefix parsed once per
 * client. The signer (its direct-signer.ts, found on the middleware under
 * DIRECT_SIGNER) signs and has the exchange sent through `send`: node:http,
 * one write, the body read once. Everything else is the same code as a
 * middleware call: the query serializer and its checks, the signer's own
 * onRequest / onResponse / onError (clock sync, timeout, -1021 resend,
 * outcomes), the transport's exchange and readResponse; `response` is the
 * same LightResponse.
 *
 * Taken only when nothing could tell the difference; anything else goes the
 * usual way (createFetchClient's client, which this one wraps):
 * - the client's options are `baseUrl` alone, an absolute http(s) URL
 *   without credentials, query or fragment;
 * - exactly one middleware, and it offers DIRECT_SIGNER (the signer's Node
 *   entries; its default entry does not, nor does any other middleware);
 * - the call's options are `params` (with `query` only) and `signal`;
 * - the path needs no URL parsing: segments of unreserved characters only,
 *   none of them `.` or `..`;
 * - node:http may send it (nodeHttpUsable: Node, `fetch` and its dispatcher
 *   untouched);
 * - and the signer takes it (it leaves the unsigned server-time request alone).
 */

/** Where the signer's Node entries keep their DirectSigner on the middleware object. */
export const DIRECT_SIGNER = Symbol.for("@sapi-kit/signer.direct");

/** A call's parts, as the signer takes them. */
export interface DirectCall {
  method: string;
  /** As URL.origin writes it. */
  origin: string;
  /** The URL's path, as the URL parser would write it. */
  path: string;
  /** The query exactly as it goes on the wire, without `?` ("" when none). */
  query: string;
  /** The caller's signal, if any. */
  signal: AbortSignal | undefined;
  /** The client's `fetch`, as a middleware gets it in `options.fetch` (the signer's clock sync uses it). */
  fetch: Fetch;
  /**
   * Sends one request over node:http (FETCH_HEADERS added). Without `settle`
   * and `fail`, the promise is what the transport's fetch would resolve or
   * reject with; with them, it resolves with `settle(response)` and rejects
   * with `fail(error)`, decided inside the exchange (node-transport.ts).
   */
  send<T = Response>(
    method: string,
    url: string,
    headers: Record<string, string>,
    signal: AbortSignal | undefined,
    timeoutMs: number | undefined,
    settle?: (response: Response) => T | PromiseLike<T>,
    fail?: (error: unknown) => unknown,
  ): Promise<T>;
  /** The call's result from its final response (readResponse): what the signer's promise resolves with. */
  read(response: Response): Promise<FetchResult>;
}

/** The signer's side: the call's result (read by `read` from the final response, after its checks and its one -1021 resend), or undefined when it does not take the call. */
export type DirectSigner = (call: DirectCall) => Promise<FetchResult> | undefined;

// Unreserved characters in every segment, and no "." or ".." segment: the URL parser leaves such a path as it is.
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[\w.~-]*)*$/;

/**
 * The exchange for a call of a client at `host`: node:http takes the headers
 * as a flat list, written as given (the names and values are the client's
 * and the signer's own, already valid), with fetch's defaults and `Host` as
 * node:http would write it.
 */
const sender = (host: string): DirectCall["send"] => {
  // The client's calls share one timer (shared-timeout.ts): one per signer's timeoutMs, the last one used.
  let timeout: SharedTimeout | undefined;
  // The list for the signer's headers, built again only when they are another object (node:http does not change it).
  let given: Record<string, string> | undefined;
  let list: string[] = [];
  return (method, url, headers, signal, timeoutMs, settle, fail) => {
    if (headers !== given) {
      given = headers;
      list = ["accept", FETCH_HEADERS.accept, "user-agent", FETCH_HEADERS["user-agent"]];
      for (const name in headers) list.push(name, headers[name] as string);
      // Last and capitalized, where and as node:http adds it to a record of headers: the same bytes either way.
      list.push("Host", host);
    }
    if (timeoutMs && timeout?.ms !== timeoutMs) timeout = new SharedTimeout(timeoutMs);
    return exchange(url, method, list, null, signal, timeoutMs ? timeout : undefined, settle, fail);
  };
};

/** The client's origin and path prefix, when its options are `baseUrl` alone and that is plain. */
function plainBase(options: Record<string, unknown>): { origin: string; host: string; prefix: string; path: string } | undefined {
  const { baseUrl, ...rest } = options;
  if (typeof baseUrl !== "string" || Object.keys(rest).length) return undefined;
  let url: URL;
  try {
    // As the client joins them: the base without its trailing slash, then the path.
    url = new URL(`${baseUrl.replace(/\/$/, "")}/`);
  } catch {
    return undefined;
  }
  if (url.username || url.password || url.search || url.hash || !/^https?:$/.test(url.protocol)) return undefined;
  return { origin: url.origin, host: url.host, prefix: url.href.slice(0, -1), path: url.pathname.slice(0, -1) };
}

type Init = { params?: { query?: Record<string, unknown> }; signal?: AbortSignal | null };
// biome-ignore lint/suspicious/noExplicitAny: the client's methods, called with what its caller passed.
type Method = (...args: any[]) => any;
type Methods = Record<string, Method>;

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"];

/**
 * The Node entry's client: `client` (createFetchClient's) with its methods
 * making a call directly where they can (see above), and as usual otherwise.
 * `clientFetch` is the `fetch` its middleware would get in `options.fetch`.
 */
export function withDirectCalls<Client extends object>(client: Client, clientOptions: Record<string, unknown>, clientFetch: Fetch): Client {
  const base = plainBase(clientOptions);
  if (!base) return client;
  const send = sender(base.host);
  const methods = client as unknown as Methods;
  // The client's middleware, as its use() and eject() leave the list (one at a time, so that a
  // middleware use() refuses leaves the list as it leaves the client's).
  const middlewares: Middleware[] = [];
  const { use, eject, request } = methods as { use: Method; eject: Method; request: Method };
  methods.use = (...added: Middleware[]) => {
    for (const middleware of added) {
      use(middleware);
      if (middleware) middlewares.push(middleware);
    }
  };
  methods.eject = (...removed: Middleware[]) => {
    eject(...removed);
    for (const middleware of removed) {
      const at = middlewares.indexOf(middleware);
      if (at >= 0) middlewares.splice(at, 1);
    }
  };

  const direct = (method: string, schemaPath: string, init?: Init): Promise<FetchResult> | undefined => {
    const signer = middlewares.length === 1 ? ((middlewares[0] as Record<symbol, unknown>)[DIRECT_SIGNER] as DirectSigner | undefined) : undefined;
    if (!signer || !PLAIN_PATH.test(schemaPath) || !nodeHttpUsable(base.prefix)) return undefined;
    let params: Init["params"];
    let signal: AbortSignal | undefined;
    if (init) {
      for (const key in init) if (key !== "params" && key !== "signal") return undefined;
      params = init.params;
      signal = init.signal ?? undefined;
      if (params) for (const key in params) if (key !== "query") return undefined;
    }
    let query: string;
    try {
      query = serializeQuery(params?.query ?? {});
    } catch (error) {
      // As from the usual path: a rejected call, never a throw.
      return Promise.reject(error);
    }
    const read = (response: Response) => readResponse(response, method, method, schemaPath, "json");
    return signer({ method, origin: base.origin, path: base.path + schemaPath, query, signal, fetch: clientFetch, send, read });
  };

  for (const method of METHODS) {
    const usual = methods[method] as Method;
    methods[method] = (path: string, init?: Init) => direct(method, path, init) ?? usual(path, init);
  }
  methods.request = (method: string, path: string, init?: Init) => direct(method.toUpperCase(), path, init) ?? request(method, path, init);
  return client;
}
