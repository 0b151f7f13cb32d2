import type { IncomingMessage } from "node:http";
import { LightHeaders } from "./light-headers.js";
import { type LightInit, type LightSend, withTimeout } from "./light-request.js";
import { LightResponse } from "./light-response.js";
import { RequestNotSentError } from "./request-not-sent-error.js";
import type { SharedTimeout, Waiting } from "./shared-timeout.js";

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
 * field beyond url, method, headers, body, redirect, signal and the
 * signer's `timeoutMs` (run here on a timer, see withTimeout). Everything
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
 * `Response` with the status, status text, headers, body (decoded, see
 * decode) and `url`; a failure after the status line (the connection cut
 * mid-body, the signal aborting) fails the body, not the call, as with fetch,
 * which resolves at the status line; the signal's reason when it aborts before; a
 * `TypeError("fetch failed", { cause })` for a network error. One thing
 * more than fetch: a failure before any byte of the request was written (no
 * connection, no TLS, an aborted signal) is a RequestNotSentError, whose
 * `cause` is what fetch would have thrown; fetch cannot tell those apart
 * from a failure after sending. The request carries `accept: *\/*` and
 * `user-agent: node` as `fetch`'s does, but no `accept-encoding`.
 */

const nativeFetch = globalThis.fetch;
// Node keeps the undici global dispatcher under this symbol (undici's setGlobalDispatcher).
const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");
const PLAIN_FIELDS = new Set(["url", "method", "headers", "body", "redirect", "signal", "timeoutMs"]);
const NULL_BODY_STATUS = new Set([204, 205, 304]);

type HttpModule = typeof import("node:http");

function isPlain(url: string, init: LightInit): boolean {
  if (init.redirect !== "manual" || (init.body != null && typeof init.body !== "string")) return false;
  for (const field in init) if (!PLAIN_FIELDS.has(field)) return false;
  // Credentials in the URL: fetch refuses them, node:http would send them as Basic auth.
  return url.lastIndexOf("@", url.indexOf("/", 8)) < 0;
}

function plainDispatcher(): boolean {
  const dispatcher = (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER];
  return dispatcher === undefined || (dispatcher as object).constructor?.name === "Agent";
}

// Asked once: the runtime does not change, and the lookups cost microseconds a call.
const ON_NODE = typeof process !== "undefined" && process.release?.name === "node" && !("Bun" in globalThis) && !("Deno" in globalThis);

export const sendOverNodeHttp: LightSend = (url, init) => {
  if (!isPlain(url, init) || !nodeHttpUsable(url)) return fetch(url, withTimeout(init));
  return exchange(url, init.method, requestHeaders(init), init.body as string | null | undefined, init.signal, init.timeoutMs);
};

/**
 * Whether node:http may send to `url` in place of `fetch` (see above): on
 * Node, `fetch` and the undici dispatcher as they were, an http(s) URL.
 */
export function nodeHttpUsable(url: string): boolean {
  return ON_NODE && globalThis.fetch === nativeFetch && plainDispatcher() && (url.startsWith("http:") || url.startsWith("https:"));
}

/** A scheme's module and the keep-alive pool the transport sends through. */
interface Scheme {
  request: HttpModule["request"];
  agent: import("node:http").Agent;
}

// Loaded once per scheme: a lookup per call is one more call per call.
let http: Scheme | undefined;
let https: Scheme | undefined;
function loaded(secure: boolean): Scheme {
  const module = process.getBuiltinModule(secure ? "node:https" : "node:http") as HttpModule;
  const scheme = { request: module.request, agent: idleAgent(module.Agent, secure) };
  if (secure) https = scheme;
  else http = scheme;
  return scheme;
}

/** How long a pooled connection may sit idle before it is closed: undici's default (fetch's pool). */
const IDLE_MS = 4_000;
const IDLE_SINCE = Symbol("idle since");
/** Set on a socket once it is connected (for https, the TLS handshake done): from then on a request on it may have been written. */
const CONNECTED = Symbol("connected");
type PooledSocket = import("node:net").Socket & { [IDLE_SINCE]?: number; [CONNECTED]?: true };

/**
 * The transport's own keep-alive pool, as fetch has its own (undici's): a
 * plain keep-alive Agent, as the floor's (bench/contenders/raw-node-http.mjs).
 * Not http.globalAgent: its 5 s socket timeout stays armed while a request is
 * in flight, and node:http re-arms it on every read and write, which cost a
 * signed call about 5 % over the floor. Idle connections are closed here by
 * one sweep a second instead, once they have waited IDLE_MS in the pool, so
 * that a connection the server is about to close (Node's servers: after 5 s)
 * is not reused; the sweep runs only while the pool holds a connection, and
 * neither it nor a pooled connection keeps the process alive. Unbounded
 * sockets, as undici's pool.
 */
