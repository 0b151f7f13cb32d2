import { findUnsafeInteger } from "./find-unsafe-integer.js";
import { RESPONSE_FIELDS } from "./generated/response-fields.js";
import { ResponseUnreadableError, type ResponseUnreadableReason } from "./response-unreadable-error.js";
import { is } from "./type-tag.js";
import { UnsafeIntegerError } from "./unsafe-integer-error.js";

/** What an error body is read as, before it is known to be Binance's `{ code, msg }`. */
type ErrorBody = { code?: unknown; msg?: unknown };

/** The client's result: `data` for a 2xx, `error` otherwise, and the response. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Reads the body as openapi-fetch does (`parseAs`; nothing for a 204 or a
 * HEAD `sentMethod`) into the result's `data` or `error`, one the caller can
 * trust, or throws:
 * - a body that does not arrive in full (cut off, timed out, aborted):
 *   ResponseUnreadableError "not-received" with the outcome the status proves,
 *   never the raw TypeError or TimeoutError a caller might retry on.
 * - a 2xx body must be JSON; non-empty on Binance's REST paths (`/api/`,
 *   `/sapi/`: every endpoint there answers a JSON object or array); where the
 *   spec promises an object, an object with the fields that identify the
 *   answer (`x-identifying-fields`). Otherwise ResponseUnreadableError,
 *   outcome "executed".
 * - an error body must be Binance's `{ code: number, msg: string }` (not a
 *   WAF's HTML, not empty); otherwise ResponseUnreadableError, outcome
 *   "unknown" for a 5xx, "rejected" for anything else.
 * - no integer may be beyond ±(2^53-1) (UnsafeIntegerError).
 * A `parseAs` other than "json" hands a 2xx body back as read. An error body
 * is always read as text and checked.
 */
export async function readResponse(response: Response, sentMethod: string, method: string, path: string, parseAs: string): Promise<FetchResult> {
  const { ok, status } = response;
  const parseData = parseAs === "json";
  /** A ResponseUnreadableError with the outcome the status proves: executed (2xx), rejected (3xx, 4xx), unknown (5xx). */
  const fail = (reason: ResponseUnreadableReason, cause?: unknown): never => {
    throw new ResponseUnreadableError({ status, method, path, reason, outcome: ok ? "executed" : status < 500 ? "rejected" : "unknown" }, cause);
  };
  let text: unknown;
  try {
    if (status === 204 || sentMethod === "HEAD") {
      // Nothing to read: openapi-fetch's { data: undefined } or { error: undefined }.
    } else if (!ok || parseData) {
      // Parsed below, where "" reads as openapi-fetch reads Content-Length: 0 (no body), so
      // that header is not looked up here.
      text = await response.text();
    } else if (response.headers.get("Content-Length") !== "0" || response.headers.get("Transfer-Encoding")?.includes("chunked")) {
      text = parseAs === "stream" ? response.body : await response[parseAs as "text"]();
    }
  } catch (cause) {
    // The status arrived, the body did not: the status decides, as for an unreadable body.
    fail({ kind: "not-received" }, cause);
  }
  let body = text;
  // A body that is empty or not JSON, told apart without quoting it.
  const notJson = () => fail(text ? { kind: "not-json", contentType: response.headers.get("content-type") || undefined } : { kind: "empty" });
  if (!ok || parseData) {
    try {
      body = text ? JSON.parse(text as string) : undefined;
    } catch {
      notJson();
    }
    if (!ok) {
      // A JSON object by its tag: not an array, not null.
      if (!(is(body, "Object") && typeof (body as ErrorBody).code === "number" && typeof (body as ErrorBody).msg === "string")) {
        body && typeof body !== "string" ? fail({ kind: "not-binance-error" }) : notJson();
      }
    } else {
      const fields = RESPONSE_FIELDS[`${method} ${path}`];
      // Parsed, so undefined only when there was no text at all (or a 204). Binance's
      // General Info: every endpoint returns a JSON object or array, so on its REST
      // prefixes no body is never an answer, described operation or not.
      if (body === undefined && (fields !== undefined || /^\/s?api\//.test(path))) fail({ kind: "empty" });
      if (fields !== undefined) {
        if (!is(body, "Object")) fail({ kind: "not-object" });
        // "" (any object) splits to [""]: a find of "" is falsy, so nothing fails.
        const field = fields.split(" ").find((name) => !(name in (body as object)));
        if (field) fail({ kind: "missing-field", field });
      }
    }
  }
  // JSON.parse has already rounded such a number; the walk reuses the parsed value.
  // Always walked: a regex pre-check of the text (16 digits or an exponent)
  // cost more than the walk itself on a cancel's response, and random ids
  // such as "…9e…" made it walk anyway.
  const hit = findUnsafeInteger(body);
  if (hit) throw new UnsafeIntegerError({ source: "response", path: hit.path.replace(/^\./, "") || "(body)", value: hit.value, status });
  return ok ? { data: body, response } : { error: body, response };
}
