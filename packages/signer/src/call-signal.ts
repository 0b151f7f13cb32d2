/**
 * Signed calls time out after 15 s unless the `timeoutMs` option says
 * otherwise. Why 15 s: Binance's API gives up on its matching engine after
 * 10 s and answers -1007 ("Timeout waiting for response from backend server.
 * Send status unknown; execution status unknown.", General API Information),
 * so an answer, even that one, is due within 10 s plus the round trip; the
 * other 5 s leave room for a slow network (and, within the same call, a clock
 * sync or the one -1021 resend) before the call stops waiting.
 */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The signal a signed call runs under, from the clock sync to the last byte
 * of the body: the caller's `signal`, the timeout, or both. `timeoutMs` 0
 * leaves the caller's alone (or none).
 *
 * A LightRequest (the client's) keeps its fields as own properties, `url`
 * among them, and a `signal` only when the caller gave one: reading it
 * otherwise would make a signal for nothing. Any other Request has them as
 * getters, and always a signal.
 */
export function callSignal(request: Request, timeoutMs: number): AbortSignal | undefined {
  const caller = Object.hasOwn(request, "signal") || !Object.hasOwn(request, "url") ? request.signal : undefined;
  if (!timeoutMs) return caller;
  const timeout = AbortSignal.timeout(timeoutMs);
  return caller ? AbortSignal.any([caller, timeout]) : timeout;
}
