// An order-list command (place / get / list / cancel), end to end:
// credentials (or an embedded sandbox), one signed request, and its outcome in
// words and exit code. TRADE commands report executed / rejected / unknown and
// are never resent; queries are safe to run again.
import type { CreateOcoListOptions } from "@sapi-kit/sandbox";
import type { UsageHeaders } from "@sapi-kit/signer";
import { resolveBaseUrl } from "../args/base-url.js";
import { readCredentials } from "../args/credentials.js";
import type { OperationArgs } from "../args/operation-args.js";
import { isPlaceCommand, isTradeCommand } from "../contract/operation-commands.js";
import type { ExitCode } from "../output/exit-codes.js";
import { formatListenToken } from "../output/format-listen-token.js";
import { formatCancelResult, formatOrderList, formatOrderLists, formatPlacement } from "../output/format-order-list.js";
import type { CliIo } from "../output/io.js";
import { type Locale, messages, type OrderListRef } from "../output/messages/index.js";
import { reportQuery, reportTrade } from "../output/report-outcome.js";
import { startDemoSandbox } from "../transport/demo-sandbox.js";
import {
  findCancelResultProblem,
  findListenTokenProblem,
  findOrderListProblem,
  findOrderListsProblem,
  findPlacementProblem,
} from "../transport/response-shape.js";
import { type Credentials, sendSigned } from "../transport/signed-call.js";

/** How each kind of response is checked and summarized. */
function responseOf(args: OperationArgs) {
  const { command } = args;
  if (isPlaceCommand(command)) {
    return { findProblem: findPlacementProblem, format: (data: unknown, usage: UsageHeaders, locale: Locale) => formatPlacement(command, data, usage, locale) };
  }
  if (command === "cancel-oco") {
    // The account is the one the cancel named: Binance leaves isIsolated out of a cross-margin answer.
    const isolated = args.query.isIsolated === "TRUE";
    return { findProblem: findCancelResultProblem, format: (data: unknown, usage: UsageHeaders, locale: Locale) => formatCancelResult(data, usage, locale, isolated) };
  }
  if (command === "get-order-list") return { findProblem: findOrderListProblem, format: formatOrderList };
  if (command === "create-listen-token") {
    const symbol = args.query.isIsolated === "true" && typeof args.query.symbol === "string" ? args.query.symbol : undefined;
    return { findProblem: findListenTokenProblem, format: (data: unknown, usage: UsageHeaders, locale: Locale) => formatListenToken(data, usage, locale, symbol) };
  }
  return { findProblem: findOrderListsProblem, format: formatOrderLists };
}

/** The list a TRADE call names (a new one by its client id), as the user can look it up if the outcome is unknown. */
function listRef(args: OperationArgs): OrderListRef {
  const { orderListId, listClientOrderId } = args.query;
  return {
    symbol: String(args.query.symbol),
    isolated: args.query.isIsolated === "TRUE",
    ...(typeof orderListId === "number" ? { orderListId } : {}),
    ...(typeof listClientOrderId === "string" ? { listClientOrderId } : {}),
  };
}

async function send(args: OperationArgs, credentials: Credentials, baseUrl: string, locale: Locale, io: CliIo) {
  const { findProblem, format } = responseOf(args);
  io.stderr(`${messages[locale].sendingTo(baseUrl)}\n`);
  const call = { method: args.contract.method as "GET" | "POST" | "DELETE", path: args.contract.path, query: args.query, findProblem };
  const outcome = await sendSigned(call, credentials, baseUrl, io.signal);
  const printing = { json: args.json, summary: (data: unknown) => format(data, outcome.kind === "ok" ? outcome.usage : {}, locale) };
  const { command } = args;
  return isTradeCommand(command) ? reportTrade(outcome, command, listRef(args), printing, locale, io) : reportQuery(outcome, printing, locale, io);
}

/** With --sandbox, the read commands and the cancel find a demo OCO: the one named, or one on the symbol asked about. */
function demoSeed(args: OperationArgs): CreateOcoListOptions | undefined {
  // A token needs no order list.
  if (isPlaceCommand(args.command) || args.command === "create-listen-token") return undefined;
  const { query } = args;
  // A query names a list's client id origClientOrderId; the cancel, listClientOrderId.
  const clientId = args.command === "cancel-oco" ? query.listClientOrderId : query.origClientOrderId;
  return {
    symbol: typeof query.symbol === "string" ? query.symbol : "LTCBTC",
    isIsolated: query.isIsolated === "TRUE",
    ...(typeof query.orderListId === "number" ? { orderListId: query.orderListId } : {}),
    ...(typeof clientId === "string" ? { listClientOrderId: clientId } : {}),
  };
}

export async function runOperation(args: OperationArgs, locale: Locale, io: CliIo): Promise<ExitCode> {
  const words = messages[locale];
  if (!args.sandbox) {
    const baseUrl = resolveBaseUrl(args.baseUrl, io.env, locale);
    const credentials = await readCredentials(io.env, locale);
    if (args.generatedListClientOrderId) io.stderr(`${words.generatedClientId(args.generatedListClientOrderId)}\n`);
    return send(args, credentials, baseUrl, locale, io);
  }
  const demo = await startDemoSandbox(demoSeed(args));
  try {
    io.stderr(`${messages[locale].sandboxStarted(demo.url)}\n`);
    if (demo.seededOrderListId !== undefined) io.stderr(`${words.sandboxDemoSeeded(demo.seededOrderListId)}\n`);
    if (args.generatedListClientOrderId) io.stderr(`${words.generatedClientId(args.generatedListClientOrderId)}\n`);
    return await send(args, demo.credentials, demo.url, locale, io);
  } finally {
    await demo.close();
  }
}
