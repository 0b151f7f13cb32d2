// Short summaries of single orders for humans: one order with its state, a
// page of orders with one line each, a cancelled order, and cancel-all's
// mixed answer (single orders and whole lists, in Binance's order).
import type { UsageHeaders } from "@sapi-kit/signer";
import { isListShaped } from "../transport/response-shape.js";
import { cancelledListInAll, formatCancelResult } from "./format-order-list.js";
import { type Locale, messages } from "./messages/index.js";
import { type OrderState, orderLine, usageLine } from "./summary-parts.js";

/** A cancelled order: Binance names the order's own client id origClientOrderId, and the cancel's clientOrderId. */
interface CancelledOrder extends Omit<OrderState, "clientOrderId"> {
  origClientOrderId: string;
  clientOrderId?: string;
}

const asState = (order: CancelledOrder): OrderState => ({ ...order, clientOrderId: order.origClientOrderId });

export function formatOrder(data: unknown, usage: UsageHeaders, locale: Locale): string {
  const order = data as OrderState;
  const words = messages[locale];
  const lines = [
    words.orderHeadline(order.orderId, order.symbol, order.isIsolated, order.status),
    `  ${orderLine(order, locale)}`,
    ...(order.updateTime === undefined ? [] : [`  ${words.updated}${words.colon}${new Date(order.updateTime).toISOString()}`]),
    ...usageLine(usage, locale),
  ];
  return `${lines.join("\n")}\n`;
}

export function formatOrders(data: unknown, usage: UsageHeaders, locale: Locale): string {
  const orders = data as OrderState[];
  const words = messages[locale];
  if (orders.length === 0) return `${[words.noOrders, ...usageLine(usage, locale)].join("\n")}\n`;
  const lines = [
    `${words.orderCount(orders.length)}${words.colon.trimEnd()}`,
    // A query without --symbol answers for every symbol: each line names its own.
    ...orders.map((order) => `  ${order.symbol} ${orderLine(order, locale)}`),
    ...usageLine(usage, locale),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * `requestedIsolated`: the account the cancel named, when the answer leaves out the
 * optional `isIsolated`. A leg of a list cancels the whole list, answered as the list.
 */
export function formatCancelledOrder(data: unknown, usage: UsageHeaders, locale: Locale, requestedIsolated: boolean): string {
  const words = messages[locale];
  if (isListShaped(data as Record<string, unknown>)) return `${words.cancelledWholeList}\n${formatCancelResult(data, usage, locale, requestedIsolated)}`;
  const order = data as CancelledOrder;
  const lines = [
    words.cancelledOrder(order.orderId, order.symbol, order.isIsolated ?? requestedIsolated, order.status),
    `  ${orderLine(asState(order), locale)}`,
    ...(order.clientOrderId === undefined ? [] : [`  ${words.cancelClientId(order.clientOrderId)}`]),
    ...usageLine(usage, locale),
  ];
  return `${lines.join("\n")}\n`;
}

/** cancel-all: what it cancelled on the symbol, single orders and whole lists as Binance listed them. */
export function formatCancelAll(data: unknown, usage: UsageHeaders, locale: Locale, symbol: string, requestedIsolated: boolean): string {
  const items = data as Record<string, unknown>[];
  const words = messages[locale];
  const lists = items.filter(isListShaped).length;
  const lines = [
    words.cancelledAll(symbol, requestedIsolated, items.length - lists, lists),
    ...items.flatMap((item) =>
      isListShaped(item) ? cancelledListInAll(item, locale, requestedIsolated) : [`  ${orderLine(asState(item as unknown as CancelledOrder), locale)}`],
    ),
    ...usageLine(usage, locale),
  ];
  return `${lines.join("\n")}\n`;
}
