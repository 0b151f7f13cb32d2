import { SapiKitError } from "./sapi-kit-error.js";

/**
 * What the unreadable response still tells about the request:
 * - `executed`: a 2xx; it ran. Reconcile (query it) before any retry.
 * - `rejected`: a 3xx or 4xx; it did not run.
 * - `unknown`: a 5xx; it may or may not have run. Reconcile before any retry.
 */
export type ResponseOutcome = "executed" | "rejected" | "unknown";

/**
 * What was wrong with the response and where, as data (never body content),
 * so a caller can tell the cases apart and word them in its own language:
 * - `empty`: no body at all.
 * - `not-json`: a body that does not parse as JSON; `contentType` is the
 *   response's Content-Type header as received (`"text/html; charset=utf-8"`),
 *   absent when it had none.
 * - `not-object`: a 2xx whose JSON is not the object the spec promises (`[]`, `null`).
 * - `missing-field`: a 2xx object without `field`, a top-level field the spec requires.
 * - `not-binance-error`: an error status whose JSON is not Binance's `{ code, msg }`.
 * - `not-received`: the status arrived, the body did not in full (cut off,
 *   timed out, aborted while reading); the failure is the error's `cause`.
 * - `redirect`: a 3xx the signer did not follow.
 */
export type ResponseUnreadableReason =
  | { kind: "empty" }
  | { kind: "not-json"; contentType?: string | undefined }
  | { kind: "not-object" }
  | { kind: "missing-field"; field: string }
  | { kind: "not-binance-error" }
  | { kind: "not-received" }
  | { kind: "redirect" };

export interface ResponseUnreadableDetails {
  status: number;
  method: string;
  /** The path only: never the query, which carries the signature. */
  path: string;
  outcome: ResponseOutcome;
  reason: ResponseUnreadableReason;
}

/**
 * The response arrived but its body is not what the spec promises, or never
 * arrived in full (cut off, timed out): an empty, HTML or truncated 2xx, a 2xx missing a required field, or an error status
 * whose body is not Binance's `{ code, msg }` (a WAF's HTML 403, an empty
 * 502). `outcome` says what the status alone proves; `reason` says what was wrong.
 */
export class ResponseUnreadableError extends SapiKitError {
  // `declare`: assigned in one go in the constructor, which keeps the bundle small.
  declare readonly status: number;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly outcome: ResponseOutcome;
  declare readonly reason: ResponseUnreadableReason;

  /** `cause`: why the body could not be read, when it failed on the way (a reset, a timeout). */
  constructor(details: ResponseUnreadableDetails, cause?: unknown) {
    // The reason by its kind, then where: `missing-field: orderReports`, `not-json: text/html`.
    const { kind, field, contentType } = details.reason as { kind: string; field?: string; contentType?: string };
    const where = field || contentType;
    super(
      "RESPONSE_UNREADABLE",
      `${details.method} ${details.path}: HTTP ${details.status}, response unreadable (${kind}${where ? `: ${where}` : ""}): ` +
        `${details.outcome === "rejected" ? "not executed" : `${details.outcome}, reconcile before any retry`}.`,
      // No `cause` key without a cause: the error keeps the shape it always had.
      cause === undefined ? undefined : { cause },
    );
    Object.assign(this, details);
  }
}