function idleAgent(Agent: HttpModule["Agent"], secure: boolean): import("node:http").Agent {
  let sweeping: ReturnType<typeof setInterval> | undefined;
  const agent = new (class extends Agent {
    // Marked once per connection, so that an exchange needs no listener of its own to know whether it was written.
    override createConnection(options: object, callback?: unknown): import("node:stream").Duplex {
      // biome-ignore lint/suspicious/noExplicitAny: Agent.prototype.createConnection is net's or tls's, typed loosely.
      const socket = (super.createConnection as any)(options, callback) as PooledSocket;
      socket.once(secure ? "secureConnect" : "connect", () => {
        socket[CONNECTED] = true;
      });
      return socket;
    }
    // node:http reads the result (false: the server's Keep-Alive hint says not to pool it), though its types say void.
    override keepSocketAlive(socket: PooledSocket): boolean {
      socket[IDLE_SINCE] = Date.now();
      sweeping ??= setInterval(sweep, 1_000).unref();
      return super.keepSocketAlive(socket) as unknown as boolean;
    }
  })({ keepAlive: true });
  function sweep() {
    const now = Date.now();
    let pooled = false;
    for (const sockets of Object.values(agent.freeSockets) as PooledSocket[][]) {
      for (const socket of sockets) {
        if (now - (socket[IDLE_SINCE] ?? now) >= IDLE_MS) socket.destroy();
        else pooled = true;
      }
    }
    if (!pooled) {
      clearInterval(sweeping);
      sweeping = undefined;
    }
  }
  return agent;
}

/** What fetch adds to a request's headers by default, and the transport too. */
export const FETCH_HEADERS = { accept: "*/*", "user-agent": "node" } as const;

/**
 * node:http's request options, read off the URL as the URL parser wrote it
 * (LightRequest's `url`): no second parse, no urlToHttpOptions. The fragment
 * stays here, as fetch keeps it off the wire.
 */
function target(url: string, secure: boolean): {
  hostname: string;
  port: string | number;
  path: string;
  method?: string;
  headers?: Record<string, string> | string[];
  signal?: AbortSignal;
  agent?: import("node:http").Agent;
} {
  const hostStart = secure ? 8 : 7;
  let pathStart = url.indexOf("/", hostStart);
  if (pathStart < 0) pathStart = url.length;
  const authority = url.slice(hostStart, pathStart);
  const colon = authority.lastIndexOf(":");
  const hasPort = colon > authority.lastIndexOf("]");
  const host = hasPort ? authority.slice(0, colon) : authority;
  const fragment = url.indexOf("#", pathStart);
  return {
    // An IPv6 literal goes to node:http without its brackets.
    hostname: host.startsWith("[") ? host.slice(1, -1) : host,
    port: hasPort ? authority.slice(colon + 1) : secure ? 443 : 80,
    path: url.slice(pathStart, fragment < 0 ? url.length : fragment) || "/",
  };
}

