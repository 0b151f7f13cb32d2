import { formatUnits } from "../decimal-units.js";
import type { TradeEntry } from "../order-list-store.js";
import type { OrderSide, OrderStatus, OrderType, SelfTradePreventionMode, TimeInForce } from "../order-list-types.js";
import type { OrderRecord } from "../order-records.js";
import { type OrderState, orderState } from "./order-list-responses.js";

/**
 * The single-order bodies, rendered from the records, field for field and in
 * Binance's order:
 * - an order (query one / open / all): the Query Margin Account's Order example
 *   (https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Order),
 *   plus `orderListId` after `orderId` (the list a leg belongs to, -1 for a
 *   standalone order, as spot's order responses report it) and a trailing stop's
 *   `trailingDelta` (Binance's conditional fields in order responses);
 * - a trade: the Query Margin Account's Trade List example
 *   (https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Trade-List),
 *   plus `quoteQty` after `qty` (spot's trade list has it; the margin page does not);
 * - a cancelled standalone order: the Margin Account Cancel Order example
 *   (https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-Order),
 *   `orderId` a string as the page and Binance's connector type it, plus
 *   `orderListId` (-1), as spot's cancel reports it;
 * - a cancelled standalone order inside cancel-all: that page's single-order
 *   items (https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-All-Open-Orders).
 */

export interface OrderBody {
  readonly clientOrderId: string;
  readonly cummulativeQuoteQty: string;
  readonly executedQty: string;
  /** "0.00000000" for an order without an iceberg part, as the page's example prints it. */
  readonly icebergQty: string;
  readonly isWorking: boolean;
  readonly orderId: number;
  readonly orderListId: number;
  readonly origQty: string;
  readonly price: string;
  readonly side: OrderSide;
  readonly status: OrderStatus;
  /** "0.00000000" for an order without a stop price, as the page's example prints it. */
  readonly stopPrice: string;
  readonly trailingDelta?: number;
  readonly symbol: string;
  readonly isIsolated: boolean;
  readonly time: number;
  readonly timeInForce: TimeInForce;
  readonly type: OrderType;
  readonly selfTradePreventionMode: SelfTradePreventionMode;
  readonly updateTime: number;
}

export function orderBody(order: OrderRecord): OrderBody {
  return {
    clientOrderId: order.clientOrderId,
    cummulativeQuoteQty: formatUnits(order.cummulativeQuoteQty),
    executedQty: formatUnits(order.executedQty),
    icebergQty: formatUnits(order.icebergQty ?? 0n),
    isWorking: order.isWorking,
    orderId: order.orderId,
    orderListId: order.orderListId,
    origQty: formatUnits(order.origQty),
    price: formatUnits(order.price),
    side: order.side,
    status: order.status,
    stopPrice: formatUnits(order.stopPrice ?? 0n),
    ...(order.trailingDelta === undefined ? {} : { trailingDelta: order.trailingDelta }),
    symbol: order.symbol,
    isIsolated: order.isIsolated,
    time: order.time,
    timeInForce: order.timeInForce,
    type: order.type,
    selfTradePreventionMode: order.selfTradePreventionMode,
    updateTime: order.updateTime,
  };
}

export interface TradeBody {
  readonly commission: string;
  readonly commissionAsset: string;
  readonly id: number;
  /** Always true: Binance's field for trades matched at the best price, as every sandbox fill is. */
  readonly isBestMatch: boolean;
  readonly isBuyer: boolean;
  readonly isMaker: boolean;
  readonly orderId: number;
  readonly price: string;
  readonly qty: string;
  readonly quoteQty: string;
  readonly symbol: string;
  readonly isIsolated: boolean;
  readonly time: number;
}

export function tradeBody({ order, fill }: TradeEntry): TradeBody {
  return {
    commission: formatUnits(fill.commission),
    commissionAsset: fill.commissionAsset,
    id: fill.tradeId,
    isBestMatch: true,
    isBuyer: order.side === "BUY",
    isMaker: fill.isMaker,
    orderId: order.orderId,
    price: formatUnits(fill.price),
    qty: formatUnits(fill.qty),
    quoteQty: formatUnits(fill.quoteQty),
    symbol: order.symbol,
    isIsolated: order.isIsolated,
    time: fill.time,
  };
}

/** DELETE /sapi/v1/margin/order's answer for a standalone order: the order, now CANCELED. */
export interface CancelOrderBody extends OrderState {
  readonly symbol: string;
  readonly isIsolated: boolean;
  /** A string on this one response (the page's `"orderId": "28"`, the connector's `orderId?: string`). */
  readonly orderId: string;
  readonly orderListId: number;
  readonly origClientOrderId: string;
  /** The cancel's own newClientOrderId (sent or generated). */
  readonly clientOrderId: string;
}

export function cancelOrderBody(order: OrderRecord, cancelClientOrderId: string): CancelOrderBody {
  return {
    symbol: order.symbol,
    isIsolated: order.isIsolated,
    orderId: String(order.orderId),
    orderListId: order.orderListId,
    origClientOrderId: order.clientOrderId,
    clientOrderId: cancelClientOrderId,
    ...orderState(order),
  };
}

/** A standalone order cancelled by cancel-all: the page's single-order item. */
export interface CanceledOrderItem extends OrderState {
  readonly symbol: string;
  readonly isIsolated: boolean;
  readonly origClientOrderId: string;
  readonly orderId: number;
  readonly orderListId: number;
  readonly clientOrderId: string;
  readonly selfTradePreventionMode: SelfTradePreventionMode;
}

export function canceledOrderItem(order: OrderRecord, cancelClientOrderId: string): CanceledOrderItem {
  return {
    symbol: order.symbol,
    isIsolated: order.isIsolated,
    origClientOrderId: order.clientOrderId,
    orderId: order.orderId,
    orderListId: order.orderListId,
    clientOrderId: cancelClientOrderId,
    ...orderState(order),
    selfTradePreventionMode: order.selfTradePreventionMode,
  };
}
