// Pieces every summary shares: which decimals are prices, the rate-limit
// usage line, and one order as a summary line.
import type { UsageHeaders } from "@sapi-kit/signer";
import type { OrderLine } from "./messages/catalog.js";
import { type Locale, messages } from "./messages/index.js";

/**
 * Orders without a limit price (MARKET, STOP_LOSS, TAKE_PROFIT) come back with price "0.00000000", and orders
 * without a trigger may carry stopPrice "0.00000000": a zero is no price, so it is not shown.
 */
export const isPrice = (price: string | undefined): price is string => price !== undefined && /[1-9]/.test(price);

/** `label`: what the counters are of, when not the one call the summary is about. */
export function usageLine(usage: UsageHeaders, locale: Locale, label = messages[locale].usage): string[] {
  const entries = Object.entries(usage);
  if (entries.length === 0) return [];
  return [`  ${label}${messages[locale].colon}${entries.map(([name, value]) => `${name}=${value}`).join(", ")}`];
}

/** The fields of an order's state transport/response-shape.ts has checked (query, open, all, cancel). */
export interface OrderState {
  symbol: string;
  orderId: number | string;
  clientOrderId: string;
  type: string;
  side: string;
  status: string;
  price: string;
  stopPrice?: string;
  origQty: string;
  executedQty: string;
  cummulativeQuoteQty: string;
  orderListId?: number;
  isIsolated?: boolean;
  updateTime?: number;
}

/** An order as one summary line. Binance prints a negative cummulativeQuoteQty when it no longer knows it. */
export function orderLine(order: OrderState, locale: Locale): string {
  const line: OrderLine = {
    orderId: order.orderId,
    type: order.type,
    side: order.side,
    ...(isPrice(order.price) ? { price: order.price } : {}),
    ...(isPrice(order.stopPrice) ? { stopPrice: order.stopPrice } : {}),
    status: order.status,
    executedQty: order.executedQty,
    origQty: order.origQty,
    ...(order.cummulativeQuoteQty.startsWith("-") ? {} : { quoteQty: order.cummulativeQuoteQty }),
    ...(order.orderListId === undefined || order.orderListId < 0 ? {} : { orderListId: order.orderListId }),
    clientOrderId: order.clientOrderId,
  };
  return messages[locale].orderLine(line);
}
