import type { ContingencyType, OrderSide, OrderStatus, OrderType, SelfTradePreventionMode, TimeInForce } from "./order-list-types.js";
import type { FillRecord, OrderListRecord, OrderRecord } from "./order-records.js";

/**
 * What the engine changed, one record per step, in the order the steps
 * happened: the engine's only output besides its answers. The user data
 * stream turns them into Binance's events (`user-stream/`); the engine knows
 * nothing of WebSockets or subscribers. Each record holds a copy of the order
 * or list as it stood right after its step, because a later step of the same
 * call (a fill right after a placement) changes the record again.
 */
export type EngineChange = OrderChange | ListChange;

/** Binance's execution types the sandbox produces (spot enums, "Execution types"). */
export type ExecutionType = "NEW" | "TRADE" | "CANCELED" | "EXPIRED";

/** Binance's expiry reasons the sandbox produces (spot User Data Streams, "Order Expiry Reason"). */
export type ExpiryReason = "REJECTED" | "OCO_TRIGGER" | "OTO_PHASE_ONE_EXPIRED" | "UNFILLED_IOC_QUANTITY_EXPIRED" | "UNFILLED_FOK_ORDER_EXPIRED";

/** An order as it stood right after a change. */
export interface OrderState {
  readonly apiKey: string;
  readonly symbol: string;
  readonly isIsolated: boolean;
  readonly orderListId: number;
  readonly orderId: number;
  readonly clientOrderId: string;
  readonly side: OrderSide;
  readonly type: OrderType;
  readonly timeInForce: TimeInForce;
  readonly origQty: bigint;
  readonly price: bigint;
  readonly stopPrice: bigint | undefined;
  readonly icebergQty: bigint | undefined;
  readonly status: OrderStatus;
  readonly isWorking: boolean;
  readonly executedQty: bigint;
  readonly cummulativeQuoteQty: bigint;
  readonly time: number;
  readonly updateTime: number;
  readonly selfTradePreventionMode: SelfTradePreventionMode;
}

export interface OrderChange {
  readonly kind: "order";
  readonly executionType: ExecutionType;
  readonly order: OrderState;
  /** The trade of a TRADE change. */
  readonly fill?: FillRecord;
  /** A cancel's own client order id (Binance reports it as `c`, the order's own as `C`). */
  readonly cancelClientOrderId?: string;
  readonly expiryReason?: ExpiryReason;
}

/** A list as it stood right after a step that changed it or its orders. */
export interface ListChange {
  readonly kind: "list";
  readonly apiKey: string;
  readonly symbol: string;
  readonly isIsolated: boolean;
  readonly orderListId: number;
  readonly listClientOrderId: string;
  readonly contingencyType: ContingencyType;
  readonly listStatusType: OrderListRecord["listStatusType"];
  readonly listOrderStatus: OrderListRecord["listOrderStatus"];
  readonly transactionTime: number;
  readonly orders: readonly { readonly orderId: number; readonly clientOrderId: string }[];
}

/** Where the engine sends its changes; `undefined` (no listener) costs nothing. */
export type ChangeListener = (change: EngineChange) => void;

export function orderState(order: OrderRecord): OrderState {
  return {
    apiKey: order.apiKey,
    symbol: order.symbol,
    isIsolated: order.isIsolated,
    orderListId: order.orderListId,
    orderId: order.orderId,
    clientOrderId: order.clientOrderId,
    side: order.side,
    type: order.type,
    timeInForce: order.timeInForce,
    origQty: order.origQty,
    price: order.price,
    stopPrice: order.stopPrice,
    icebergQty: order.icebergQty,
    status: order.status,
    isWorking: order.isWorking,
    executedQty: order.executedQty,
    cummulativeQuoteQty: order.cummulativeQuoteQty,
    time: order.time,
    updateTime: order.updateTime,
    selfTradePreventionMode: order.selfTradePreventionMode,
  };
}

export function listChange(list: OrderListRecord): ListChange {
  return {
    kind: "list",
    apiKey: list.apiKey,
    symbol: list.symbol,
    isIsolated: list.isIsolated,
    orderListId: list.orderListId,
    listClientOrderId: list.listClientOrderId,
    contingencyType: list.contingencyType,
    listStatusType: list.listStatusType,
    listOrderStatus: list.listOrderStatus,
    transactionTime: list.transactionTime,
    orders: list.orders.map((order) => ({ orderId: order.orderId, clientOrderId: order.clientOrderId })),
  };
}

/** Records one order change when someone listens (a copy is made only then). */
export function recordOrder(
  listener: ChangeListener | undefined,
  order: OrderRecord,
  executionType: ExecutionType,
  extra: Pick<OrderChange, "fill" | "cancelClientOrderId" | "expiryReason"> = {},
): void {
  if (listener) listener({ kind: "order", executionType, order: orderState(order), ...extra });
}

export function recordList(listener: ChangeListener | undefined, list: OrderListRecord): void {
  if (listener) listener(listChange(list));
}