/** The request's headers as node:http takes them, with what fetch adds by default. */
function requestHeaders(init: LightInit): Record<string, string> {
  const headers: Record<string, string> = { ...FETCH_HEADERS };
  const given = init.headers instanceof LightHeaders ? init.headers : new LightHeaders(init.headers);
  // forEach, not for...of: no [name, value] array per header.
  given.map.forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

/** The error for an exchange nothing of which was written: it names the origin and the path, never the query (it carries the signature). */
function notSent(url: string, secure: boolean, method: string, path: string, cause: unknown): RequestNotSentError {
  const query = path.indexOf("?");
  return new RequestNotSentError({ method, path: query < 0 ? path : path.slice(0, query), origin: url.slice(0, url.indexOf("/", secure ? 8 : 7) >>> 0), cause });
}

/**
 * One exchange over node:http / node:https: `url` as the URL parser wrote it,
 * `headers` as node:http takes them (lower-case names, fetch's defaults
 * included): a record, or, without a body, a flat [name, value, ...] list
 * with `host` in it, which node:http writes as given, without checking each
 * header again; a string body or none; the signer's timeout in ms (a timer of
 * its own) or a SharedTimeout (a client's direct calls).
 *
 * `settle` and `fail` (a client's direct calls: the signer's checks of the
 * response, and what a failure means for the call) run inside this
 * exchange's own promise, on the response and on a failure: the promise is
 * the call's result, with no step after it. Without them it is what `fetch`
 * would resolve or reject with.
 */
export function exchange<T = Response>(
  url: string,
  method = "GET",
  headers: Record<string, string> | string[],
  body: string | null | undefined,
  signal: AbortSignal | null | undefined,
  timeout: number | SharedTimeout | undefined,
  settle?: (response: Response) => T | PromiseLike<T>,
  fail?: (error: unknown) => unknown,
): Promise<T> {
  const secure = url.startsWith("https:");
  // Built-ins, loaded on the first signed call to their scheme, not at import: node:https brings TLS with it.
  const transport = (secure ? https : http) ?? loaded(secure);
  // Stated, not left to node:http: for DELETE (the cancel's method) it would send the body with no length at all.
  if (typeof body === "string") (headers as Record<string, string>)["content-length"] = String(Buffer.byteLength(body));
  return new Promise<T>((resolve, rejectWith) => {
    const reject = (error: unknown) => rejectWith(fail ? fail(error) : error);
    let incoming: IncomingMessage | undefined;
    const options = target(url, secure);
    if (signal?.aborted) return reject(notSent(url, secure, method, options.path, signal.reason));
    // Called once the status line arrived (`incoming` is set), with the body read or failing.
    const respond = (body: Buffer | null, failure?: { error: unknown }) => {
      stop();
      const { statusCode: status = 0, statusMessage = "", rawHeaders } = incoming as IncomingMessage;
      let response: LightResponse;
      try {
        // A response that has no body cannot fail reading one.
        const bodyless = NULL_BODY_STATUS.has(status) || method === "HEAD";
        response = new LightResponse(url, status, statusMessage, rawHeaders, bodyless ? null : body, bodyless ? undefined : failure);
      } catch (cause) {
        // A status Response refuses (outside 200-599): fetch fails on it too.
        return reject(new TypeError("fetch failed", { cause }));
      }
      if (!settle) return resolve(response as unknown as T);
      try {
        resolve(settle(response));
      } catch (error) {
        // What the checks throw is the call's error as it is.
        rejectWith(error);
      }
    };
    // The signer's timeout, stopped when the exchange ends: what AbortSignal.timeout does for
    // fetch (withTimeout), with the same TimeoutError as reason. A number: a timer of its own;
    // a client's direct calls share one (shared-timeout.ts).
    let timedOut: DOMException | undefined;
    const expire = () => {
      timedOut = new DOMException("The operation was aborted due to timeout", "TimeoutError");
      request.destroy(timedOut);
    };
    // Started once the request exists (below): expire() destroys it.
    let shared: Waiting | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      if (shared) (timeout as SharedTimeout).end(shared);
      else clearTimeout(timer);
    };
    const failed = (cause: unknown) => {
      stop();
      const error = timedOut ?? (signal?.aborted ? signal.reason : new TypeError(incoming ? "terminated" : "fetch failed", { cause }));
      // After the status line, fetch has already resolved: the body fails, not the call.
      if (incoming) respond(null, { error });
      // Once a byte of the request may have left, it is not "not sent": handed its socket (node:http does
      // that a tick after request(), then writes), and that socket a pooled one or a new one that connected.
      else if (request.socket && (request.reusedSocket || (request.socket as PooledSocket)[CONNECTED])) reject(error);
      else reject(notSent(url, secure, method, options.path, error));
    };
    // node:http's options, filled in on the object target() made: no copy per call.
    options.method = method;
    options.headers = headers;
    options.agent = transport.agent;
    if (signal) options.signal = signal;
    const request = transport.request(
      options,
      (response: IncomingMessage) => {
        incoming = response;
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", failed);
        response.on("end", () => {
          try {
            respond(decode(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks), response.rawHeaders));
          } catch (cause) {
            failed(cause);
          }
        });
      },
    );
    if (typeof timeout === "object") shared = timeout.start(expire);
    else if (timeout) timer = setTimeout(expire, timeout);
    request.on("error", failed);
    // Headers and body leave in one write.
    request.end(body ?? undefined);
  });
}

/**
 * Undoes a `content-encoding` as fetch does (gzip, deflate, br, applied in
 * the order listed), though the request asks for none: a server may compress
 * anyway. A coding fetch does not know leaves the body as it came. zlib is a
 * built-in, loaded on the first compressed body.
 */
function decode(body: Buffer, raw: string[]): Buffer {
  let encoding = "";
  for (let at = 0; at < raw.length; at += 2) {
    if ((raw[at] as string).length === 16 && (raw[at] as string).toLowerCase() === "content-encoding") encoding += `${encoding && ","}${raw[at + 1]}`;
  }
  if (!encoding) return body;
  const codings = encoding.toLowerCase().split(",").map((coding) => coding.trim()).filter((coding) => coding && coding !== "identity");
  if (!codings.every((coding) => coding in DECODERS)) return body;
  const zlib = codings.length ? process.getBuiltinModule("node:zlib") : undefined;
  for (const coding of codings.reverse()) body = (zlib as typeof import("node:zlib"))[DECODERS[coding] as "unzipSync"](body);
  return body;
}

// unzip reads a gzip or a zlib header, so it takes gzip and deflate alike.
const DECODERS: Record<string, "unzipSync" | "brotliDecompressSync"> = {
  gzip: "unzipSync",
  "x-gzip": "unzipSync",
  deflate: "unzipSync",
  br: "brotliDecompressSync",
};
