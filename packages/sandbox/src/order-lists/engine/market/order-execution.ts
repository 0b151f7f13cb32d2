import { multiplyUnits } from "../decimal-units.js";
import { type ChangeListener, type ExpiryReason, recordOrder } from "../engine-changes.js";
import type { OrderSide } from "../order-list-types.js";
import { type FillRecord, isStopOrder, type OrderRecord } from "../order-records.js";

/**
 * What one order does when the last price is `last`. The sandbox's market is
 * a single number per symbol, not an order book, so:
 * - a resting limit order (LIMIT, LIMIT_MAKER, a triggered *_LIMIT) fills
 *   completely, at its own limit price, once the last price reaches it
 *   (BUY: last <= price; SELL: last >= price);
 * - an order that trades on arrival (a taker) fills completely at the last price;
 * - STOP_LOSS triggers when the price falls to the stop (SELL: last <= stop;
 *   BUY: last >= stop), TAKE_PROFIT when it rises to it (the reverse); the
 *   market variants then fill at the last price, the *_LIMIT variants become
 *   limit orders (and expire at once if IOC/FOK and not fillable);
 * - a trailing stop (spot Trailing Stop FAQ,
 *   https://developers.binance.com/docs/binance-spot-api-docs/faqs/trailing-stop-faq)
 *   tracks the best price since tracking started (SELL: highest, BUY: lowest)
 *   and triggers once the price moves back by `trailingDelta` basis points
 *   (SELL: last <= best * (1 - delta / 10000); BUY: last >= best * (1 + delta / 10000)).
 *   Tracking starts at the first price the order sees, or, with a stop price,
 *   once the stop price is reached.
 * Every fill is one trade (see `fillOrder`). There are no partial fills,
 * balances or other traders.
 */
export interface ExecutionContext {
  readonly last: bigint;
  readonly now: number;
  /** The asset a fill's commission is counted in, per side: the asset received. */
  readonly commissionAsset: { readonly [side in OrderSide]: string };
  /** Units of 10^-8 per unit received (the store's commission rate). */
  readonly commissionRate: bigint;
  /** The symbol's next trade id. */
  takeTradeId(): number;
  /** Adds the fill to its account's trade list. */
  recordTrade(order: OrderRecord, fill: FillRecord): void;
  /** Where each change goes (the store's listener). */
  readonly onChange: ChangeListener | undefined;
}

/** Whether a limit order at its price trades against the last price. */
export function crossesLast(order: OrderRecord, last: bigint): boolean {
  return order.side === "BUY" ? last <= order.price : last >= order.price;
}

export function stopReached(order: OrderRecord, last: bigint): boolean {
  const stop = order.stopPrice;
  if (stop === undefined) return false;
  const fallsTo = order.side === "SELL" ? last <= stop : last >= stop;
  const risesTo = order.side === "SELL" ? last >= stop : last <= stop;
  return order.type === "STOP_LOSS" || order.type === "STOP_LOSS_LIMIT" ? fallsTo : risesTo;
}

const BIPS = 10_000n;

/** Whether a trailing stop triggers at `last`, updating its tracked best price. */
function trailingTriggers(order: OrderRecord, delta: number, last: bigint): boolean {
  if (order.trailingExtreme === undefined) {
    if (order.stopPrice === undefined || stopReached(order, last)) order.trailingExtreme = last;
    return false;
  }
  const best = order.side === "SELL" ? (last > order.trailingExtreme ? last : order.trailingExtreme) : last < order.trailingExtreme ? last : order.trailingExtreme;
  order.trailingExtreme = best;
  const move = BigInt(delta);
  return order.side === "SELL" ? last * BIPS <= best * (BIPS - move) : last * BIPS >= best * (BIPS + move);
}

/** Whether an untriggered stop order triggers at `last`. */
function stopTriggers(order: OrderRecord, last: bigint): boolean {
  return order.trailingDelta === undefined ? stopReached(order, last) : trailingTriggers(order, order.trailingDelta, last);
}

