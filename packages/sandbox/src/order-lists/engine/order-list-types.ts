/**
 * The vocabulary of margin order lists. Enum values are Binance's
 * (https://developers.binance.com/docs/binance-spot-api-docs/enums, "Order
 * status", "Order List Status", "Order List Order Status", "ContingencyType",
 * "STP Modes"; margin's own parameter enums from the New OCO / OTO / OTOCO pages).
 */
export type OrderSide = "BUY" | "SELL";
export type OrderType =
  | "LIMIT"
  | "MARKET"
  | "STOP_LOSS"
  | "STOP_LOSS_LIMIT"
  | "TAKE_PROFIT"
  | "TAKE_PROFIT_LIMIT"
  | "LIMIT_MAKER";
export type TimeInForce = "GTC" | "IOC" | "FOK";
/** PENDING_NEW: an OTO/OTOCO pending order waiting for its working order to fill. */
export type OrderStatus = "NEW" | "PENDING_NEW" | "FILLED" | "CANCELED" | "EXPIRED";
/** Binance's list contingency types: an OTOCO reports "OTO" (see README, "Decisions"). */
export type ContingencyType = "OCO" | "OTO";
/**
 * RESPONSE / REJECT describe a failed action in Binance's user data stream;
 * a rejected REST request answers with an error body instead, so the engine
 * never stores them. They are here so response types stay complete.
 */
export type ListStatusType = "RESPONSE" | "EXEC_STARTED" | "ALL_DONE";
export type ListOrderStatus = "EXECUTING" | "ALL_DONE" | "REJECT";
export type NewOrderRespType = "ACK" | "RESULT" | "FULL";
export type SideEffectType = "NO_SIDE_EFFECT" | "MARGIN_BUY" | "AUTO_REPAY" | "AUTO_BORROW_REPAY";
export type SelfTradePreventionMode = "NONE" | "EXPIRE_TAKER" | "EXPIRE_MAKER" | "EXPIRE_BOTH";
/** Which placement created a list; OTOCO is an OTO whose pending part is an OCO pair. */
export type ListKind = "OCO" | "OTO" | "OTOCO";
/** The order types an OCO pair (New OCO legs, OTOCO pending above/below) may use. */
export type OcoLegType = "LIMIT_MAKER" | "STOP_LOSS" | "STOP_LOSS_LIMIT";

/** Which margin account a request addresses: one cross account, or one isolated account per symbol. */
export type MarginAccountRef = { readonly isIsolated: false } | { readonly isIsolated: true; readonly symbol: string };

/** Parameters every placement shares, already type-checked by the route (names as on the wire). */
export interface NewOrderListCommon {
  readonly symbol: string;
  /** isIsolated=TRUE; default false (cross margin). */
  readonly isIsolated?: boolean;
  readonly listClientOrderId?: string;
  readonly newOrderRespType?: NewOrderRespType;
  /** Accepted and stored; no borrowing or repaying is simulated. */
  readonly sideEffectType?: SideEffectType;
  /** Accepted and echoed; default NONE. There is no other account's order to prevent a trade with. */
  readonly selfTradePreventionMode?: SelfTradePreventionMode;
  /** Accepted and stored (default true); meaningless without borrowing. */
  readonly autoRepayAtCancel?: boolean;
}

/** POST /sapi/v1/margin/order/oco. Decimals are wire text, e.g. "0.0015". */
export interface NewOcoRequest extends NewOrderListCommon {
  readonly side: OrderSide;
  readonly quantity: string;
  readonly limitClientOrderId?: string;
  readonly price: string;
  readonly limitIcebergQty?: string;
  readonly stopClientOrderId?: string;
  readonly stopPrice: string;
  /** Makes the stop leg STOP_LOSS_LIMIT; requires stopLimitTimeInForce. */
  readonly stopLimitPrice?: string;
  readonly stopIcebergQty?: string;
  readonly stopLimitTimeInForce?: TimeInForce;
}

/** The working order of an OTO / OTOCO. */
export interface WorkingOrderParameters {
  readonly workingType: "LIMIT" | "LIMIT_MAKER";
  readonly workingSide: OrderSide;
  readonly workingClientOrderId?: string;
  readonly workingPrice: string;
  readonly workingQuantity: string;
  readonly workingIcebergQty?: string;
  /** Required when workingType is LIMIT. */
  readonly workingTimeInForce?: TimeInForce;
}

