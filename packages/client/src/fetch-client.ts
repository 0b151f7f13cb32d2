import type { Client, ClientOptions, Middleware } from "openapi-fetch";
import type { Fetch } from "./light-request.js";
import { serializeQuery } from "./query-serializer.js";
import { readResponse } from "./read-response.js";
import { is } from "./type-tag.js";

/**
 * openapi-fetch's client, re-implemented for what a Binance client needs:
 * the same `GET` ... `TRACE`, `request`, `use` and `eject`, the same
 * options (global and per call), the same middleware contract
 * (`onRequest`, `onResponse`, `onError`, in openapi-fetch's order, with the
 * same arguments), and the same `{ data, error, response }` results.
 *
 * Why not openapi-fetch itself: its runtime is 2.6 kB min+gzip, most of it
 * array, object, label and matrix serializers that Binance's scalar
 * parameters never use, and every call built platform Requests it did not
 * need (see light-request.ts). openapi-fetch stays a dependency for its
 * types, and the signer is still an openapi-fetch middleware that works with
 * either client.
 *
 * Differences, all for Binance: the query serializer is the client's
 * (`querySerializer` as an object only sets `allowReserved`; arrays and
 * objects are refused either way); path templates are `{name}` only; a
 * `parseAs: "json"` body is checked (see readResponse); `requestInitExt`
 * goes to every `fetch` (extra fields are ignored where unsupported).
 */

// The public types are openapi-fetch's own (Client<Paths>, ClientOptions); inside, options are one loose record.
// biome-ignore lint/suspicious/noExplicitAny: see above.
type Options = Record<string, any>;
type Query = Record<string, unknown>;

/** openapi-fetch's header merge: Headers or records; null deletes, arrays append, undefined skips. */
function mergeHeaders(Class: typeof Headers, ...sources: unknown[]): Headers {
  const merged = new Class();
  for (const source of sources) {
    if (!source || typeof source !== "object") continue;
    for (const [name, value] of is(source, "Headers") ? (source as Headers) : Object.entries(source)) {
      if (value === null) merged.delete(name);
      else if (Array.isArray(value)) for (const item of value) merged.append(name, item);
      else if (value !== undefined) merged.set(name, value);
    }
  }
  return merged;
}

function serializeBody(body: unknown, headers: Headers): unknown {
  if (is(body, "FormData")) return body;
  return headers.get("content-type") === "application/x-www-form-urlencoded"
    ? new URLSearchParams(body as Query as Record<string, string>).toString()
    : JSON.stringify(body);
}

const serializePath = (path: string, params: Query): string =>
  path.replace(/\{([^{}]+)\}/g, (template, name) => (params[name] == null ? template : encodeURIComponent(params[name] as string)));

/** A function is used as is; openapi-fetch's object form keeps the preset and honours `allowReserved`. */
const toQuerySerializer = (option: Options | ((query: Query) => string) | undefined) =>
  typeof option === "function" ? option : (query: Query) => serializeQuery(query, option?.allowReserved);

// Request ids, as openapi-fetch's `id`: unique per call without a random
// number per call. The random prefix keeps two copies of this module (ESM and
// CommonJS) from handing a shared middleware the same id.
const ID_PREFIX = Math.random().toString(36).slice(2, 7);
let lastId = 0;

const stripSlash = (url = "") => url.replace(/\/$/, "");

/**
 * What a client sends with. The default entry's: the platform's Request and
 * `fetch` (or a `fetch` option), as openapi-fetch does. The Node entry's
 * (node.ts): LightRequests, sent over node:http where it can.
 */
export interface Transport {
  Request: typeof Request;
  /** The `fetch` to call, given a caller's `fetch` option (global or per call) or none. */
  fetch(custom?: Fetch): Fetch;
}

/** The platform's `fetch`, looked up per call (a test double or wrapper installed later is used), or the caller's. */
const platformFetch = (custom?: Fetch): Fetch => custom ?? ((request, init) => fetch(request, init));

