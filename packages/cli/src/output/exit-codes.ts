// Distinct exit codes let scripts tell "fix your command" from "Binance said
// no" from "nobody knows whether the cancel happened" without parsing text.
// `--json` never changes the exit code.
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  binanceRejected: 3,
  unknownStatus: 4,
  rateLimited: 5,
  /** A 2xx arrived, so the cancel EXECUTED, but its body could not be read: reconcile, never resend. */
  executedUnreadable: 6,
  /** Ctrl-C (SIGINT) stopped the command; 128 + 2 as shells report it. The message says whether anything was sent. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
