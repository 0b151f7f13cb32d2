// Distinct exit codes let scripts tell "fix your command" from "Binance said
// no" from "nobody knows whether the cancel happened" without parsing text.
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  binanceRejected: 3,
  unknownStatus: 4,
  rateLimited: 5,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
