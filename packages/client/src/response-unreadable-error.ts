import { SapiKitError } from "./sapi-kit-error.js";

/**
 * What the unreadable response still tells about the request:
 * - `executed`: a 2xx; it ran. Reconcile (query it) before any retry.
 * - `rejected`: a 3xx or 4xx; it did not run.
 * - `unknown`: a 5xx; it may or may not have run. Reconcile before any retry.
 */
export type ResponseOutcome = "executed" | "rejected" | "unknown";

export interface ResponseUnreadableDetails {
  status: number;
  method: string;
  /** The path only: never the query, which carries the signature. */
  path: string;
  outcome: ResponseOutcome;
  /** Short and free of body content, e.g. `"empty body"`, `"not JSON (text/html)"`, `"missing field orderReports"`. */
  reason: string;
}

/**
 * The response arrived but its body is not what the spec promises, or never
 * arrived in full (cut off, timed out): an empty, HTML or truncated 2xx, a 2xx missing a required field, or an error status
 * whose body is not Binance's `{ code, msg }` (a WAF's HTML 403, an empty
 * 502). `outcome` says what the status alone proves.
 */
export class ResponseUnreadableError extends SapiKitError {
  // `declare`: assigned in one go in the constructor, which keeps the bundle small.
  declare readonly status: number;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly outcome: ResponseOutcome;
  declare readonly reason: string;

  /** `cause`: why the body could not be read, when it failed on the way (a reset, a timeout). */
  constructor(details: ResponseUnreadableDetails, cause?: unknown) {
    super(
      "RESPONSE_UNREADABLE",
      `${details.method} ${details.path}: HTTP ${details.status}, response unreadable (${details.reason}): ` +
        `${details.outcome === "rejected" ? "not executed" : `${details.outcome}, reconcile before any retry`}.`,
      // No `cause` key without a cause: the error keeps the shape it always had.
      cause === undefined ? undefined : { cause },
    );
    Object.assign(this, details);
  }
}
