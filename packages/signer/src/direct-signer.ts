import { DEFAULT_TIMEOUT_MS } from "./call-signal.js";
import type { SignerSteps } from "./create-signer.js";
import type { SignerOptions } from "./options.js";
import { type NotSentProof, sendFailure } from "./send-failure.js";
import { type FetchFunction, SERVER_TIME_PATH } from "./server-clock.js";
import type { SignedParams } from "./sign-params.js";
import { type UnsignedRequest, checkCallerParams } from "./unsigned-request.js";
import { whenReady } from "./when-ready.js";

/**
 * The signer's side of @sapi-kit/client's shortcut on Node (the client's
 * direct-call.ts says when it is taken): the call comes as its parts and a
 * `send` over node:http, instead of a Request and `fetch`. Node entries only.
 *
 * The middleware's own steps do the work (SignerSteps): the caller's
 * parameters checked as in readUnsignedRequest, `prepare` (where the call
 * goes, the clock sync if due, the signed query), the timeout run by the
 * client's timer as for a LightRequest, a failed send judged as in onError,
 * and `finish` (the response's checks, the one -1021 resend) as in
 * onResponse. What it skips is what only a Request needs: parsing its URL,
 * copying it into a signed one, keeping it by id until its response.
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
  fetch: FetchFunction;
  /** One exchange; with `settle` and `fail`, its promise resolves with `settle(response)` and rejects with `fail(error)`. */
  send<T = Response>(
    method: string,
    url: string,
    headers: Record<string, string>,
    signal: AbortSignal | undefined,
    timeoutMs: number | undefined,
    settle?: (response: Response) => T | PromiseLike<T>,
    fail?: (error: unknown) => unknown,
  ): Promise<T>;
  /** The call's result from its final response: what the call resolves with. */
  read(response: Response): Promise<unknown>;
}

/** Where @sapi-kit/client looks for it on the middleware (its DIRECT_SIGNER). */
const DIRECT_SIGNER = Symbol.for("@sapi-kit/signer.direct");

/** What the Node entries add to their middleware (createSignerWith's `direct`). */
export function directSigner({ apiKey, recvWindow, onUsage, timeoutMs = DEFAULT_TIMEOUT_MS }: SignerOptions, provesNotSent: NotSentProof) {
  const headers = { "x-mbx-apikey": apiKey };
  return (...[prepare, finish]: SignerSteps) => {
    function run(call: DirectCall): Promise<unknown> {
      const { method, origin, path, query, signal, fetch } = call;
      const unsigned: UnsignedRequest = {
        call: { method, path },
        origin,
        query,
        recvWindow: checkCallerParams(query, "query") ? undefined : recvWindow,
        body: null,
        signal,
        timeoutMs,
      };
      /** A failed send, judged as onError judges it. */
      const failed = (error: unknown) => sendFailure(error, unsigned, provesNotSent);
      const url = ({ query: signed }: SignedParams) => `${origin}${path}?${signed}`;
      // The response's checks and the one resend, as onResponse, then the client's read of the
      // final response, all inside the exchange's promise: a success with no onUsage to call needs no check.
      const settle = (response: Response) =>
        response.ok && !onUsage
          ? call.read(response)
          : finish(response, unsigned, fetch, (params) => call.send(method, url(params), headers, signal, timeoutMs, undefined, failed)).then((retried) =>
              call.read(retried ?? response),
            );
      // Signed at once with node:crypto's HMAC (no clock sync due): sent in this same turn.
      return whenReady(prepare(unsigned, fetch, signal), (params) => call.send(method, url(params), headers, signal, timeoutMs, settle, failed));
    }

    return {
      // The server-time request is public and unsigned: the client makes it the usual way.
      [DIRECT_SIGNER]: (call: DirectCall): Promise<unknown> | undefined => {
        if (call.method === "GET" && call.path === SERVER_TIME_PATH) return undefined;
        // What run() throws before anything is sent (a signer-set parameter in the query, an aborted signal) rejects the call.
        try {
          return run(call);
        } catch (error) {
          return Promise.reject(error);
        }
      },
    };
  };
}
