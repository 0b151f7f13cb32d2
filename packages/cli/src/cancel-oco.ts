// `sapi-kit margin cancel-oco`: one signed DELETE /sapi/v1/margin/orderList
// through the public client + signer, with every outcome mapped to an exit code.
// The same code decides the exit code with and without --json.
import { UnsafeIntegerError, createClient } from "@sapi-kit/client";
import {
  RateLimitError,
  SignerConfigError,
  UnknownExecutionStatusError,
  type UsageHeaders,
  createSigner,
} from "@sapi-kit/signer";
import { findCancelResultProblem } from "./cancel-result-shape.js";
import { type Credentials, readCredentials } from "./credentials.js";
import { startDemoSandbox } from "./demo-sandbox.js";
import { ExitCode } from "./exit-codes.js";
import { formatCancelResult } from "./format-result.js";
import type { CliIo } from "./io.js";
import { type Locale, type OrderListRef, messages } from "./messages.js";
import type { CancelOcoArgs } from "./parse-args.js";
import { type ObservedResponse, observeResponses } from "./response-observer.js";
import { type UnreadableReason, classifyBody, isBinanceError } from "./unreadable-body.js";

type Outcome = "executed" | "rejected" | "unknown";

function cancelQuery(args: CancelOcoArgs) {
  const common = {
    symbol: args.symbol,
    ...(args.isolated ? { isIsolated: "TRUE" as const } : {}),
    ...(args.newClientOrderId === undefined ? {} : { newClientOrderId: args.newClientOrderId }),
  };
  return args.orderListId === undefined
    ? { ...common, listClientOrderId: args.listClientOrderId as string }
    : { ...common, orderListId: args.orderListId };
}

function orderListRef(args: CancelOcoArgs): OrderListRef {
  return {
    symbol: args.symbol,
    isolated: args.isolated,
    ...(args.orderListId === undefined ? {} : { orderListId: args.orderListId }),
    ...(args.listClientOrderId === undefined ? {} : { listClientOrderId: args.listClientOrderId }),
  };
}

/** A 2xx means the cancel ran; a 4xx means it was refused; anything else may or may not have run. */
function outcomeOfStatus(status: number): Outcome {
  if (status >= 200 && status < 300) return "executed";
  return status >= 400 && status < 500 ? "rejected" : "unknown";
}

/**
 * The library's "response unreadable" error (contract: `code` RESPONSE_UNREADABLE,
 * with `status`, `outcome`, `reason`). Matched by code, so this CLI works with
 * a client that throws it and with one that does not yet.
 */
function asResponseUnreadable(error: unknown): { status?: number; outcome?: Outcome; reason?: string } | undefined {
  const candidate = error as { code?: unknown; status?: unknown; outcome?: unknown; reason?: unknown } | null;
  if (candidate?.code !== "RESPONSE_UNREADABLE") return undefined;
  return {
    ...(typeof candidate.status === "number" ? { status: candidate.status } : {}),
    ...(candidate.outcome === "executed" || candidate.outcome === "rejected" || candidate.outcome === "unknown"
      ? { outcome: candidate.outcome }
      : {}),
    ...(typeof candidate.reason === "string" ? { reason: candidate.reason } : {}),
  };
}

/** An integer JSON.parse had to round, found in a response body: the field's JSON path. */
function unsafeResponseIntegerPath(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; source?: unknown; path?: unknown } | null;
  const isUnsafe = error instanceof UnsafeIntegerError || candidate?.code === "UNSAFE_INTEGER";
  return isUnsafe && candidate?.source === "response" && typeof candidate.path === "string" ? candidate.path : undefined;
}

function reportUnreadable(
  status: number,
  outcome: Outcome,
  reason: UnreadableReason,
  args: CancelOcoArgs,
  locale: Locale,
  io: CliIo,
): ExitCode {
  const text = messages[locale];
  const why = text.unreadableReason(reason);
  switch (outcome) {
    case "executed":
      io.stderr(`${text.executedUnreadable(status, why, orderListRef(args))}\n`);
      return ExitCode.executedUnreadable;
    case "rejected":
      io.stderr(`${text.rejectedUnreadable(status, why)}\n`);
      return ExitCode.binanceRejected;
    case "unknown":
      io.stderr(`${text.unknownStatus(`${text.httpStatus(status)}; ${why}`, orderListRef(args))}\n`);
      return ExitCode.unknownStatus;
  }
}

