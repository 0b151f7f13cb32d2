import { findUnsafeInteger, formatJsonPath } from "./find-unsafe-integer.js";
import { RESPONSE_FIELDS } from "./generated/response-fields.js";
import { ResponseUnreadableError } from "./response-unreadable-error.js";
import { UnsafeIntegerError } from "./unsafe-integer-error.js";

/** What openapi-fetch resolves to; `data` is still the raw text when the body is checked here. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Turns openapi-fetch's result into one the caller can trust, or throws:
 * - a 2xx `data` (raw text here) must be JSON; if the spec describes the
 *   operation, non-empty and of the promised shape, with every required
 *   top-level field. Otherwise ResponseUnreadableError, outcome "executed".
 * - an error `error` must be Binance's `{ code: number, msg: string }`
 *   (not a WAF's HTML, not empty); otherwise ResponseUnreadableError,
 *   outcome "unknown" for a 5xx, "rejected" for anything else.
 * - no integer may be beyond ±(2^53-1) (UnsafeIntegerError).
 * `parseData` is false when the caller chose another `parseAs`.
 */
export function checkResponse(result: FetchResult, method: string, path: string, parseData: boolean): FetchResult {
  const { response } = result;
  const { ok, status } = response;
  // openapi-fetch leaves an error body it cannot parse as its text ("" when empty).
  let body = result.error;
  // "" stands for "empty or not JSON", told apart below without quoting the body.
  let reason: string | undefined;
  if (!ok) {
    if (!(isObject(body) && typeof body.code === "number" && typeof body.msg === "string")) {
      reason = body && typeof body !== "string" ? "not a Binance error" : "";
    }
  } else if (parseData) {
    const fields = RESPONSE_FIELDS[`${method} ${path}`];
    body = result.data;
    try {
      result.data = body ? JSON.parse(body as string) : undefined;
    } catch {
      reason = "";
    }
    const { data } = result;
    if (reason === undefined && fields !== undefined) {
      const missing = fields?.split(" ").find((field) => field && !(isObject(data) && field in data));
      if (data === undefined) reason = "";
      else if (fields && !isObject(data)) reason = "not a JSON object";
      else if (missing) reason = `missing field ${missing}`;
    }
  }
  if (reason !== undefined) {
    throw new ResponseUnreadableError({
      status,
      method,
      path,
      reason: reason || (body ? `not JSON (${response.headers.get("content-type")?.split(";")[0] || "no content type"})` : "empty body"),
      outcome: ok ? "executed" : status < 500 ? "rejected" : "unknown",
    });
  }
  // JSON.parse has already rounded such a number; the walk reuses the parsed value.
  const hit = findUnsafeInteger(result.data) ?? findUnsafeInteger(result.error);
  if (hit) throw new UnsafeIntegerError({ source: "response", path: formatJsonPath(hit.path), value: hit.value, status });
  return result;
}
