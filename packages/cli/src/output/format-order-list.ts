// Short, aligned summaries of order lists for humans: a placed list with one
// line per order, one list, a page of lists with one line each, or a
// cancelled list with one line per order.
import type { components } from "@sapi-kit/client";
import type { UsageHeaders } from "@sapi-kit/signer";
import type { PlaceCommandName } from "../contract/operation-commands.js";
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

/**
 * Binance answers an OTOCO with contingencyType "OTO" (its lists are OCO or OTO),
 * so a placement is named after what the user placed.
 */
const PLACED_LIST_TYPE: Record<PlaceCommandName, string> = { "place-oco": "OCO", "place-oto": "OTO", "place-otoco": "OTOCO" };

/**
 * Orders without a limit price (MARKET, STOP_LOSS, TAKE_PROFIT) come back with price "0.00000000", and orders
 * without a trigger may carry stopPrice "0.00000000": a zero is no price, so it is not shown.
 */
const isPrice = (price: string | undefined): price is string => price !== undefined && /[1-9]/.test(price);

function describeReport(report: NonNullable<OrderListBody["orderReports"]>[number]): string {
  const parts = [`#${report.orderId}`];
  if (report.type !== undefined) parts.push(report.type);
  if (report.side !== undefined) parts.push(report.side);
  if (report.origQty !== undefined) parts.push(report.origQty);
  if (isPrice(report.price)) parts.push(`@ ${report.price}`);
  if (isPrice(report.stopPrice)) parts.push(`stop ${report.stopPrice}`);
  const status = report.status === undefined ? "" : `  ${report.status}`;
  return `${parts.join(" ")}${status}  (${report.clientOrderId})`;
}

export function usageLine(usage: UsageHeaders, locale: Locale): string[] {
  const entries = Object.entries(usage);
  if (entries.length === 0) return [];
  return [`  ${messages[locale].usage}${messages[locale].colon}${entries.map(([name, value]) => `${name}=${value}`).join(", ")}`];
}

const orderIds = (list: OrderListBody) => list.orders.map((order) => `#${order.orderId} (${order.clientOrderId})`).join(", ");

export function formatPlacement(command: PlaceCommandName, data: unknown, usage: UsageHeaders, locale: Locale): string {
  const list = data as OrderListBody;
  const words = messages[locale];
  const lines = [
    words.placed({ ...headline(list), contingencyType: PLACED_LIST_TYPE[command] }),
    `  ${words.clientId}${words.colon}${list.listClientOrderId}`,
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
    `  ${words.clientId}${words.colon}${list.listClientOrderId}`,
    `  ${words.legs}${words.colon}${orderIds(list)}`,
    ...usageLine(usage, locale),
  ];
  return `${lines.join("\n")}\n`;
}

export function formatOrderLists(data: unknown, usage: UsageHeaders, locale: Locale): string {
  const lists = data as OrderListBody[];
  const words = messages[locale];
  if (lists.length === 0) return `${[words.noOrderLists, ...usageLine(usage, locale)].join("\n")}\n`;
  const lines = [
    `${words.orderListCount(lists.length)}${words.colon.trimEnd()}`,
    ...lists.map((list) => `  ${words.orderList(headline(list))}  ${words.clientId}${words.colon}${list.listClientOrderId}`),
    ...usageLine(usage, locale),
  ];
  return `${lines.join("\n")}\n`;
}

function describeCancelledLeg(report: CancelResult["orderReports"][number]): string {
  const price = isPrice(report.price) ? ` @ ${report.price}` : "";
  const stop = isPrice(report.stopPrice) ? ` stop ${report.stopPrice}` : "";
  return `#${report.orderId} ${report.type} ${report.side} ${report.origQty}${price}${stop}  ${report.status}  (${report.origClientOrderId})`;
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
    `  ${text.listStatus}${text.colon}${result.listStatusType} / ${result.listOrderStatus}`,
    `  ${text.listClientOrderId}${text.colon}${result.listClientOrderId}`,
    `  ${text.transactionTime}${text.colon}${new Date(result.transactionTime).toISOString()}`,
    `  ${text.legs}${text.colon.trimEnd()}`,
    ...result.orderReports.map((report) => `    ${describeCancelledLeg(report)}`),
    ...usageLine(usage, locale),
  ];
  return `${lines.join("\n")}\n`;
}
