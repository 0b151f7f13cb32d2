/** The process environment, where the credentials and BINANCE_BASE_URL are read from. */
export type Environment = Record<string, string | undefined>;

/** The signals that stop the CLI the way Ctrl-C does (bin.ts aborts `CliIo.signal` with the signal's name). */
export const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

/** Which signal aborted `signal`: its reason when bin.ts set one, else Ctrl-C (an abort() with no reason). */
export function stopSignalOf(signal: AbortSignal | undefined): StopSignal {
  const reason: unknown = signal?.reason;
  return (STOP_SIGNALS as readonly unknown[]).includes(reason) ? (reason as StopSignal) : "SIGINT";
}

/** Where the CLI writes and what it reads: injectable so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Environment;
  /**
   * Aborted when the user stops the CLI (bin.ts wires it to SIGINT, SIGTERM and SIGHUP, with the signal's
   * name as the reason): the request in flight is abandoned and its outcome reported, and `sapi-kit sandbox`
   * stops (it runs until this signal aborts).
   */
  signal?: AbortSignal;
  /** Aborted when stdout can no longer be written (a closed pipe): `sapi-kit sandbox` stops and cleans up. */
  outputClosed?: AbortSignal;
  /**
   * The server time `sapi-kit margin watch` judges token expiry by. Default: the local clock corrected by
   * the signer's offset to the server's. A test whose sandbox clock jumps passes the sandbox's own.
   */
  serverTime?: () => number;
}
