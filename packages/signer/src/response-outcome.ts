import { RateLimitError, ResponseUnreadableError, UnknownExecutionStatusError } from "./errors.js";

/** Binance: "Timestamp for this request is outside of the recvWindow." Rejected before execution. */
export const TIMESTAMP_OUTSIDE_RECV_WINDOW = -1021;
/** Binance: "Timeout waiting for response from backend server. Send status unknown; execution status unknown." */
const EXECUTION_STATUS_UNKNOWN = -1007;

/**
 * Classifies a failed (not ok) response. Throws for outcomes the caller must
 * not treat as an ordinary rejection (redirect, rate limit, unknown execution
 * status); otherwise returns its Binance error code, if it has one.
 */
export async function checkResponse(response: Response, request: { method: string; path: string }): Promise<number | undefined> {
  const { status } = response;
  // Signed requests use redirect: "manual", so a 3xx (an opaque status 0 in
  // browsers) arrives here unfollowed. The redirecting server did not execute it.
  if (status < 400) throw new ResponseUnreadableError({ ...request, status, outcome: "rejected", reason: { kind: "redirect" } });
  // A clone, so the client can still parse the body into the typed `error`; a body that is not JSON has no code.
  let binanceCode: unknown;
  try {
    binanceCode = (await response.clone().json())?.code;
  } catch {}
  const code = typeof binanceCode === "number" ? binanceCode : undefined;
  if (status === 429 || status === 418) {
    // Missing or empty -> NaN -> undefined (Number(null) would be 0).
    const retryAfterSeconds = Number(response.headers.get("retry-after") || undefined);
    throw new RateLimitError({ ...request, status, retryAfterSeconds: Number.isFinite(retryAfterSeconds) ? retryAfterSeconds : undefined, binanceCode: code });
  }
  if (status >= 500 || code === EXECUTION_STATUS_UNKNOWN) {
    throw new UnknownExecutionStatusError({ ...request, status, binanceCode: code });
  }
  return code;
}
