import { SapiKitError } from "@sapi-kit/client/errors";

// The base class is the client's, so one `instanceof SapiKitError` covers
// every error sapi-kit throws, from either package.
export { RequestNotSentError, ResponseUnreadableError, SapiKitError } from "@sapi-kit/client/errors";

/**
 * Bad signer options or keys, or a request the signer cannot sign (e.g. it
 * already carries `timestamp`). Thrown before anything is sent; never
 * contains key material.
 */
export class SignerConfigError extends SapiKitError {
  constructor(message: string) {
    super("SIGNER_CONFIG", message);
  }
}

/** `GET /api/v3/time` failed, so the clock could not be synced. The signed request was not sent. */
export class ClockSyncError extends SapiKitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("CLOCK_SYNC", message, options);
  }
}

interface RequestIdentity {
  method: string;
  path: string;
}

/**
 * The request reached (or may have reached) Binance but its outcome is not
 * known: HTTP 5xx, Binance code -1007, or a failure once the request may have
 * been written and before a status came back (a reset, the timeout, an
 * abort). A TRADE request may have executed, so it is never retried
 * automatically.
 */
export class UnknownExecutionStatusError extends SapiKitError {
  // `declare`: assigned in one go below, which keeps the bundle small.
  declare readonly status: number | undefined;
  declare readonly binanceCode: number | undefined;
  declare readonly method: string;
  declare readonly path: string;

  constructor({ cause, ...details }: RequestIdentity & { status?: number; binanceCode?: number; cause?: unknown }) {
    super(
      "UNKNOWN_EXECUTION_STATUS",
      `${details.method} ${details.path}: ${details.status === undefined ? "network failure" : `HTTP ${details.status}`}` +
        `${details.binanceCode === undefined ? "" : `, code ${details.binanceCode}`}: may have executed, reconcile before any retry.`,
      { cause },
    );
    Object.assign(this, { status: undefined, binanceCode: undefined }, details);
  }
}

/** HTTP 429 (rate limited) or 418 (IP banned). `retryAfterSeconds` comes from `Retry-After`. */
export class RateLimitError extends SapiKitError {
  declare readonly status: number;
  declare readonly banned: boolean;
  declare readonly retryAfterSeconds: number | undefined;
  declare readonly binanceCode: number | undefined;
  declare readonly method: string;
  declare readonly path: string;

  constructor(details: RequestIdentity & { status: number; retryAfterSeconds?: number; binanceCode?: number }) {
    const banned = details.status === 418;
    super(
      "RATE_LIMITED",
      `${details.method} ${details.path}: HTTP ${details.status}, ${banned ? "IP banned" : "rate limited"}, Retry-After ${details.retryAfterSeconds ?? "-"} s.`,
    );
    Object.assign(this, details, { banned });
  }
}
