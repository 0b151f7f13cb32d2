import type { Middleware } from "openapi-fetch";
import { DEFAULT_TIMEOUT_MS, callerSignal, isLight, withTimeout } from "./call-signal.js";
import { SignerConfigError } from "./errors.js";
import { type SignerOptions, validateOptions } from "./options.js";
import type { PayloadSigner } from "./payload-signer.js";
import { TIMESTAMP_OUTSIDE_RECV_WINDOW, checkResponse } from "./response-outcome.js";
import { type NotSentProof, notSent, sendFailure } from "./send-failure.js";
import { type FetchFunction, SERVER_TIME_PATH, createServerClock } from "./server-clock.js";
import { type SignedParams, signParams } from "./sign-params.js";
import { buildSignedRequest } from "./signed-request.js";
import { type UnsignedRequest, readUnsignedRequest } from "./unsigned-request.js";
import { readUsageHeaders } from "./usage-headers.js";
import { whenReady } from "./when-ready.js";

/**
 * What a Node entry's shortcut (direct-signer.ts) takes of the middleware:
 * its `prepare` (where the call goes, the clock sync if due, the signed
 * parameters) and its `finish` (the response's checks, the one -1021 resend).
 */
export type SignerSteps = [
  prepare: (unsigned: UnsignedRequest, fetch: FetchFunction, caller?: AbortSignal) => SignedParams | Promise<SignedParams>,
  finish: (response: Response, unsigned: UnsignedRequest, fetch: FetchFunction, send: (params: SignedParams) => Promise<Response>) => Promise<Response | undefined>,
];

/** openapi-fetch middleware that signs requests, plus clock controls. */
export type Signer = Middleware & {
  /**
   * Reads the server time now and updates the offset. Uses the origin and
   * fetch of the last signed request, or `baseUrl` (e.g. before the first one).
   */
  syncClock(baseUrl?: string): Promise<void>;
  /** Current estimate of server clock minus local clock, in ms (0 until synced). */
  clockOffsetMs(): number;
};

