import { findUnsafeInteger } from "./find-unsafe-integer.js";
import { RESPONSE_FIELDS } from "./generated/response-fields.js";
import { ResponseUnreadableError, type ResponseUnreadableReason } from "./response-unreadable-error.js";
import { UnsafeIntegerError } from "./unsafe-integer-error.js";

/** The client's result: `data` for a 2xx, `error` otherwise, and the response. */
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
 * Parses the body (`text`, as read) into the result's `data` or `error`, one
 * the caller can trust, or throws:
 * - a 2xx body must be JSON; if the spec describes the operation, non-empty
 *   and of the promised shape, with every required top-level field.
 *   Otherwise ResponseUnreadableError, outcome "executed".
 * - an error body must be Binance's `{ code: number, msg: string }` (not a
 *   WAF's HTML, not empty); otherwise ResponseUnreadableError, outcome
 *   "unknown" for a 5xx, "rejected" for anything else.
 * - no integer may be beyond ±(2^53-1) (UnsafeIntegerError).
 * `parseData` is false when the caller chose another `parseAs`: a 2xx body
 * is then handed back as read. An error body is always text here, or
 * undefined when there was none to read (HEAD).
 */
export function checkResponse(response: Response, text: unknown, method: string, path: string, parseData: boolean): FetchResult {
  const { ok } = response;
  let body = text;
  const fail = (reason: ResponseUnreadableReason): never => {
    throw unreadable(response, method, path, reason);
  };
  // A body that is empty or not JSON, told apart without quoting it.
  const notJson = () => fail(text ? { kind: "not-json", contentType: response.headers.get("content-type") || undefined } : { kind: "empty" });
  if (!ok || parseData) {
    try {
      body = text ? JSON.parse(text as string) : undefined;
    } catch {
      notJson();
    }
    if (!ok) {
      if (!(isObject(body) && typeof body.code === "number" && typeof body.msg === "string")) {
        body && typeof body !== "string" ? fail({ kind: "not-binance-error" }) : notJson();
      }
    } else {
      const fields = RESPONSE_FIELDS[`${method} ${path}`];
      if (fields !== undefined) {
        // Parsed, so undefined only when there was no text at all.
        if (body === undefined) fail({ kind: "empty" });
        if (fields) {
          if (!isObject(body)) fail({ kind: "not-object" });
          const field = fields.split(" ").find((name) => !(name in (body as object)));
          if (field) fail({ kind: "missing-field", field });
        }
      }
    }
  }
  // JSON.parse has already rounded such a number; the walk reuses the parsed value.
  // Always walked: a regex pre-check of the text (16 digits or an exponent)
  // cost more than the walk itself on a cancel's response, and random ids
  // such as "…9e…" made it walk anyway.
  const hit = findUnsafeInteger(body);
  if (hit) throw new UnsafeIntegerError({ source: "response", path: hit.path || "(body)", value: hit.value, status: response.status });
  return ok ? { data: body, response } : { error: body, response };
}
