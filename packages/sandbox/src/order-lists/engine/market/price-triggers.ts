import { recordList } from "../engine-changes.js";
import { isOpen, type OrderListStore } from "../order-list-store.js";
import { isFinal, isLiveOrder, isTriggered, type OrderListRecord, type OrderRecord } from "../order-records.js";
import { type ExecutionContext, endOrder, placeOnBook, reactToPrice } from "./order-execution.js";

/**
 * List rules on top of order reactions (OTO / OTOCO descriptions on
 * https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTO
 * and .../Margin-Account-New-OTOCO; OCO semantics from the New OCO page):
 * - OCO pair: once one leg triggers, fills or ends, the other leg(s) EXPIRE;
 * - OTO: the pending order is placed (PENDING_NEW -> NEW) only when the
 *   working order is fully filled; if the working order ends unfilled, the
 *   pending order EXPIRES;
 * - OTOCO: as OTO, and the two pending orders then behave as an OCO pair;
 * - a list whose orders are all FILLED / EXPIRED / CANCELED is ALL_DONE.
 */

const isWaiting = (order: OrderRecord) => order.status === "PENDING_NEW";
const hasActed = (order: OrderRecord) => isFinal(order) || isTriggered(order);

/** OCO rule: the first leg to act wins, every untriggered live partner expires. */
function settlePair(legs: readonly OrderRecord[], context: ExecutionContext): boolean {
  const winner = legs.find(hasActed);
  if (!winner) return false;
  let changed = false;
  for (const leg of legs) {
    if (leg !== winner && isLiveOrder(leg) && !isTriggered(leg)) {
      endOrder(leg, "EXPIRED", context.now, context.onChange, { expiryReason: "OCO_TRIGGER" });
      changed = true;
    }
  }
  return changed;
}

function reactPair(legs: readonly OrderRecord[], context: ExecutionContext): boolean {
  let changed = false;
  for (const leg of legs) {
    // One leg per pass: once it acted, its partners expire before they can react.
    if (reactToPrice(leg, context)) {
      changed = true;
      break;
    }
  }
  return settlePair(legs, context) || changed;
}

function placePending(pending: readonly OrderRecord[], pair: boolean, context: ExecutionContext): void {
  for (const order of pending) {
    if (!isWaiting(order)) continue;
    placeOnBook(order, context);
    if (pair && hasActed(order)) break;
  }
  if (pair) settlePair(pending, context);
}

/** One pass of the list's rules; true when any order changed. */
function advanceOnce(list: OrderListRecord, context: ExecutionContext): boolean {
  if (list.kind === "OCO") return reactPair(list.orders, context);
  const [working, ...pending] = list.orders;
  if (!working) return false;
  const pair = list.kind === "OTOCO";
  let changed = reactToPrice(working, context);
  if (working.status === "FILLED" && pending.some(isWaiting)) {
    placePending(pending, pair, context);
    return true;
  }
  if (isFinal(working) && pending.some(isWaiting)) {
    for (const order of pending) {
      if (isWaiting(order)) endOrder(order, "EXPIRED", context.now, context.onChange, { expiryReason: "OTO_PHASE_ONE_EXPIRED" });
    }
    return true;
  }
  if (working.status === "FILLED") {
    changed = (pair ? reactPair(pending, context) : pending.some((order) => reactToPrice(order, context))) || changed;
  }
  return changed;
}

/**
 * Applies the last price to one open list until nothing moves (a fill can
 * place pending orders that react to the same price). True when it changed.
 */
export function advanceList(list: OrderListRecord, context: ExecutionContext): boolean {
  if (!isOpen(list)) return false;
  let changed = false;
  // Each pass changes at least one order's status for good, so a list of n orders settles in n passes.
  for (let pass = 0; pass <= list.orders.length; pass++) {
    if (!advanceOnce(list, context)) break;
    changed = true;
  }
  if (changed) list.transactionTime = context.now;
  if (list.orders.every(isFinal)) {
    list.listStatusType = "ALL_DONE";
    list.listOrderStatus = "ALL_DONE";
    list.transactionTime = context.now;
    changed = true;
  }
  // A listStatus follows every step that changed the list or its orders.
  if (changed) recordList(context.onChange, list);
  return changed;
}

export function executionContext(store: OrderListStore, symbol: string): ExecutionContext {
  const rules = store.symbols.find(symbol);
  const last = store.lastPrice(symbol);
  if (!rules || last === undefined) throw new TypeError(`No last price for symbol ${symbol}.`);
  // Binance charges the asset received: the base asset on a buy, the quote asset on a sell.
  const commissionAsset = { BUY: rules.baseAsset, SELL: rules.quoteAsset };
  return {
    last,
    now: store.now(),
    commissionAsset,
    commissionRate: store.commissionRate,
    takeTradeId: () => store.takeTradeId(symbol),
    recordTrade: store.recordTrade,
    onChange: store.onChange,
  };
}

/**
 * Moves a symbol's last price and lets every open list on it react, oldest
 * list first, then the standalone orders (the seeding API's), oldest first.
 * Returns the ids of the lists that changed.
 */
export function applyPriceMove(store: OrderListStore, symbol: string, last: bigint): number[] {
  store.setLastPrice(symbol, last);
  const context = executionContext(store, symbol);
  const changed: number[] = [];
  for (const list of store.openListsOn(symbol)) {
    if (advanceList(list, context)) changed.push(list.orderListId);
  }
  for (const order of store.openStandaloneOrders(symbol)) reactToPrice(order, context);
  return changed;
}