/**
 * Fills the whole order as one trade at `price`: a maker is a resting order the
 * last price came to (it fills at its own limit price); a taker traded on
 * arrival (at the last price). The trade's quote quantity is price x qty and
 * the order's cummulativeQuoteQty, both truncated to 8 fraction digits; its
 * commission is the received amount (BUY: qty of the base asset; SELL:
 * quoteQty of the quote asset) times the commission rate, truncated likewise.
 * The same record is the FULL report's fill and the trade list's trade.
 */
export function fillOrder(order: OrderRecord, price: bigint, context: ExecutionContext, isMaker: boolean): void {
  const qty = order.origQty;
  const quoteQty = multiplyUnits(price, qty);
  const received = order.side === "BUY" ? qty : quoteQty;
  const fill: FillRecord = {
    tradeId: context.takeTradeId(),
    price,
    qty,
    quoteQty,
    commission: multiplyUnits(received, context.commissionRate),
    commissionAsset: context.commissionAsset[order.side],
    isMaker,
    time: context.now,
  };
  order.status = "FILLED";
  order.executedQty = qty;
  order.cummulativeQuoteQty = quoteQty;
  order.fills.push(fill);
  order.updateTime = context.now;
  context.recordTrade(order, fill);
  recordOrder(context.onChange, order, "TRADE", { fill });
}

/** How an order ended, for its report: a cancel's own client order id, or why it expired. */
export type EndDetail = { readonly cancelClientOrderId: string } | { readonly expiryReason: ExpiryReason };

export function endOrder(order: OrderRecord, status: "EXPIRED" | "CANCELED", now: number, onChange: ChangeListener | undefined, detail: EndDetail): void {
  order.status = status;
  order.updateTime = now;
  recordOrder(onChange, order, status, detail);
}

/** An IOC or FOK order that found nothing to trade with expires, for Binance's reason. */
const unfilledExpiry = (order: OrderRecord): EndDetail => ({
  expiryReason: order.timeInForce === "FOK" ? "UNFILLED_FOK_ORDER_EXPIRED" : "UNFILLED_IOC_QUANTITY_EXPIRED",
});

/** An order arriving on the book: a working order at placement, or a pending order being placed. */
export function placeOnBook(order: OrderRecord, context: ExecutionContext): void {
  const wasPending = order.status === "PENDING_NEW";
  order.status = "NEW";
  order.updateTime = context.now;
  if (wasPending) {
    if (!isStopOrder(order.type) && order.type !== "LIMIT_MAKER") order.isWorking = true;
    recordOrder(context.onChange, order, "NEW");
  }
  const { last } = context;
  switch (order.type) {
    case "MARKET":
      order.isWorking = true;
      fillOrder(order, last, context, false);
      return;
    case "LIMIT":
      order.isWorking = true;
      if (crossesLast(order, last)) fillOrder(order, last, context, false);
      else if (order.timeInForce !== "GTC") endOrder(order, "EXPIRED", context.now, context.onChange, unfilledExpiry(order));
      return;
    case "LIMIT_MAKER":
      // A maker order that would take is refused by Binance; a pending one can only expire, never working.
      if (crossesLast(order, last)) endOrder(order, "EXPIRED", context.now, context.onChange, { expiryReason: "REJECTED" });
      else order.isWorking = true;
      return;
    default:
      reactToPrice(order, context);
  }
}

/** A live (NEW) order's reaction to the last price; true when it changed. */
export function reactToPrice(order: OrderRecord, context: ExecutionContext): boolean {
  if (order.status !== "NEW") return false;
  const { last } = context;
  if (isStopOrder(order.type) && !order.isWorking) {
    if (!stopTriggers(order, last)) return false;
    order.isWorking = true;
    order.updateTime = context.now;
    if (order.type === "STOP_LOSS" || order.type === "TAKE_PROFIT") {
      fillOrder(order, last, context, false);
    } else if (crossesLast(order, last)) {
      fillOrder(order, last, context, false);
    } else if (order.timeInForce !== "GTC") {
      endOrder(order, "EXPIRED", context.now, context.onChange, unfilledExpiry(order));
    } else {
      // Triggered and resting as a limit order: on the book now (w = true).
      recordOrder(context.onChange, order, "NEW");
    }
    return true;
  }
  if (!crossesLast(order, last)) return false;
  fillOrder(order, order.price, context, true);
  return true;
}