// The wiring: what to sign with, when to sync the clock, and the one -1021
// resend. Building the signed parameters is `signParams` (pure), building the
// Request is `buildSignedRequest`, classifying responses is `checkResponse`.
// `keySigner` turns the validated options into the payload signer: each entry
// passes its own, so an HMAC-only entry never bundles the PEM/RSA/Ed25519 code.
// `provesNotSent` reads fetch's errors: the Node entries pass it (see NotSentProof).
// `direct` makes what the Node entries add to the middleware (their side of
// the Node client's shortcut, direct-signer.ts) from its steps.
export function createSignerWith<Options extends SignerOptions>(
  keySigner: (options: Options) => PayloadSigner,
  options: Options,
  provesNotSent?: NotSentProof,
  direct?: (prepare: SignerSteps[0], finish: SignerSteps[1]) => object,
): Signer {
  validateOptions(options);
  const { apiKey, recvWindow, onUsage, retryOnTimestampError = true, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const signPayload = keySigner(options);
  const clock = createServerClock(options.now ?? Date.now);
  let syncBeforeFirstRequest = options.syncClock === true;
  let lastOrigin: string | undefined;
  let lastFetch: FetchFunction = (request) => fetch(request);
  // Unsigned originals by openapi-fetch request id, kept for the one -1021 resend.
  const pending = new Map<string, UnsignedRequest>();

  /** The signed parameters: at once when the signature is (node:crypto's HMAC), so that a direct call on Node waits for nothing before it is sent. */
  function signed(unsigned: UnsignedRequest): SignedParams | Promise<SignedParams> {
    // The request itself, not a copy with the timestamp: copying it cost a signed call about 4 % on Node.
    return whenReady(signParams(unsigned, clock.timestamp(), signPayload), (params) => {
      // Aborted (by the caller, or the timeout during a clock sync or the signing)
      // before it is handed to `fetch`: nothing left, and nothing will.
      if (unsigned.signal?.aborted) throw notSent(unsigned, unsigned.signal.reason);
      return params;
    });
  }

  /**
   * A call about to be signed: where it goes (for syncClock()), the clock
   * sync if due, then its signed parameters (at once unless a sync is due or
   * the signature is asynchronous). May throw: a caller in an async function
   * or a promise chain turns that into the call's rejection.
   */
  function prepare(unsigned: UnsignedRequest, fetch: FetchFunction, caller?: AbortSignal): SignedParams | Promise<SignedParams> {
    lastOrigin = unsigned.origin;
    lastFetch = fetch;
    // An aborted signal skips the sync, so that the check in signed() reports the call as not sent.
    if (syncBeforeFirstRequest && !unsigned.signal?.aborted) {
      return clock.sync(lastOrigin, fetch, withTimeout(caller, timeoutMs)).then(() => {
        syncBeforeFirstRequest = false;
        return signed(unsigned);
      });
    }
    return signed(unsigned);
  }

  function checked(response: Response, unsigned: UnsignedRequest): Promise<number | undefined> | undefined {
    onUsage?.(readUsageHeaders(response.headers));
    // A success needs no classification: no promise, no clone, on the hot path.
    return response.ok ? undefined : checkResponse(response, unsigned.call);
  }

  /** The response's checks and, on -1021, the one resend (`send` sends the call signed anew): its response, or undefined to keep this one. */
  async function finish(response: Response, unsigned: UnsignedRequest, fetch: FetchFunction, send: (params: SignedParams) => Promise<Response>) {
    const code = await checked(response, unsigned);
    if (code !== TIMESTAMP_OUTSIDE_RECV_WINDOW || !retryOnTimestampError) return undefined;
    // -1021 means Binance rejected the request before executing it, so one
    // resend with a fresh timestamp is safe. Never more than one. The call's
    // signal (the caller's, the timeout) bounds the clock sync and the resend.
    await clock.sync(unsigned.origin, fetch, withTimeout(unsigned.signal, unsigned.timeoutMs ?? 0));
    const retried = await send(await signed(unsigned));
    await checked(retried, unsigned);
    return retried;
  }

  const signer: Signer = {
    async onRequest({ request, options: clientOptions, id }) {
      const url = new URL(request.url);
      // Public and unsigned; the API key is not sent there either.
      if (request.method === "GET" && url.pathname === SERVER_TIME_PATH) return undefined;
      const unsigned = await readUnsignedRequest(request, url, recvWindow);
      const caller = callerSignal(request);
      // The timeout: a field of a LightRequest (the client runs it, on a plain timer on Node), a
      // signal for any other Request (openapi-fetch's), combined with the caller's.
      if (isLight(request)) {
        unsigned.timeoutMs = timeoutMs;
        unsigned.signal = caller;
      } else {
        unsigned.signal = withTimeout(caller, timeoutMs);
      }
      const params = await prepare(unsigned, clientOptions.fetch, caller);
      pending.set(id, unsigned);
      return buildSignedRequest(unsigned, params, apiKey);
    },

    async onResponse({ response, options: clientOptions, id }) {
      const unsigned = pending.get(id);
      if (unsigned === undefined) return undefined;
      pending.delete(id);
      return finish(response, unsigned, clientOptions.fetch, async (params) => {
        try {
          return await clientOptions.fetch(buildSignedRequest(unsigned, params, apiKey));
        } catch (error) {
          throw sendFailure(error, unsigned, provesNotSent);
        }
      });
    },

    onError({ error, id }) {
      const unsigned = pending.get(id);
      if (unsigned === undefined) return undefined;
      pending.delete(id);
      return sendFailure(error, unsigned, provesNotSent);
    },

    syncClock(baseUrl) {
      const origin = baseUrl === undefined ? lastOrigin : new URL(baseUrl).origin;
      if (origin === undefined) {
        return Promise.reject(
          new SignerConfigError("syncClock() needs a baseUrl before any request."),
        );
      }
      syncBeforeFirstRequest = false;
      return clock.sync(origin, lastFetch, withTimeout(undefined, timeoutMs));
    },

    clockOffsetMs: () => clock.offsetMs(),
  };
  return Object.assign(signer, direct?.(prepare, finish));
}
