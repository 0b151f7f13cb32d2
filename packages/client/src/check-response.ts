import { findUnsafeInteger, formatJsonPath } from "./find-unsafe-integer.js";
import { RESPONSE_FIELDS } from "./generated/response-fields.js";
import { ResponseUnreadableError, type ResponseUnreadableReason } from "./response-unreadable-error.js";
import { UnsafeIntegerError } from "./unsafe-integer-error.js";

/** The client's result before the check: `data` or `error` is still the body text when read as text. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A ResponseUnreadableError with the outcome the status proves: executed (2xx), rejected (3xx, 4xx), unknown (5xx). */
export const unreadable = (response: Response, method: string, path: string, reason: ResponseUnreadableReason, cause?: unknown) =>
  new ResponseUnreadableError(
    { status: response.status, method, path, reason, outcome: response.ok ? "executed" : response.status < 500 ? "rejected" : "unknown" },
    cause,
  );

/**
 * Parses the body text into `data` or `error` and turns the result into one
 * the caller can trust, or throws:
 * - a 2xx body must be JSON; if the spec describes the operation, non-empty
 *   and of the promised shape, with every required top-level field.
 *   Otherwise ResponseUnreadableError, outcome "executed".
 * - an error body must be Binance's `{ code: number, msg: string }` (not a
 *   WAF's HTML, not empty); otherwise ResponseUnreadableError, outcome
 *   "unknown" for a 5xx, "rejected" for anything else.
 * - no integer may be beyond ±(2^53-1) (UnsafeIntegerError).
 * `parseData` is false when the caller chose another `parseAs`: a 2xx body
 * is then handed back as read.
 */
export function checkResponse(result: FetchResult, method: string, path: string, parseData: boolean): FetchResult {
  const { response } = result;
  const { ok, status } = response;
  const key = ok ? "data" : "error";
  const text = result[key];
  let body = text;
  // A body that is empty or not JSON, told apart without quoting it.
  const notJson = (): ResponseUnreadableReason =>
    text ? { kind: "not-json", contentType: response.headers.get("content-type") || undefined } : { kind: "empty" };
  let reason: ResponseUnreadableReason | undefined;
  if (ok ? parseData : typeof text === "string") {
    try {
      body = result[key] = text ? JSON.parse(text as string) : undefined;
    } catch {
      reason = notJson();
    }
  }
  if (!reason) {
    if (!ok) {
      if (!(isObject(body) && typeof body.code === "number" && typeof body.msg === "string")) {
        reason = body && typeof body !== "string" ? { kind: "not-binance-error" } : notJson();
      }
    } else if (parseData) {
      const fields = RESPONSE_FIELDS[`${method} ${path}`];
      if (fields !== undefined) {
        const missing = fields && isObject(body) && fields.split(" ").find((field) => !(field in body));
        if (body === undefined) reason = notJson();
        else if (fields && !isObject(body)) reason = { kind: "not-object" };
        else if (missing) reason = { kind: "missing-field", field: missing };
      }
    }
  }
  if (reason) throw unreadable(response, method, path, reason);
  // JSON.parse has already rounded such a number; the walk reuses the parsed value.
  // Always walked: a regex pre-check of the text (16 digits or an exponent)
  // cost more than the walk itself on a cancel's response, and random ids
  // such as "…9e…" made it walk anyway.
  const hit = findUnsafeInteger(body);
  if (hit) throw new UnsafeIntegerError({ source: "response", path: formatJsonPath(hit.path), value: hit.value, status });
  return result;
}
