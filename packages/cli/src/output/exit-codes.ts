// Distinct exit codes let scripts tell "fix your command" from "Binance said
// no" from "nobody knows whether the cancel happened" without parsing text.
// `--json` never changes the exit code.
import type { StopSignal } from "./io.js";

export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  binanceRejected: 3,
  unknownStatus: 4,
  rateLimited: 5,
  /** A 2xx arrived, so the cancel EXECUTED, but its body could not be read: reconcile, never resend. */
  executedUnreadable: 6,
  /** Nothing was sent (connection refused, host not found, TLS failed first): nothing can have executed; safe to retry. */
  notSent: 7,
  /** SIGHUP (the terminal closed) stopped the command; 128 + 1 as shells report it. */
  hangup: 129,
  /** Ctrl-C (SIGINT) stopped the command; 128 + 2 as shells report it. The message says whether anything was sent. */
  interrupted: 130,
  /** SIGTERM stopped the command; 128 + 15 as shells report it. */
  terminated: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit code of a command stopped by a signal, as a shell reports a process that signal killed. */
export function exitCodeOfSignal(signal: StopSignal): ExitCode {
  return signal === "SIGHUP" ? ExitCode.hangup : signal === "SIGTERM" ? ExitCode.terminated : ExitCode.interrupted;
}
