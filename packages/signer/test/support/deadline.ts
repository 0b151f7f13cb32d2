/**
 * The caller's deadline, fired by a fake server once the request it must cut
 * short has arrived: the same abort `AbortSignal.timeout()` gives (a
 * TimeoutError), at a point that does not depend on how fast the machine is.
 * A request the signal failed to govern hangs, and the test times out.
 */
export function deadline() {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    fire: () => controller.abort(new DOMException("The operation timed out.", "TimeoutError")),
  };
}
