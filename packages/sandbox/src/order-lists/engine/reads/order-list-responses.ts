import { formatUnits } from "../decimal-units.js";
import type {
  ContingencyType,
  ListOrderStatus,
  ListStatusType,
  NewOrderRespType,
  OrderSide,
  OrderStatus,
  OrderType,
  SelfTradePreventionMode,
  TimeInForce,
} from "../order-list-types.js";
import type { OrderListRecord, OrderRecord } from "../order-records.js";

/**
 * Binance's response bodies, rendered from the records, field for field and
 * in Binance's order:
 * - list status (query, all, open): the Query Margin Account's OCO example
 *   (https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-OCO);
 * - placement: the New OCO example (.../Margin-Account-New-OCO) and the
 *   margin OTO / OTOCO response examples of Binance's swagger
 *   (github.com/binance/binance-api-swagger spot_api.yaml); `marginBuyBorrowAmount`
 *   / `marginBuyBorrowAsset` appear "only if margin trade happens", which the
 *   sandbox never does, so they never appear;
 * - cancel: the Cancel OCO example (.../Margin-Account-Cancel-OCO).
 */

export interface OrderRef {
  readonly symbol: string;
  readonly orderId: number;
  readonly clientOrderId: string;
}

export interface OrderListStatusBody {
  readonly orderListId: number;
  readonly contingencyType: ContingencyType;
  readonly listStatusType: ListStatusType;
  readonly listOrderStatus: ListOrderStatus;
  readonly listClientOrderId: string;
  readonly transactionTime: number;
  readonly symbol: string;
  readonly isIsolated: boolean;
  readonly orders: readonly OrderRef[];
}

/** newOrderRespType=ACK: the order's identity only. */
export interface AckOrderReport {
  readonly symbol: string;
  readonly orderId: number;
  readonly orderListId: number;
  readonly clientOrderId: string;
  readonly transactTime: number;
}

/** An order's state as placement (RESULT, FULL) and cancel reports show it, in their order. */
export interface OrderState {
  readonly price: string;
  readonly origQty: string;
  readonly executedQty: string;
  readonly cummulativeQuoteQty: string;
  readonly status: OrderStatus;
  readonly timeInForce: TimeInForce;
  readonly type: OrderType;
  readonly side: OrderSide;
  /** Stop orders only. */
  readonly stopPrice?: string;
  /** Iceberg orders only. */
  readonly icebergQty?: string;
  /**
   * Trailing stops only: Binance's "Conditional fields in Order Responses" (placement, query and
   * cancellation), https://developers.binance.com/legacy-docs/binance-spot-api-docs/rest-api/conditional-fields-in-order-responses
   */
  readonly trailingDelta?: number;
}

/** newOrderRespType=RESULT: the order's state. */
export interface ResultOrderReport extends AckOrderReport, OrderState {
  readonly selfTradePreventionMode: SelfTradePreventionMode;
}

export interface OrderFill {
  readonly price: string;
  readonly qty: string;
  /** The received amount x the commission rate (default 0). */
  readonly commission: string;
  readonly commissionAsset: string;
  readonly tradeId: number;
}

/** newOrderRespType=FULL: RESULT plus the fills made at placement. */
export interface FullOrderReport extends ResultOrderReport {
  readonly fills: readonly OrderFill[];
}

export type PlacementOrderReport = AckOrderReport | ResultOrderReport | FullOrderReport;

export interface PlacementBody extends OrderListStatusBody {
  readonly orderReports: readonly PlacementOrderReport[];
}

export interface CancelOrderReport extends OrderState {
  readonly symbol: string;
  readonly origClientOrderId: string;
  readonly orderId: number;
  readonly orderListId: number;
  /** The cancel's own newClientOrderId, the same on every report. */
  readonly clientOrderId: string;
  readonly selfTradePreventionMode: SelfTradePreventionMode;
}

export interface CancelBody extends OrderListStatusBody {
  readonly orderReports: readonly CancelOrderReport[];
}

export function orderListStatusBody(list: OrderListRecord): OrderListStatusBody {
  return {
    orderListId: list.orderListId,
    contingencyType: list.contingencyType,
    listStatusType: list.listStatusType,
    listOrderStatus: list.listOrderStatus,
    listClientOrderId: list.listClientOrderId,
    transactionTime: list.transactionTime,
    symbol: list.symbol,
    isIsolated: list.isIsolated,
    orders: list.orders.map(({ symbol, orderId, clientOrderId }) => ({ symbol, orderId, clientOrderId })),
  };
}

export function orderState(order: OrderRecord): OrderState {
  return {
    price: formatUnits(order.price),
    origQty: formatUnits(order.origQty),
    executedQty: formatUnits(order.executedQty),
    cummulativeQuoteQty: formatUnits(order.cummulativeQuoteQty),
    status: order.status,
    timeInForce: order.timeInForce,
    type: order.type,
    side: order.side,
    ...(order.stopPrice === undefined ? {} : { stopPrice: formatUnits(order.stopPrice) }),
    ...(order.icebergQty === undefined ? {} : { icebergQty: formatUnits(order.icebergQty) }),
    ...(order.trailingDelta === undefined ? {} : { trailingDelta: order.trailingDelta }),
  };
}

function placementReport(order: OrderRecord, responseType: NewOrderRespType): PlacementOrderReport {
  const ack: AckOrderReport = {
    symbol: order.symbol,
    orderId: order.orderId,
    orderListId: order.orderListId,
    clientOrderId: order.clientOrderId,
    transactTime: order.updateTime,
  };
  if (responseType === "ACK") return ack;
  const result: ResultOrderReport = {
    ...ack,
    ...orderState(order),
    selfTradePreventionMode: order.selfTradePreventionMode,
  };
  if (responseType === "RESULT") return result;
  return {
    ...result,
    fills: order.fills.map((fill) => ({
      price: formatUnits(fill.price),
      qty: formatUnits(fill.qty),
      commission: formatUnits(fill.commission),
      commissionAsset: fill.commissionAsset,
      tradeId: fill.tradeId,
    })),
  };
}

export function placementBody(list: OrderListRecord, responseType: NewOrderRespType): PlacementBody {
  return {
    ...orderListStatusBody(list),
    orderReports: list.orders.map((order) => placementReport(order, responseType)),
  };
}

/**
 * The cancel response: the list ALL_DONE, every order in `orders`, and one
 * report per order this cancel ended (an order that had already filled or
 * expired produced no cancel report), each carrying the cancel's own client id.
 */
export function cancelBody(list: OrderListRecord, canceled: readonly OrderRecord[]): CancelBody {
  const cancelClientOrderId = list.cancelClientOrderId ?? "";
  return {
    ...orderListStatusBody(list),
    orderReports: canceled.map((order) => ({
      symbol: order.symbol,
      origClientOrderId: order.clientOrderId,
      orderId: order.orderId,
      orderListId: order.orderListId,
      clientOrderId: cancelClientOrderId,
      ...orderState(order),
      selfTradePreventionMode: order.selfTradePreventionMode,
    })),
  };
}
