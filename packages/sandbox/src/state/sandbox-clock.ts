/**
 * The sandbox's notion of "now": an injectable base clock plus a skew.
 *
 * Skew exists because clock drift between client and server is the most common
 * cause of -1021; tests need to produce it on purpose.
 */
export interface SandboxClock {
  /** Server time in ms: base clock + skew. Used for /api/v3/time, timestamp checks and transactionTime. */
  serverTime(): number;
  /** The unskewed base clock; rate-limit windows use it. */
  baseTime(): number;
  skewMs: number;
}

export function createSandboxClock(now: () => number, initialSkewMs: number): SandboxClock {
  return {
    skewMs: initialSkewMs,
    serverTime() {
      return now() + this.skewMs;
    },
    baseTime() {
      return now();
    },
  };
}
