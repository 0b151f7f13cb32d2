// Turns what came of a signed request into words and an exit code. A TRADE
// call has three outcomes (executed, rejected, unknown: reconcile first) and
// is never resent; a query changes nothing, so any failure is safe to retry.
// The same code decides the exit code with and without --json.

import type { CallOutcome } from "../transport/signed-call.js";
import { ExitCode, exitCodeOfSignal } from "./exit-codes.js";
import type { CliIo } from "./io.js";
import { type Locale, messages, type TradeAction, type TradeRef } from "./messages/index.js";

export interface Printing {
  json: boolean;
  /** The human summary of a usable 2xx body. */
  summary(data: unknown): string;
}

function reportCommon(outcome: Exclude<CallOutcome, { kind: "ok" | "unreadable" | "unknown" | "interrupted" }>, action: TradeAction | "query", printing: Printing, locale: Locale, io: CliIo): ExitCode {
  const text = messages[locale];
  switch (outcome.kind) {
    case "binance-error":
      if (printing.json) io.stdout(`${JSON.stringify(outcome.error, null, 2)}\n`);
      io.stderr(`${text.binanceRejected(action, outcome.error.code, outcome.error.msg, outcome.status)}\n`);
      return ExitCode.binanceRejected;
    case "rate-limited":
      io.stderr(`${text.rateLimited(outcome.status, outcome.retryAfter)}\n`);
      return ExitCode.rateLimited;
    case "bad-credentials":
      io.stderr(`${outcome.keyFile === undefined ? text.badCredentials : text.unusableKeyFile(outcome.keyFile)}\n`);
      return ExitCode.usage;
    case "not-sent":
      io.stderr(`${text.notSent(action, outcome.origin)}\n`);
      return ExitCode.notSent;
  }
}

function printOk(data: unknown, printing: Printing, io: CliIo): ExitCode {
  io.stdout(printing.json ? `${JSON.stringify(data, null, 2)}\n` : printing.summary(data));
  return ExitCode.ok;
}

export function reportTrade(outcome: CallOutcome, action: TradeAction, ref: TradeRef, printing: Printing, locale: Locale, io: CliIo): ExitCode {
  const text = messages[locale];
  switch (outcome.kind) {
    case "ok":
      return printOk(outcome.data, printing, io);
    case "unreadable": {
      const why = text.unreadableReason(outcome.reason);
      switch (outcome.outcome) {
        case "executed":
          io.stderr(`${text.executedUnreadable(action, outcome.status, why, ref)}\n`);
          return ExitCode.executedUnreadable;
        case "rejected":
          io.stderr(`${text.rejectedUnreadable(action, outcome.status, why)}\n`);
          return ExitCode.binanceRejected;
        case "unknown":
          io.stderr(`${text.unknownStatus(action, `${text.httpStatus(outcome.status)}; ${why}`, ref)}\n`);
          return ExitCode.unknownStatus;
      }
      break;
    }
    case "unknown": {
      const detail = outcome.status === undefined ? text.networkFailure : text.httpStatus(outcome.status, outcome.binanceCode);
      io.stderr(`${text.unknownStatus(action, detail, ref)}\n`);
      return ExitCode.unknownStatus;
    }
    case "interrupted":
      io.stderr(`${outcome.sent ? text.interrupted(action, ref, outcome.by) : text.interruptedBeforeSending(action, outcome.by)}\n`);
      return exitCodeOfSignal(outcome.by);
    default:
      return reportCommon(outcome, action, printing, locale, io);
  }
}

export function reportQuery(outcome: CallOutcome, printing: Printing, locale: Locale, io: CliIo): ExitCode {
  const text = messages[locale];
  switch (outcome.kind) {
    case "ok":
      return printOk(outcome.data, printing, io);
    case "unreadable": {
      const why = text.unreadableReason(outcome.reason);
      if (outcome.outcome === "rejected") {
        io.stderr(`${text.queryFailed(`${text.httpStatus(outcome.status)}; ${why}`)}\n`);
        return ExitCode.binanceRejected;
      }
      if (outcome.outcome === "unknown") {
        io.stderr(`${text.queryFailed(`${text.httpStatus(outcome.status)}; ${why}`)}\n`);
        return ExitCode.unknownStatus;
      }
      io.stderr(`${text.queryUnreadable(outcome.status, why)}\n`);
      return ExitCode.failure;
    }
    case "unknown": {
      const detail = outcome.status === undefined ? text.networkFailure : text.httpStatus(outcome.status, outcome.binanceCode);
      io.stderr(`${text.queryFailed(detail)}\n`);
      return ExitCode.unknownStatus;
    }
    case "interrupted":
      io.stderr(`${text.queryInterrupted(outcome.by)}\n`);
      return exitCodeOfSignal(outcome.by);
    default:
      return reportCommon(outcome, "query", printing, locale, io);
  }
}
