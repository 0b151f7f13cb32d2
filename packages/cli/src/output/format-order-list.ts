// Short, aligned summaries of order lists for humans: a placed list with one
// line per order, one list, a page of lists with one line each, or a
// cancelled list with one line per leg.
import type { components } from "@sapi-kit/client";
import type { UsageHeaders } from "@sapi-kit/signer";
import { type Locale, messages } from "./messages/index.js";

type CancelResult = components["schemas"]["MarginCancelOcoResponse"];

/** The fields transport/response-shape.ts has checked. */
interface OrderListBody {
  orderListId: number;
  contingencyType: string;
  listStatusType: string;
  listOrderStatus: string;
  listClientOrderId: string;
  symbol: string;
  isIsolated?: boolean;
  orders: { orderId: number; clientOrderId: string }[];
  orderReports?: {
    orderId: number;
    clientOrderId: string;
    type?: string;
    side?: string;
    origQty?: string;
    price?: string;
    stopPrice?: string;
    status?: string;
  }[];
}

function headline(list: OrderListBody) {
  return {
    orderListId: list.orderListId,
    contingencyType: list.contingencyType,
    symbol: list.symbol,
    isolated: list.isIsolated,
    listStatusType: list.listStatusType,
    listOrderStatus: list.listOrderStatus,
    listClientOrderId: list.listClientOrderId,
  };
}

function describeReport(report: NonNullable<OrderListBody["orderReports"]>[number]): string {
  const parts = [`#${report.orderId}`];
  if (report.type !== undefined) parts.push(report.type);
  if (report.side !== undefined) parts.push(report.side);
  if (report.origQty !== undefined) parts.push(report.origQty);
  if (report.price !== undefined) parts.push(`@ ${report.price}`);
  if (report.stopPrice !== undefined) parts.push(`stop ${report.stopPrice}`);
  const status = report.status === undefined ? "" : `  ${report.status}`;
  return `${parts.join(" ")}${status}  (${report.clientOrderId})`;
}

function usageLine(usage: UsageHeaders, locale: Locale): string[] {
  const entries = Object.entries(usage);
  if (entries.length === 0) return [];
  return [`  ${messages[locale].usage}: ${entries.map(([name, value]) => `${name}=${value}`).join(", ")}`];
}

const orderIds = (list: OrderListBody) => list.orders.map((order) => `#${order.orderId} (${order.clientOrderId})`).join(", ");

export function formatPlacement(data: unknown, usage: UsageHeaders, locale: Locale): string {
  const list = data as OrderListBody;
  const words = messages[locale];
  const lines = [
    words.placed(headline(list)),
    `  ${words.clientId}: ${list.listClientOrderId}`,
    ...(list.orderReports ?? []).map((report) => `  ${describeReport(report)}`),
    ...usageLine(usage, locale),
  ];
  return `${lines.join("\n")}\n`;
}

export function formatOrderList(data: unknown, usage: UsageHeaders, locale: Locale): string {
  const list = data as OrderListBody;
  const words = messages[locale];
  const lines = [
    words.orderList(headline(list)),
    `  ${words.clientId}: ${list.listClientOrderId}`,
    `  ${messages[locale].legs}: ${orderIds(list)}`,
    ...usageLine(usage, locale),
  ];
  return `${lines.join("\n")}\n`;
}

export function formatOrderLists(data: unknown, usage: UsageHeaders, locale: Locale): string {
  const lists = data as OrderListBody[];
  const words = messages[locale];
  if (lists.length === 0) return `${[words.noOrderLists, ...usageLine(usage, locale)].join("\n")}\n`;
  const lines = [
    `${words.orderListCount(lists.length)}:`,
    ...lists.map((list) => `  ${words.orderList(headline(list))}  ${words.clientId}: ${list.listClientOrderId}`),
    ...usageLine(usage, locale),
  ];
  return `${lines.join("\n")}\n`;
}

function describeCancelledLeg(report: CancelResult["orderReports"][number]): string {
  const stop = report.stopPrice === undefined ? "" : ` stop ${report.stopPrice}`;
  return `#${report.orderId} ${report.type} ${report.side} ${report.origQty} @ ${report.price}${stop}  ${report.status}  (${report.origClientOrderId})`;
}

/**
 * `requestedIsolated`: the account the cancel named. Binance cancels only on that account
 * (-2011 otherwise), so it stands in when the response leaves out the optional `isIsolated`.
 */
export function formatCancelResult(data: unknown, usage: UsageHeaders, locale: Locale, requestedIsolated: boolean): string {
  const result = data as CancelResult;
  const text = messages[locale];
  const lines = [
    text.cancelled(String(result.orderListId), result.symbol, result.isIsolated ?? requestedIsolated),
    `  ${text.listStatus}: ${result.listStatusType} / ${result.listOrderStatus}`,
    `  ${text.listClientOrderId}: ${result.listClientOrderId}`,
    `  ${text.transactionTime}: ${new Date(result.transactionTime).toISOString()}`,
    `  ${text.legs}:`,
    ...result.orderReports.map((report) => `    ${describeCancelledLeg(report)}`),
    ...usageLine(usage, locale),
  ];
  return `${lines.join("\n")}\n`;
}
