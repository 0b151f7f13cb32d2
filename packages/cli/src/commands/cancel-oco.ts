// `sapi-kit margin cancel-oco`: one signed DELETE /sapi/v1/margin/orderList
// through the public client + signer, with every outcome mapped to an exit code.

import { resolveBaseUrl } from "../args/base-url.js";
import type { CancelOcoArgs } from "../args/cancel-oco-args.js";
import { readCredentials } from "../args/credentials.js";
import type { ExitCode } from "../output/exit-codes.js";
import { formatCancelResult } from "../output/format-order-list.js";
import type { CliIo } from "../output/io.js";
import { type Locale, messages, type OrderListRef } from "../output/messages/index.js";
import { reportTrade } from "../output/report-outcome.js";
import { startDemoSandbox } from "../transport/demo-sandbox.js";
import { findCancelResultProblem } from "../transport/response-shape.js";
import { type Credentials, type SignedCall, sendSigned } from "../transport/signed-call.js";

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

async function sendCancel(args: CancelOcoArgs, credentials: Credentials, baseUrl: string, locale: Locale, io: CliIo) {
  io.stderr(`${messages[locale].sendingTo(baseUrl)}\n`);
  const call: SignedCall = {
    method: "DELETE",
    path: "/sapi/v1/margin/orderList",
    query: cancelQuery(args),
    ...(args.recvWindow === undefined ? {} : { recvWindow: args.recvWindow }),
    findProblem: findCancelResultProblem,
  };
  const outcome = await sendSigned(call, credentials, baseUrl, io.signal);
  return reportTrade(
    outcome,
    "cancel",
    orderListRef(args),
    // findCancelResultProblem has checked every field the summary reads.
    { json: args.json, summary: (data) => formatCancelResult(data, outcome.kind === "ok" ? outcome.usage : {}, locale, args.isolated) },
    locale,
    io,
  );
}

export async function cancelOco(args: CancelOcoArgs, locale: Locale, io: CliIo): Promise<ExitCode> {
  if (!args.sandbox) {
    const baseUrl = resolveBaseUrl(args.baseUrl, io.env, locale);
    const credentials = await readCredentials(io.env, locale);
    return sendCancel(args, credentials, baseUrl, locale, io);
  }
  const demo = await startDemoSandbox({
    symbol: args.symbol,
    isIsolated: args.isolated,
    ...(args.orderListId === undefined ? {} : { orderListId: args.orderListId }),
    ...(args.listClientOrderId === undefined ? {} : { listClientOrderId: args.listClientOrderId }),
  });
  try {
    io.stderr(`${messages[locale].sandboxStarted(demo.url)}\n`);
    return await sendCancel(args, demo.credentials, demo.url, locale, io);
  } finally {
    await demo.close();
  }
}
