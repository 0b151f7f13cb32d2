import { formatUnits } from "../decimal-units.js";
import type { OrderSide, OrderStatus, OrderType, TimeInForce } from "../order-list-types.js";
import { isTriggered, type OrderListRecord, type OrderRecord } from "../order-records.js";

/**
 * What the JS API (`sandbox.createOcoList`, `getOrderList`, `orderLists`)
 * hands out: copies of the records, decimals as Binance prints them.
 * Mutating one changes nothing in the engine.
 */

/** One order of a list (a leg). */
export interface OrderLegSnapshot {
  readonly orderId: number;
  readonly clientOrderId: string;
  readonly type: OrderType;
  readonly side: OrderSide;
  readonly price: string;
  readonly stopPrice?: string;
  readonly icebergQty?: string;
  readonly origQty: string;
  readonly executedQty: string;
  readonly cummulativeQuoteQty: string;
  readonly timeInForce: TimeInForce;
  readonly status: OrderStatus;
  /** A stop order whose stop price was reached. */
  readonly triggered: boolean;
  readonly updateTime: number;
}

/**
 * One order list: the list record's own fields, its `status` in one word, and
 * its orders as `legs`, in Binance's order: OCO [stop leg, limit maker]; OTO
 * [working, pending]; OTOCO [working, stop leg, limit maker].
 */
export interface OrderListSnapshot extends Readonly<Omit<OrderListRecord, "orders">> {
  /** OPEN while EXEC_STARTED; CANCELED when a cancel ended it; DONE when its orders ended by themselves (fills, expiry). */
  readonly status: "OPEN" | "CANCELED" | "DONE";
  readonly legs: readonly [OrderLegSnapshot, OrderLegSnapshot, ...OrderLegSnapshot[]];
}

function legSnapshot(order: OrderRecord): OrderLegSnapshot {
  return {
    orderId: order.orderId,
    clientOrderId: order.clientOrderId,
    type: order.type,
    side: order.side,
    price: formatUnits(order.price),
    ...(order.stopPrice === undefined ? {} : { stopPrice: formatUnits(order.stopPrice) }),
    ...(order.icebergQty === undefined ? {} : { icebergQty: formatUnits(order.icebergQty) }),
    origQty: formatUnits(order.origQty),
    executedQty: formatUnits(order.executedQty),
    cummulativeQuoteQty: formatUnits(order.cummulativeQuoteQty),
    timeInForce: order.timeInForce,
    status: order.status,
    triggered: isTriggered(order),
    updateTime: order.updateTime,
  };
}

export function orderListSnapshot(list: OrderListRecord): OrderListSnapshot {
  const [first, second, ...rest] = list.orders.map(legSnapshot);
  if (!first || !second) throw new TypeError(`Order list ${list.orderListId} has fewer than two orders.`);
  const status = list.listStatusType === "EXEC_STARTED" ? "OPEN" : list.canceledAt === undefined ? "DONE" : "CANCELED";
  return {
    apiKey: list.apiKey,
    orderListId: list.orderListId,
    listClientOrderId: list.listClientOrderId,
    kind: list.kind,
    contingencyType: list.contingencyType,
    symbol: list.symbol,
    isIsolated: list.isIsolated,
    listStatusType: list.listStatusType,
    listOrderStatus: list.listOrderStatus,
    status,
    sideEffectType: list.sideEffectType,
    selfTradePreventionMode: list.selfTradePreventionMode,
    autoRepayAtCancel: list.autoRepayAtCancel,
    cancelCount: list.cancelCount,
    createdAt: list.createdAt,
    transactionTime: list.transactionTime,
    ...(list.canceledAt === undefined ? {} : { canceledAt: list.canceledAt }),
    ...(list.cancelClientOrderId === undefined ? {} : { cancelClientOrderId: list.cancelClientOrderId }),
    legs: [first, second, ...rest],
  };
}
