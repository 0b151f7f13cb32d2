import { orderListRejections } from "../order-list-rejections.js";
import type { OrderListStore } from "../order-list-store.js";
import { findOrder, type OrderSelector } from "./find-order.js";
import { historyPage } from "./history-window.js";
import { type OrderBody, orderBody } from "./order-responses.js";

/**
 * The three order reads. Every leg of every list is an order (and so is a
 * standalone order of the seeding API); each read sees only the margin
 * account it addresses: cross margin, or the isolated account of `symbol`
 * (isIsolated=TRUE). The generated contract has already checked the
 * parameters; the engine repeats the rules it relies on, so that a JS caller
 * gets the same answers.
 */

/** GET /sapi/v1/margin/order (https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Order). */
export type QueryOrderRequest = OrderSelector;

/** GET /sapi/v1/margin/openOrders (https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Open-Orders). */
export interface QueryOpenOrdersRequest {
  /** Optional for cross margin (every symbol when absent); required with isIsolated=TRUE. */
  readonly symbol?: string;
  readonly isIsolated?: boolean;
}

/** GET /sapi/v1/margin/allOrders (https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-All-Orders). */
export interface QueryAllOrdersRequest {
  readonly symbol: string;
  readonly isIsolated?: boolean;
  /** Orders with orderId >= this one. */
  readonly orderId?: bigint | number;
  readonly startTime?: number;
  readonly endTime?: number;
  readonly limit?: number;
}

/** The all-orders page: "Default 500; max 500." */
export const ALL_ORDERS_DEFAULT_LIMIT = 500;
export const ALL_ORDERS_MAX_LIMIT = 500;

/**
 * One order by orderId and/or origClientOrderId ("Either orderId or
 * origClientOrderId must be sent": -1102 otherwise, the contract's answer).
 * None of this account: -2013 "Order does not exist." (spot errors page), which
 * is what an isolated order looked up without isIsolated=TRUE gets.
 */
export function queryOrder(store: OrderListStore, apiKey: string, request: QueryOrderRequest): OrderBody {
  if (request.orderId === undefined && request.origClientOrderId === undefined) {
    throw orderListRejections.eitherParameter("orderId", "origClientOrderId");
  }
  const order = findOrder(store, apiKey, request);
  if (!order) throw orderListRejections.noSuchOrder();
  return orderBody(order);
}

/**
 * The account's live orders (NEW, and PENDING_NEW: an OTO's pending order is
 * open, cancellable and swept by cancel-all), ascending orderId. Without a
 * symbol (cross margin only: "If isIsolated ="TRUE", symbol must be sent",
 * -1102), every symbol's.
 */
export function queryOpenOrders(store: OrderListStore, apiKey: string, request: QueryOpenOrdersRequest): OrderBody[] {
  const isIsolated = request.isIsolated ?? false;
  if (isIsolated && request.symbol === undefined) throw orderListRejections.mandatoryParameter("symbol");
  return store.openOrders(apiKey, isIsolated, request.symbol).map(orderBody);
}

/**
 * The account's orders on the symbol, open or done, ascending orderId: those
 * with orderId >= `orderId` when sent, otherwise those placed within the last
 * 24 hours, or within [startTime, endTime] (see `historyPage`); at most `limit`
 * (default 500, at most 500: -1130 above).
 */
export function queryAllOrders(store: OrderListStore, apiKey: string, request: QueryAllOrdersRequest): OrderBody[] {
  const limit = request.limit ?? ALL_ORDERS_DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > ALL_ORDERS_MAX_LIMIT) throw orderListRejections.invalidParameter("limit");
  const orders = store.accountOrders(apiKey, request.isIsolated ?? false, request.symbol);
  const page = historyPage(
    orders,
    (order) => order.orderId,
    (order) => order.time,
    {
      ...(request.orderId === undefined ? {} : { fromId: request.orderId }),
      ...(request.startTime === undefined ? {} : { startTime: request.startTime }),
      ...(request.endTime === undefined ? {} : { endTime: request.endTime }),
      limit,
    },
    store.now(),
  );
  return page.map(orderBody);
}
