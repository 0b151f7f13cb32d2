/**
 * The sandbox's notion of "now": an injectable base clock plus a skew.
 *
 * Skew exists because clock drift between client and server is the most common
 * cause of -1021; tests need to produce it on purpose.
 */
export interface SandboxClock {
  /** Server time in ms: base clock + skew + advance. Used for /api/v3/time, timestamp checks and transactionTime. */
  serverTime(): number;
  /** The unskewed base clock; rate-limit windows use it. */
  baseTime(): number;
  skewMs: number;
  /**
   * How far a test moved the clock forward (`advanceClock`), in ms: part of server time like the
   * skew, kept apart so that `clockSkewMs` still reads what was set.
   */
  advancedMs: number;
}

export function createSandboxClock(now: () => number, initialSkewMs: number): SandboxClock {
  return {
    skewMs: initialSkewMs,
    advancedMs: 0,
    serverTime() {
      return now() + this.skewMs + this.advancedMs;
    },
    baseTime() {
      return now();
    },
  };
}
