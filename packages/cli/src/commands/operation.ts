// A margin command (place, get, list, cancel: order lists, orders, trades), end to end:
// credentials (or an embedded sandbox), one signed request, and its outcome in
// words and exit code. TRADE commands report executed / rejected / unknown and
// are never resent; queries are safe to run again.
import type { CreateOcoListOptions } from "@sapi-kit/sandbox";
import type { UsageHeaders } from "@sapi-kit/signer";
import { resolveBaseUrl } from "../args/base-url.js";
import { readCredentials } from "../args/credentials.js";
import type { OperationArgs } from "../args/operation-args.js";
import { NO_LEGS_SWITCH } from "../contract/command-overrides.js";
import { isPlaceCommand, isTradeCommand } from "../contract/operation-commands.js";
import type { ExitCode } from "../output/exit-codes.js";
import { formatListenToken } from "../output/format-listen-token.js";
import { formatCancelAll, formatCancelledOrder, formatOrder, formatOrders } from "../output/format-order.js";
import { formatCancelResult, formatOrderList, formatOrderLists, formatOrderListWithLegs, formatPlacement } from "../output/format-order-list.js";
import { formatTrades } from "../output/format-trade.js";
import type { CliIo } from "../output/io.js";
import { type Locale, messages, type TradeRef } from "../output/messages/index.js";
import { reportQuery, reportTrade } from "../output/report-outcome.js";
import { startDemoSandbox } from "../transport/demo-sandbox.js";
import {
  findCancelAllProblem,
  findCancelOrderProblem,
  findCancelResultProblem,
  findListenTokenProblem,
  findOrderListProblem,
  findOrderListsProblem,
  findOrderProblem,
  findOrdersProblem,
  findPlacementProblem,
  findTradesProblem,
} from "../transport/response-shape.js";
import { type Credentials, sendSigned } from "../transport/signed-call.js";
import { type ListOrders, readLegs } from "./order-list-legs.js";

/** How each kind of response is checked and summarized. */
function responseOf(args: OperationArgs) {
  const { command } = args;
  // The account the request named: Binance leaves isIsolated out of a cross-margin answer.
  const isolated = args.query.isIsolated === "TRUE";
  if (isPlaceCommand(command)) {
    return { findProblem: findPlacementProblem, format: (data: unknown, usage: UsageHeaders, locale: Locale) => formatPlacement(command, data, usage, locale) };
  }
  switch (command) {
    case "cancel-oco":
      return { findProblem: findCancelResultProblem, format: (data: unknown, usage: UsageHeaders, locale: Locale) => formatCancelResult(data, usage, locale, isolated) };
    case "get-order-list":
      return { findProblem: findOrderListProblem, format: formatOrderList };
    case "list-order-lists":
    case "list-open-order-lists":
      return { findProblem: findOrderListsProblem, format: formatOrderLists };
    case "get-order":
      return { findProblem: findOrderProblem, format: formatOrder };
    case "list-open-orders":
    case "list-orders":
      return { findProblem: findOrdersProblem, format: formatOrders };
    case "list-trades":
      return { findProblem: findTradesProblem, format: formatTrades };
    case "cancel-order":
      return { findProblem: findCancelOrderProblem, format: (data: unknown, usage: UsageHeaders, locale: Locale) => formatCancelledOrder(data, usage, locale, isolated) };
    case "cancel-all": {
      const symbol = String(args.query.symbol);
      return { findProblem: findCancelAllProblem, format: (data: unknown, usage: UsageHeaders, locale: Locale) => formatCancelAll(data, usage, locale, symbol, isolated) };
    }
    case "create-listen-token": {
      const symbol = args.query.isIsolated === "true" && typeof args.query.symbol === "string" ? args.query.symbol : undefined;
      return { findProblem: findListenTokenProblem, format: (data: unknown, usage: UsageHeaders, locale: Locale) => formatListenToken(data, usage, locale, symbol) };
    }
  }
}

/** What a TRADE call names (a new list by its client id), as the user can look it up if the outcome is unknown. */
function tradeRef(args: OperationArgs): TradeRef {
  const { orderListId, listClientOrderId, orderId, origClientOrderId } = args.query;
  const where = { symbol: String(args.query.symbol), isolated: args.query.isIsolated === "TRUE" };
  switch (args.command) {
    case "cancel-order":
      return {
        kind: "order",
        ...where,
        ...(typeof orderId === "number" ? { orderId } : {}),
        ...(typeof origClientOrderId === "string" ? { origClientOrderId } : {}),
      };
    case "cancel-all":
      return { kind: "open-orders", ...where };
    default:
      return {
        kind: "order-list",
        ...where,
        ...(typeof orderListId === "number" ? { orderListId } : {}),
        ...(typeof listClientOrderId === "string" ? { listClientOrderId } : {}),
      };
  }
}

/** get-order-list reads each order of the list too, unless told --no-legs; --json prints the list's own answer. */
const readsLegs = (args: OperationArgs) => args.command === "get-order-list" && !args.json && !args.ownSwitches.has(NO_LEGS_SWITCH);

async function send(args: OperationArgs, credentials: Credentials, baseUrl: string, locale: Locale, io: CliIo) {
  const { findProblem, format } = responseOf(args);
  io.stderr(`${messages[locale].sendingTo(baseUrl)}\n`);
  const call = { method: args.contract.method as "GET" | "POST" | "DELETE", path: args.contract.path, query: args.query, findProblem };
  const outcome = await sendSigned(call, credentials, baseUrl, io.signal);
  if (readsLegs(args) && outcome.kind === "ok") {
    const legs = await readLegs(outcome.data as ListOrders, args.query.isIsolated === "TRUE", { credentials, baseUrl }, locale, io);
    io.stdout(formatOrderListWithLegs(outcome.data, legs.legs, { list: outcome.usage, legs: legs.usage ?? {} }, locale));
    return legs.code;
  }
  const printing = { json: args.json, summary: (data: unknown) => format(data, outcome.kind === "ok" ? outcome.usage : {}, locale) };
  const { command } = args;
  return isTradeCommand(command) ? reportTrade(outcome, command, tradeRef(args), printing, locale, io) : reportQuery(outcome, printing, locale, io);
}

/**
 * With --sandbox, the read commands and the cancels find a demo OCO: the one named, or one on the symbol
 * asked about (its orders are #1 and #2 in a fresh sandbox, for the commands that name an order).
 */
function demoSeed(args: OperationArgs): CreateOcoListOptions | undefined {
  // A token needs no order list.
  if (isPlaceCommand(args.command) || args.command === "create-listen-token") return undefined;
  const { query } = args;
  // A list query names a list's client id origClientOrderId; cancel-oco, listClientOrderId; the order commands, none.
  const clientId = args.command === "cancel-oco" ? query.listClientOrderId : args.command === "get-order-list" ? query.origClientOrderId : undefined;
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
    if (demo.seeded !== undefined) io.stderr(`${words.sandboxDemoSeeded(demo.seeded.orderListId, demo.seeded.orderIds)}\n`);
    if (args.generatedListClientOrderId) io.stderr(`${words.generatedClientId(args.generatedListClientOrderId)}\n`);
    return await send(args, demo.credentials, demo.url, locale, io);
  } finally {
    await demo.close();
  }
}
