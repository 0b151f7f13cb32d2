import { SapiKitError } from "./sapi-kit-error.js";

export interface RequestNotSentDetails {
  method: string;
  /** The path only: never the query, which carries the signature. */
  path: string;
  /** Where the request was going, e.g. `https://api.binance.com`. */
  origin: string;
  /** What stopped it: the network error, the abort or timeout reason. */
  cause?: unknown;
}

/**
 * Nothing of the request left this machine: the connection was refused, the
 * host name did not resolve, TLS failed before the request was written, the
 * caller's signal was already aborted, or the timeout fired before sending.
 * Nothing can have executed, so the call is safe to send again. `origin`
 * names where it was going (never the query, which carries the signature).
 *
 * It lives with the client because the client's Node transport is what can
 * prove a request was never written; the signer re-exports it and throws it
 * for what `fetch`'s errors prove.
 */
export class RequestNotSentError extends SapiKitError {
  // `declare`: assigned in one go in the constructor, which keeps the bundle small.
  declare readonly method: string;
  declare readonly path: string;
  declare readonly origin: string;

  constructor({ cause, ...details }: RequestNotSentDetails) {
    super("REQUEST_NOT_SENT", `${details.method} ${details.path}: not sent to ${details.origin}; nothing executed.`, { cause });
    Object.assign(this, details);
  }
}
