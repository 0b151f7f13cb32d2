import type { Signer } from "./create-signer.js";
import { SERVER_TIME_PATH } from "./server-clock.js";

/**
 * The signer's side of @sapi-kit/client's shortcut on Node (the client's
 * direct-call.ts says when it is taken): the call comes as its parts and a
 * `send` over node:http, instead of Requests and `fetch`. Node entries only.
 *
 * The middleware itself does the work, unchanged: its onRequest signs a
 * DirectRequest (a request reduced to what the signer reads, built from
 * strings the client already has: no URL parsing, no header map), the
 * exchange goes out through `send`, and its onResponse / onError judge the
 * outcome, as they would for openapi-fetch. So the clock sync, the timeout
 * (a field, run by the client's timer), the -1021 resend and every error are
 * the middleware's own, and a browser bundle carries none of this.
 */

/** A call's parts, as @sapi-kit/client hands them (its DirectCall). */
interface DirectCall {
  method: string;
  /** As URL.origin writes it. */
  origin: string;
  /** The URL's path, as the URL parser would write it. */
  path: string;
  /** The query exactly as it goes on the wire, without `?` ("" when none). */
  query: string;
  signal: AbortSignal | undefined;
  /** The client's `fetch` (the clock sync's requests go there). */
  fetch: (request: Request) => Promise<Response>;
  send(method: string, url: string, headers: Record<string, string>, signal: AbortSignal | undefined, timeoutMs: number | undefined): Promise<Response>;
}

/** Where @sapi-kit/client looks for it on the middleware (its DIRECT_SIGNER). */
const DIRECT_SIGNER = Symbol.for("@sapi-kit/signer.direct");

/** The headers a DirectRequest carries: the API key the signer sets, as node:http takes them. */
class DirectHeaders {
  readonly record: Record<string, string> = {};
  set(name: string, value: string): void {
    this.record[name.toLowerCase()] = value;
  }
  get(name: string): string | null {
    return this.record[name.toLowerCase()] ?? null;
  }
}

/**
 * What the middleware reads of a request, and no more: own `url` (already
 * as the URL parser writes it), `method`, `headers`, a null `body`, `signal`
 * only when the caller gave one (the signer's LightRequest contract, see
 * call-signal.ts), and `timeoutMs` once signed. The signer copies it with
 * its constructor, as it copies any request.
 */
class DirectRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: DirectHeaders;
  readonly body = null;
  declare readonly signal?: AbortSignal;
  declare readonly timeoutMs?: number;

  constructor(url: string, init: { method: string; headers?: DirectHeaders; signal?: AbortSignal; timeoutMs?: number }) {
    this.url = url;
    this.method = init.method;
    this.headers = init.headers ?? new DirectHeaders();
    if (init.signal) Object.assign(this, { signal: init.signal });
    if (init.timeoutMs !== undefined) Object.assign(this, { timeoutMs: init.timeoutMs });
  }
}

// Unique per call, as openapi-fetch's ids; apart from the client's own (another prefix).
let lastId = 0;

/** What the Node entries add to their middleware: the signer's side of the shortcut. */
export function directSigner(signer: Signer): object {
  const { onRequest, onResponse, onError } = signer as Required<Pick<Signer, "onRequest" | "onResponse" | "onError">>;

  async function run(call: DirectCall): Promise<Response> {
    // Signed requests go out through `send`; anything else the middleware sends (the clock sync) through the client's fetch.
    const fetch = (request: Request) => {
      if (!(request instanceof DirectRequest)) return call.fetch(request);
      return call.send(request.method, request.url, request.headers.record, request.signal, request.timeoutMs);
    };
    const id = `direct-${(++lastId).toString(36)}`;
    const options = { fetch } as never;
    const request = new DirectRequest(`${call.origin}${call.path}${call.query && "?"}${call.query}`, { method: call.method, signal: call.signal });
    const context = { request, options, id, schemaPath: call.path, params: {} } as never as Parameters<typeof onRequest>[0];
    const signed = (await onRequest.call(signer, context)) as unknown as DirectRequest;
    let response: Response;
    try {
      response = await fetch(signed as unknown as Request);
    } catch (error) {
      throw (await onError.call(signer, { ...context, request: signed as unknown as Request, error })) ?? error;
    }
    return ((await onResponse.call(signer, { ...context, request: signed as unknown as Request, response })) as Response | undefined) ?? response;
  }

  return {
    // The server-time request is public and unsigned: the client makes it the usual way.
    [DIRECT_SIGNER]: (call: DirectCall): Promise<Response> | undefined => (call.method === "GET" && call.path === SERVER_TIME_PATH ? undefined : run(call)),
  };
}
