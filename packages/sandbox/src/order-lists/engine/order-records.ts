import type {
  ContingencyType,
  ListKind,
  OrderSide,
  OrderStatus,
  OrderType,
  SelfTradePreventionMode,
  SideEffectType,
  TimeInForce,
} from "./order-list-types.js";

/**
 * What a request asks of one order, once validated: the part of an order
 * record a placement (or the seed) decides before any id is handed out, so
 * that a rejected request takes no id. `placement/order-legs.ts` builds it.
 */
export interface OrderTerms {
  readonly type: OrderType;
  readonly side: OrderSide;
  /** Limit price; 0 for MARKET / STOP_LOSS / TAKE_PROFIT, printed "0.00000000". */
  readonly price: bigint;
  readonly stopPrice?: bigint;
  /** Basis points of a trailing stop (spot Trailing Stop FAQ); absent for every other order. */
  readonly trailingDelta?: number;
  readonly origQty: bigint;
  readonly icebergQty?: bigint;
  /** GTC for order types without a time in force, as Binance reports them. */
  readonly timeInForce: TimeInForce;
}

/**
 * One trade of an order: what a fill adds to the order's `fills` (FULL
 * placement reports) and to its account's trade list (Query Margin Account's
 * Trade List), so both show the same trade. The sandbox fills an order
 * completely or not at all, so an order has at most one.
 */
export interface FillRecord {
  /** Binance numbers trades per symbol; so does the sandbox (the store's sequence per symbol). */
  readonly tradeId: number;
  readonly price: bigint;
  readonly qty: bigint;
  /** price x qty, truncated to 8 fraction digits; the order's cummulativeQuoteQty is the sum over its fills. */
  readonly quoteQty: bigint;
  /** The received amount x the store's commission rate (default 0), truncated to 8 fraction digits. */
  readonly commission: bigint;
  /** The asset received, which Binance charges: the base asset on a buy, the quote asset on a sell. */
  readonly commissionAsset: string;
  /** A resting order that the price came to (filled at its own limit price); false for an order that traded on arrival. */
  readonly isMaker: boolean;
  readonly time: number;
}

/** A standalone order (not part of a list) reports this orderListId, as Binance's order responses do. */
export const NO_ORDER_LIST = -1;

/**
 * The one shape of an order: every leg of every list (OCO, OTO, OTOCO,
 * seeded) is one of these, and every body that shows an order (placement
 * reports, list bodies, cancel reports, the JS snapshots) is rendered from it
 * by `reads/`. It stands on its own: its account, symbol and list are on it,
 * as on Binance's order queries (Query Margin Account's Order,
 * https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Order).
 * Mutable only inside the engine.
 */
export interface OrderRecord extends OrderTerms {
  /** The account: its API key, and cross margin or the isolated account of `symbol`. */
  readonly apiKey: string;
  readonly symbol: string;
  readonly isIsolated: boolean;
  /** The list's id, or NO_ORDER_LIST (-1) for a standalone order. */
  readonly orderListId: number;
  readonly orderId: number;
  readonly clientOrderId: string;
  /** The list's mode, echoed per order (default NONE). */
  readonly selfTradePreventionMode: SelfTradePreventionMode;
  /** When the order was placed (its list's creation). */
  readonly time: number;
  /** Last time this order changed (transactTime of its latest report). */
  updateTime: number;
  /** PENDING_NEW while an OTO/OTOCO pending order waits for its working order. */
  status: OrderStatus;
  /**
   * Whether the order has been working on the book (Binance's `isWorking`, the user data
   * stream's "Is the order on the book?"): a limit or market order once placed, not while
   * PENDING_NEW; a stop order once its stop price triggered it (a *_LIMIT one then rests as
   * a limit order). It stays true once set.
   */
  isWorking: boolean;
  executedQty: bigint;
  cummulativeQuoteQty: bigint;
  fills: FillRecord[];
  /**
   * A trailing stop's best price since it started tracking (SELL: highest, BUY: lowest);
   * undefined until tracking starts (at placement without a stop price, else once the stop price is reached).
   */
  trailingExtreme?: bigint;
}

/** A list: what groups its orders, and what only a list has (its own status, client id and cancel). */
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
  /** Successful cancels; Binance semantics make anything above 1 a bug. */
  cancelCount: number;
  canceledAt?: number;
  /** The cancel's newClientOrderId (sent or generated). */
  cancelClientOrderId?: string;
}

/**
 * What an order's state means, asked by placement, the market, cancels and
 * reads alike. Stop orders wait for their stop price before they act; they are
 * also the types that take a `stopPrice`.
 */
const STOP_TYPES: ReadonlySet<OrderType> = new Set(["STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT"]);
export const isStopOrder = (type: OrderType): boolean => STOP_TYPES.has(type);

/** A stop order whose stop price was reached: it is working, as a market or a limit order. */
export const isTriggered = (order: OrderRecord): boolean => isStopOrder(order.type) && order.isWorking;

/** An order still working or waiting (NEW / PENDING_NEW): a cancel ends it, and its client order id is taken. */
export const isLiveOrder = (order: OrderRecord): boolean => order.status === "NEW" || order.status === "PENDING_NEW";

export const isFinal = (order: OrderRecord): boolean => !isLiveOrder(order);