/** POST /sapi/v1/margin/order/oto. */
export interface NewOtoRequest extends NewOrderListCommon, WorkingOrderParameters {
  readonly pendingType: OrderType;
  readonly pendingSide: OrderSide;
  readonly pendingClientOrderId?: string;
  readonly pendingPrice?: string;
  readonly pendingStopPrice?: string;
  /** Basis points (wire text of a LONG); a trailing stop, with or without `pendingStopPrice`. */
  readonly pendingTrailingDelta?: string;
  readonly pendingQuantity: string;
  readonly pendingIcebergQty?: string;
  readonly pendingTimeInForce?: TimeInForce;
}

/** POST /sapi/v1/margin/order/otoco. */
export interface NewOtocoRequest extends NewOrderListCommon, WorkingOrderParameters {
  readonly pendingSide: OrderSide;
  readonly pendingQuantity: string;
  readonly pendingAboveType: OcoLegType;
  readonly pendingAboveClientOrderId?: string;
  readonly pendingAbovePrice?: string;
  readonly pendingAboveStopPrice?: string;
  readonly pendingAboveTrailingDelta?: string;
  readonly pendingAboveIcebergQty?: string;
  readonly pendingAboveTimeInForce?: TimeInForce;
  /** Binance's table marks it optional, but an OCO pair has two legs: the spec requires it (-1102). */
  readonly pendingBelowType: OcoLegType;
  readonly pendingBelowClientOrderId?: string;
  readonly pendingBelowPrice?: string;
  readonly pendingBelowStopPrice?: string;
  readonly pendingBelowTrailingDelta?: string;
  readonly pendingBelowIcebergQty?: string;
  readonly pendingBelowTimeInForce?: TimeInForce;
}

/** One fill; the sandbox fills an order completely or not at all. */
export interface FillRecord {
  readonly price: bigint;
  readonly qty: bigint;
  readonly tradeId: number;
}

/** The engine's state of one order (a list leg). Mutable only inside the engine. */
export interface OrderRecord {
  readonly orderId: number;
  readonly clientOrderId: string;
  readonly type: OrderType;
  readonly side: OrderSide;
  /** Limit price; 0 for MARKET / STOP_LOSS / TAKE_PROFIT, printed "0.00000000". */
  readonly price: bigint;
  readonly stopPrice?: bigint;
  /** Basis points of a trailing stop (spot Trailing Stop FAQ); absent for every other order. */
  readonly trailingDelta?: number;
  /**
   * A trailing stop's best price since it started tracking (SELL: highest, BUY: lowest);
   * undefined until tracking starts (at placement without a stop price, else once the stop price is reached).
   */
  trailingExtreme?: bigint;
  readonly origQty: bigint;
  readonly icebergQty?: bigint;
  readonly timeInForce: TimeInForce;
  /** "working" / "pending": OTO and OTOCO roles (OTOCO's pending pair is two "pending" orders); "oco": a New OCO leg. */
  readonly role: "working" | "pending" | "oco";
  /** PENDING_NEW while an OTO/OTOCO pending order waits for its working order. */
  status: OrderStatus;
  /** A stop order whose stop price was reached; a *_LIMIT one then rests as a limit order. */
  triggered: boolean;
  executedQty: bigint;
  cummulativeQuoteQty: bigint;
  fills: FillRecord[];
  /** Last time this order changed (transactTime of its latest report). */
  updateTime: number;
}

export interface OrderListRecord {
  readonly apiKey: string;
  readonly orderListId: number;
  readonly listClientOrderId: string;
  readonly kind: ListKind;
  readonly contingencyType: ContingencyType;
  readonly symbol: string;
  readonly isIsolated: boolean;
  /** OCO: [stop leg, limit maker]; OTO: [working, pending]; OTOCO: [working, stop leg, limit maker]. */
  readonly orders: OrderRecord[];
  readonly createdAt: number;
  /** Time of the list's latest status change. */
  transactionTime: number;
  listStatusType: "EXEC_STARTED" | "ALL_DONE";
  listOrderStatus: "EXECUTING" | "ALL_DONE";
  readonly sideEffectType: SideEffectType;
  readonly selfTradePreventionMode: SelfTradePreventionMode;
  readonly autoRepayAtCancel: boolean;
  cancelCount: number;
  canceledAt?: number;
  /** The cancel's newClientOrderId (sent or generated). */
  cancelClientOrderId?: string;
}
