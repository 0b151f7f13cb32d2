import { formatUnits } from "../order-lists/engine/decimal-units.js";
import type { EngineChange, ListChange, OrderChange } from "../order-lists/engine/engine-changes.js";

/**
 * Binance's user data events for the engine's changes, field for field as the
 * spot "User Data Streams" page gives them (margin uses the spot payloads:
 * https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream,
 * "Order Update"; spec/asyncapi.yaml's `ExecutionReport` and `ListStatus`).
 * Decimals print as Binance prints them (8 fraction digits); `E` is the
 * change's time, as nothing delays an event on loopback.
 */
export type UserDataEvent = Record<string, unknown> & { readonly e: string; readonly E: number };

const ZERO = "0.00000000";

/** Which margin account a change belongs to: its API key, and cross or the isolated symbol. */
export interface EventAccount {
  readonly apiKey: string;
  readonly isIsolated: boolean;
  readonly symbol: string;
}

export function changeAccount(change: EngineChange): EventAccount {
  return change.kind === "order" ? change.order : change;
}

/**
 * `executionId` numbers executions (`I`, the spot page's "Execution Id"), one
 * per report, across the sandbox.
 */
export function executionReport(change: OrderChange, executionId: number): UserDataEvent {
  const { order, fill } = change;
  const canceled = change.cancelClientOrderId !== undefined;
  // Working on the book: placed (or triggered) and still live.
  const onBook = order.isWorking && order.status === "NEW";
  return {
    e: "executionReport",
    E: order.updateTime,
    s: order.symbol,
    // A cancel reports its own id as `c` and the cancelled order's as `C` ("Original client order ID").
    c: canceled ? change.cancelClientOrderId : order.clientOrderId,
    S: order.side,
    o: order.type,
    f: order.timeInForce,
    q: formatUnits(order.origQty),
    p: formatUnits(order.price),
    P: order.stopPrice === undefined ? ZERO : formatUnits(order.stopPrice),
    F: order.icebergQty === undefined ? ZERO : formatUnits(order.icebergQty),
    g: order.orderListId,
    C: canceled ? order.clientOrderId : "",
    x: change.executionType,
    X: order.status,
    r: "NONE",
    i: order.orderId,
    l: fill ? formatUnits(fill.qty) : ZERO,
    z: formatUnits(order.executedQty),
    L: fill ? formatUnits(fill.price) : ZERO,
    n: fill ? formatUnits(fill.commission) : "0",
    N: fill ? fill.commissionAsset : null,
    T: order.updateTime,
    t: fill ? fill.tradeId : -1,
    I: executionId,
    w: onBook,
    m: fill ? fill.isMaker : false,
    M: false,
    O: order.time,
    Z: formatUnits(order.cummulativeQuoteQty),
    Y: fill ? formatUnits(fill.quoteQty) : ZERO,
    Q: ZERO,
    // "Appears when the order is working on the book": the sandbox keeps no separate working
    // time, so it reports the order's last change (its placement, or its trigger).
    ...(onBook ? { W: order.updateTime } : {}),
    V: order.selfTradePreventionMode,
    ...(change.expiryReason === undefined ? {} : { eR: change.expiryReason }),
  };
}

export function listStatus(change: ListChange): UserDataEvent {
  return {
    e: "listStatus",
    E: change.transactionTime,
    s: change.symbol,
    g: change.orderListId,
    c: change.contingencyType,
    l: change.listStatusType,
    L: change.listOrderStatus,
    r: "NONE",
    C: change.listClientOrderId,
    T: change.transactionTime,
    O: change.orders.map((order) => ({ s: change.symbol, i: order.orderId, c: order.clientOrderId })),
  };
}

/** `eventStreamTerminated`: a subscription ended (token expiry, or `userDataStream.unsubscribe`). */
export const eventStreamTerminated = (time: number): UserDataEvent => ({ e: "eventStreamTerminated", E: time });