/** After a response arrived, reading it failed: say what arrived and what that means for the cancel. */
async function reportFailedRead(
  error: unknown,
  seen: ObservedResponse | undefined,
  args: CancelOcoArgs,
  locale: Locale,
  io: CliIo,
): Promise<ExitCode | undefined> {
  const library = asResponseUnreadable(error);
  const unsafePath = unsafeResponseIntegerPath(error);
  const status = seen?.status ?? library?.status;
  // Once the observer has seen the final response, only reading its body is left to fail.
  if (status === undefined) return undefined;
  const reason: UnreadableReason =
    unsafePath !== undefined
      ? { kind: "unsafe-integer", path: unsafePath }
      : ((seen && (await classifyBody(seen))) ?? { kind: "other", detail: library?.reason ?? String(error) });
  return reportUnreadable(status, library?.outcome ?? outcomeOfStatus(status), reason, args, locale, io);
}

async function sendCancel(args: CancelOcoArgs, credentials: Credentials, baseUrl: string | undefined, locale: Locale, io: CliIo) {
  const text = messages[locale];
  if (io.signal?.aborted) {
    io.stderr(`${text.interruptedBeforeSending}\n`);
    return ExitCode.interrupted;
  }
  const client = createClient(baseUrl === undefined ? {} : { baseUrl });
  const observer = observeResponses();
  // The signer reports the X-SAPI-USED-* / X-MBX-USED-* counters of each response.
  let usage: UsageHeaders = {};
  try {
    client.use(observer.middleware);
    // Inside the try: a bad key is refused here (format) or on first use (import), both as SignerConfigError.
    client.use(
      createSigner({
        apiKey: credentials.apiKey,
        ...("apiSecret" in credentials ? { apiSecret: credentials.apiSecret } : { privateKey: credentials.privateKey }),
        ...(args.recvWindow === undefined ? {} : { recvWindow: args.recvWindow }),
        onUsage: (counters) => {
          usage = counters;
        },
      }),
    );
    const { data, error, response } = await client.DELETE("/sapi/v1/margin/orderList", {
      params: { query: cancelQuery(args) },
      ...(io.signal ? { signal: io.signal } : {}),
    });
    const seen = observer.last();
    if (response.ok) {
      // Checked before printing in either mode, so --json and the summary agree on the exit code.
      const problem = findCancelResultProblem(data);
      if (problem || data === undefined) {
        const reason = (seen && (await classifyBody(seen))) ?? problem ?? { kind: "empty" };
        return reportUnreadable(response.status, "executed", reason, args, locale, io);
      }
      io.stdout(args.json ? `${JSON.stringify(data, null, 2)}\n` : formatCancelResult(data, usage, locale));
      return ExitCode.ok;
    }
    if (!isBinanceError(error)) {
      const reason = (seen && (await classifyBody(seen))) ?? { kind: "not-binance-error" };
      return reportUnreadable(response.status, outcomeOfStatus(response.status), reason, args, locale, io);
    }
    if (args.json) io.stdout(`${JSON.stringify(error, null, 2)}\n`);
    io.stderr(`${text.binanceRejected(error.code, error.msg, response.status)}\n`);
    return ExitCode.binanceRejected;
  } catch (error) {
    if (io.signal?.aborted) {
      io.stderr(`${text.interrupted(orderListRef(args))}\n`);
      return ExitCode.interrupted;
    }
    if (error instanceof UnknownExecutionStatusError) {
      const detail = error.status === undefined ? text.networkFailure : text.httpStatus(error.status, error.binanceCode);
      io.stderr(`${text.unknownStatus(detail, orderListRef(args))}\n`);
      return ExitCode.unknownStatus;
    }
    if (error instanceof RateLimitError) {
      io.stderr(`${text.rateLimited(error.status, String(error.retryAfterSeconds ?? "?"))}\n`);
      return ExitCode.rateLimited;
    }
    if (error instanceof SignerConfigError) {
      // The signer's English reason is not printed: the CLI knows which input it came from.
      io.stderr(`${"privateKey" in credentials ? text.unusableKeyFile(credentials.keyFile ?? "") : text.badCredentials}\n`);
      return ExitCode.usage;
    }
    const reported = await reportFailedRead(error, observer.last(), args, locale, io);
    if (reported !== undefined) return reported;
    throw error;
  }
}

export async function cancelOco(args: CancelOcoArgs, locale: Locale, io: CliIo): Promise<ExitCode> {
  if (!args.sandbox) {
    const credentials = await readCredentials(io.env, locale);
    return sendCancel(args, credentials, args.baseUrl, locale, io);
  }
  const demo = await startDemoSandbox(args);
  try {
    io.stderr(`${messages[locale].sandboxStarted(demo.url)}\n`);
    return await sendCancel(args, demo.credentials, demo.url, locale, io);
  } finally {
    await demo.close();
  }
}