export function createFetchClient<Paths extends {}>(clientOptions: ClientOptions, transport?: Transport): Client<Paths> {
  const toFetch = transport?.fetch ?? platformFetch;
  const {
    baseUrl: clientBaseUrl,
    Request: ClientRequest = transport?.Request,
    fetch: clientFetch,
    querySerializer: clientQuery,
    bodySerializer: clientBody = serializeBody,
    pathSerializer: clientPath = serializePath,
    headers: clientHeaders,
    requestInitExt,
    ...clientInit
  } = clientOptions as Options;
  const clientSend = toFetch(clientFetch);
  const clientSerializeQuery = toQuerySerializer(clientQuery);
  const middlewares: Middleware[] = [];

  async function call(method: string, schemaPath: string, callOptions: Options = {}) {
    const {
      baseUrl: callBaseUrl,
      fetch: callFetch,
      // Looked up per call, as `fetch` is: creating a client loads nothing (on Node, undici).
      Request = ClientRequest || globalThis.Request,
      headers,
      params = {},
      parseAs = "json",
      querySerializer,
      bodySerializer = clientBody,
      pathSerializer = clientPath,
      body,
      middleware = [],
      ...init
    } = callOptions;
    const baseUrl = stripSlash(callBaseUrl || clientBaseUrl);
    const send = callFetch ? toFetch(callFetch) : clientSend;
    const serializeQuery = querySerializer ? toQuerySerializer(querySerializer) : clientSerializeQuery;
    // The headers' class: a LightRequest's own (see LightRequest.Headers), else the platform's.
    const HeadersClass: typeof Headers = (Request as { Headers?: typeof Headers }).Headers || Headers;
    const serializedBody = body === undefined ? undefined : bodySerializer(body, mergeHeaders(HeadersClass, clientHeaders, headers, params.header));
    let url = baseUrl + schemaPath;
    if (params.path) url = pathSerializer(url, params.path);
    const search = serializeQuery(params.query ?? {}).replace(/^\?/, "");
    if (search) url += `?${search}`;
    let request: Request = new Request(url, {
      ...clientInit,
      ...init,
      method,
      body: serializedBody,
      headers: mergeHeaders(
        HeadersClass,
        serializedBody === undefined || is(serializedBody, "FormData") ? {} : { "Content-Type": "application/json" },
        clientHeaders,
        headers,
        params.header,
      ),
    });
    // As openapi-fetch: init fields a Request does not know (undici's `dispatcher`, say) ride along.
    for (const key in init) if (!(key in request)) (request as Options)[key] = init[key];
    const all: Middleware[] = middlewares.concat(middleware);
    const id = ID_PREFIX + (++lastId).toString(36);
    const options = Object.freeze({ baseUrl, fetch: send, parseAs, querySerializer: serializeQuery, bodySerializer, pathSerializer });
    // openapi-fetch's arguments, plus `response` or `error` after the request.
    const context = (key?: string, value?: unknown) => {
      const argument: Options = { request, schemaPath, params, options, id };
      if (key) argument[key] = value;
      return argument as never;
    };
    let response: Response | undefined;
    // Called as methods (`this` is the middleware), and in openapi-fetch's order: requests first to last, the rest last to first.
    for (const middleware of all) {
      const result = await middleware?.onRequest?.(context());
      if (!result) continue;
      if (result instanceof Request) request = result as Request;
      else if (is(result, "Response")) {
        response = result as Response;
        break;
      } else throw new Error("onRequest: must return new Request() or Response() when modifying the request");
    }
    if (!response) {
      try {
        response = await send(request, requestInitExt);
      } catch (failure) {
        let error: unknown = failure;
        for (let at = all.length; at--; ) {
          const result = await all[at]?.onError?.(context("error", error));
          if (!result) continue;
          if (is(result, "Response")) {
            response = result as Response;
            error = undefined;
            break;
          }
          if (!(result instanceof Error)) throw new Error("onError: must return new Response() or instance of Error");
          error = result;
        }
        if (error) throw error;
      }
      for (let at = all.length; at--; ) {
        const result = await all[at]?.onResponse?.(context("response", response));
        if (!result) continue;
        if (!is(result, "Response")) throw new Error("onResponse: must return new Response() when modifying the response");
        response = result;
      }
    }
    return readResponse(response as Response, request.method, method, schemaPath, parseAs);
  }

  const client: Options = {
    request: (method: string, path: string, init?: Options) => call(method.toUpperCase(), path, init),
    use(...added: Middleware[]) {
      for (const middleware of added) {
        if (!middleware) continue;
        if (typeof middleware !== "object" || !("onRequest" in middleware || "onResponse" in middleware || "onError" in middleware)) {
          throw new Error("Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`");
        }
        middlewares.push(middleware);
      }
    },
    eject(...removed: Middleware[]) {
      for (const middleware of removed) {
        const at = middlewares.indexOf(middleware);
        if (at >= 0) middlewares.splice(at, 1);
      }
    },
  };
  for (const method of ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]) {
    client[method] = (path: string, init?: Options) => call(method, path, init);
  }
  return client as Client<Paths>;
}
