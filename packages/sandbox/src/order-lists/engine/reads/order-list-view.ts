import { formatUnits } from "../decimal-units.js";
import type {
  ContingencyType,
  ListKind,
  OrderListRecord,
  OrderRecord,
  OrderSide,
  OrderStatus,
  OrderType,
  SelfTradePreventionMode,
  SideEffectType,
  TimeInForce,
} from "../order-list-types.js";

/** A copy of one order's state for the seeding / inspection API; decimals as Binance prints them. */
export interface OrderView {
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

/** A copy of one list; mutating it changes nothing in the engine. */
export interface OrderListView {
  readonly apiKey: string;
  readonly orderListId: number;
  readonly listClientOrderId: string;
  readonly kind: ListKind;
  readonly contingencyType: ContingencyType;
  readonly symbol: string;
  readonly isIsolated: boolean;
  readonly listStatusType: "EXEC_STARTED" | "ALL_DONE";
  readonly listOrderStatus: "EXECUTING" | "ALL_DONE";
  /** OPEN while EXEC_STARTED; CANCELED when a cancel ended it; DONE when its orders ended by themselves. */
  readonly status: "OPEN" | "CANCELED" | "DONE";
  readonly sideEffectType: SideEffectType;
  readonly selfTradePreventionMode: SelfTradePreventionMode;
  readonly autoRepayAtCancel: boolean;
  /** Successful cancels; Binance semantics make anything above 1 a bug. */
  readonly cancelCount: number;
  readonly createdAt: number;
  readonly transactionTime: number;
  readonly canceledAt?: number;
  readonly cancelClientOrderId?: string;
  readonly orders: readonly OrderView[];
}

function orderView(order: OrderRecord): OrderView {
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
    triggered: order.triggered,
    updateTime: order.updateTime,
  };
}

export function orderListView(list: OrderListRecord): OrderListView {
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
    orders: list.orders.map(orderView),
  };
}
