import { RateLimitError, ResponseUnreadableError, UnknownExecutionStatusError } from "./errors.js";

/** Binance: "Timestamp for this request is outside of the recvWindow." Rejected before execution. */
export const TIMESTAMP_OUTSIDE_RECV_WINDOW = -1021;
/** Binance: "Timeout waiting for response from backend server. Send status unknown; execution status unknown." */
const EXECUTION_STATUS_UNKNOWN = -1007;

async function readBinanceCode(response: Response): Promise<number | undefined> {
  try {
    // A clone, so openapi-fetch can still parse the body into the typed `error`.
    const code = (await response.clone().json())?.code;
    return typeof code === "number" ? code : undefined;
  } catch {
    return undefined;
  }
}

function retryAfterSeconds(response: Response): number | undefined {
  // Missing or empty -> NaN -> undefined (Number(null) would be 0).
  const seconds = Number(response.headers.get("retry-after") || Number.NaN);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/**
 * Throws for outcomes the caller must not treat as an ordinary rejection
 * (redirect, rate limit, unknown execution status); otherwise returns the Binance
 * error code of a failed response, or undefined for success.
 */
export async function checkResponse(
  response: Response,
  request: { method: string; path: string },
): Promise<number | undefined> {
  if (response.ok) return undefined;
  const { status } = response;
  // Signed requests use redirect: "manual", so a 3xx (an opaque status 0 in
  // browsers) arrives here unfollowed. The redirecting server did not execute it.
  if (status < 400) throw new ResponseUnreadableError({ ...request, status, outcome: "rejected", reason: { kind: "redirect" } });
  const binanceCode = await readBinanceCode(response);
  if (status === 429 || status === 418) {
    throw new RateLimitError({ ...request, status, retryAfterSeconds: retryAfterSeconds(response), binanceCode });
  }
  if (status >= 500 || binanceCode === EXECUTION_STATUS_UNKNOWN) {
    throw new UnknownExecutionStatusError({ ...request, status, binanceCode });
  }
  return binanceCode;
}
