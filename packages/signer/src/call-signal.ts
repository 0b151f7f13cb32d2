/**
 * Signed calls time out after 15 s unless the `timeoutMs` option says
 * otherwise. Why 15 s: Binance's API gives up on its matching engine after
 * 10 s and answers -1007 ("Timeout waiting for response from backend server.
 * Send status unknown; execution status unknown.", General API Information),
 * so an answer, even that one, is due within 10 s plus the round trip; the
 * other 5 s leave room for a slow network before the call stops waiting.
 */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The caller's signal, if any. A LightRequest (the client's) keeps its fields
 * as own properties, `url` among them, and a `signal` only when the caller
 * gave one: reading it otherwise would make a signal for nothing. Any other
 * Request has them as getters, and always a signal.
 */
export const callerSignal = (request: Request): AbortSignal | undefined =>
  Object.hasOwn(request, "signal") || !isLight(request) ? request.signal : undefined;

/** A LightRequest carries the timeout as a field (`timeoutMs`), which the client turns into a timer or a signal. */
export const isLight = (request: Request): boolean => Object.hasOwn(request, "url");

/**
 * The timeout as a signal, combined with the caller's: for what the signer
 * sends through a platform Request (openapi-fetch's requests, the clock sync).
 * `timeoutMs` 0 leaves the caller's alone (or none).
 */
export function withTimeout(signal: AbortSignal | undefined, timeoutMs: number): AbortSignal | undefined {
  if (!timeoutMs) return signal;
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}
