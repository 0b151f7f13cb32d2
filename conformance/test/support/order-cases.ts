// The orders every client queries, lists and cancels with the six order
// operations, in Binance's parameter names and wire types (decimals as text).
//
// Binance's pages (developers.binance.com/docs/margin_trading/trade/...):
// - Query Margin Account's Order (USER_DATA), GET /sapi/v1/margin/order:
//   https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Order
// - Query Margin Account's Open Orders (USER_DATA), GET /sapi/v1/margin/openOrders:
//   https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Open-Orders
// - Query Margin Account's All Orders (USER_DATA), GET /sapi/v1/margin/allOrders:
//   https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-All-Orders
// - Query Margin Account's Trade List (USER_DATA), GET /sapi/v1/margin/myTrades:
//   https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Trade-List
// - Margin Account Cancel Order (TRADE), DELETE /sapi/v1/margin/order:
//   https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-Order
// - Margin Account Cancel all Open Orders on a Symbol (TRADE), DELETE /sapi/v1/margin/openOrders:
//   https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-All-Open-Orders
// Every one takes `symbol` and `isIsolated` ("TRUE" for the isolated account
// of `symbol`, left out or "FALSE" for cross); the order query and cancel take
// `orderId` (or `origClientOrderId`).
//
// The scenario trades BNBBTC (tick 0.0000001, step 0.001, last price 0.009),
// which the order-list tests leave alone: they keep LTCBTC's last price
// where it is, and these tests move BNBBTC's.
import type { MarginMode } from "./cancel-cases.js";
import type { OcoRequest, OtoRequest } from "./lifecycle-cases.js";

export const ORDER_SYMBOL = "BNBBTC";
/** BNBBTC's last price when the sandbox starts; the scenario puts it back before each placement. */
export const START_PRICE = "0.009";
/** The OCO's limit (LIMIT_MAKER) price: moving the last price here fills that leg at it. */
export const LIMIT_PRICE = "0.0091";
/** Both as Binance prints decimals (8 fraction digits). */
export const FILL_PRICE = "0.00910000";
export const QUANTITY = "1.00000000";

export const ORDER_PATHS = {
  /** GET: query one order; DELETE: cancel it. */
  order: "/sapi/v1/margin/order",
  /** GET: the open orders; DELETE: cancel them all. */
  openOrders: "/sapi/v1/margin/openOrders",
  allOrders: "/sapi/v1/margin/allOrders",
  myTrades: "/sapi/v1/margin/myTrades",
} as const;

/** The two margin accounts a caller can name: cross the way most callers do (no `isIsolated`), and isolated. */
export const ORDER_MODES: readonly MarginMode[] = [
  { name: "cross, isIsolated left out", isolated: false },
  { name: "isolated, isIsolated=TRUE", isolated: true, isIsolated: "TRUE" },
];

/** `symbol`, and `isIsolated` unless the mode leaves it out: what every one of the six calls names. */
export interface OrderScope {
  readonly symbol: string;
  readonly isIsolated?: "TRUE" | "FALSE";
}

export function orderScopeFor(mode: MarginMode): OrderScope {
  return { symbol: ORDER_SYMBOL, ...(mode.isIsolated === undefined ? {} : { isIsolated: mode.isIsolated }) };
}

/** One order of the scope, by its id (query and cancel). */
export type OrderRequest = OrderScope & { readonly orderId: number };

/** A SELL OCO on BNBBTC around START_PRICE: LIMIT_MAKER at LIMIT_PRICE above, STOP_LOSS_LIMIT below. */
export function ocoRequestFor(mode: MarginMode): OcoRequest {
  return {
    ...orderScopeFor(mode),
    side: "SELL",
    quantity: "1",
    price: LIMIT_PRICE,
    stopPrice: "0.0089",
    stopLimitPrice: "0.00889",
    stopLimitTimeInForce: "GTC",
  };
}

/** A pending OTO on BNBBTC: a LIMIT BUY resting below START_PRICE, its LIMIT SELL waiting (PENDING_NEW). */
export function pendingOtoRequestFor(mode: MarginMode): OtoRequest {
  return {
    ...orderScopeFor(mode),
    workingType: "LIMIT",
    workingSide: "BUY",
    workingPrice: "0.0088",
    workingQuantity: "1",
    workingTimeInForce: "GTC",
    pendingType: "LIMIT",
    pendingSide: "SELL",
    pendingPrice: "0.0092",
    pendingQuantity: "1",
    pendingTimeInForce: "GTC",
  };
}
