/**
 * The vocabulary of margin order lists and the requests that place them (the
 * records they become are in order-records.ts). Enum values are Binance's
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
