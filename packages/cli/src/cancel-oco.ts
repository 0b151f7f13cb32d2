// `sapi-kit margin cancel-oco`: one signed DELETE /sapi/v1/margin/orderList
// through the public client + signer, with every outcome mapped to an exit code.
import { createClient } from "@sapi-kit/client";
import {
  RateLimitError,
  SignerConfigError,
  UnknownExecutionStatusError,
  type UsageHeaders,
  createSigner,
} from "@sapi-kit/signer";
import { type Credentials, readCredentials } from "./credentials.js";
import { ExitCode } from "./exit-codes.js";
import { formatCancelResult } from "./format-result.js";
import type { CliIo } from "./io.js";
import { type Locale, messages } from "./messages.js";
import type { CancelOcoArgs } from "./parse-args.js";
import { startDemoSandbox } from "./demo-sandbox.js";

function describeUnknownStatus(error: UnknownExecutionStatusError): string {
  if (error.status === undefined) return "network failure";
  return `HTTP ${error.status}${error.binanceCode === undefined ? "" : `, code ${error.binanceCode}`}`;
}

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

async function sendCancel(args: CancelOcoArgs, credentials: Credentials, baseUrl: string | undefined, locale: Locale, io: CliIo) {
  const text = messages[locale];
  const client = createClient(baseUrl === undefined ? {} : { baseUrl });
  // The signer reports the X-SAPI-USED-* / X-MBX-USED-* counters of each response.
  let usage: UsageHeaders = {};
  try {
    // Inside the try: a bad key is refused here (format) or on first use (import), both as SignerConfigError.
    client.use(
      createSigner({
        ...credentials,
        ...(args.recvWindow === undefined ? {} : { recvWindow: args.recvWindow }),
        onUsage: (counters) => {
          usage = counters;
        },
      }),
    );
    const { data, error, response } = await client.DELETE("/sapi/v1/margin/orderList", {
      params: { query: cancelQuery(args) },
    });
    if (data) {
      io.stdout(args.json ? `${JSON.stringify(data, null, 2)}\n` : formatCancelResult(data, usage, locale));
      return ExitCode.ok;
    }
    if (args.json) io.stdout(`${JSON.stringify(error, null, 2)}\n`);
    io.stderr(`${text.binanceRejected(error.code, error.msg, response.status)}\n`);
    return ExitCode.binanceRejected;
  } catch (error) {
    if (error instanceof UnknownExecutionStatusError) {
      io.stderr(`${text.unknownStatus(describeUnknownStatus(error))}\n`);
      return ExitCode.unknownStatus;
    }
    if (error instanceof RateLimitError) {
      io.stderr(`${text.rateLimited(error.status, String(error.retryAfterSeconds ?? "?"))}\n`);
      return ExitCode.rateLimited;
    }
    if (error instanceof SignerConfigError) {
      io.stderr(`${text.badCredentials(error.message)}\n`);
      return ExitCode.usage;
    }
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
