import { recordList, recordOrder } from "../engine-changes.js";
import { NEW_ORDER_REJECTED, orderListRejections } from "../order-list-rejections.js";
import { inMarginAccount, marginAccountOf, type OrderListStore } from "../order-list-store.js";
import type { ContingencyType, ListKind, NewOrderListCommon, NewOrderRespType } from "../order-list-types.js";
import { isStopOrder, type OrderListRecord, type OrderRecord } from "../order-records.js";
import type { LegMarket, LegTerms } from "./order-legs.js";

/**
 * What every placement shares: the symbol lookup, client order id
 * uniqueness, and turning validated legs into a stored list of order records.
 */

/**
 * The symbol's rules and last price, which a placement's legs are checked
 * against; -1121 "Invalid symbol." when the sandbox does not list the symbol.
 */
export function legMarket(store: OrderListStore, symbol: string): LegMarket {
  const rules = store.symbols.find(symbol);
  if (!rules) throw orderListRejections.invalidSymbol();
  return { rules, last: store.lastPrice(rules.symbol) ?? rules.initialLastPrice };
}

/**
 * Binance: listClientOrderId is unique "among open order lists" and reusable
 * once the previous list is done; leg client order ids are unique "among open
 * orders" (New OTO page, https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTO).
 * A clash is -2010 "Duplicate order sent." (spot errors page). Uniqueness is
 * per margin account (cross, or one isolated symbol): the sandbox's decision.
 */
export function assertClientOrderIdsFree(
  store: OrderListStore,
  apiKey: string,
  request: NewOrderListCommon,
  legClientOrderIds: readonly (string | undefined)[],
): void {
  const account = marginAccountOf(request.symbol, request.isIsolated ?? false);
  const inAccount = (owner: OrderListRecord | OrderRecord) => inMarginAccount(owner, apiKey, account);
  const duplicate = () => orderListRejections.newOrderRejected(NEW_ORDER_REJECTED.duplicate);
  // Looked up by name in the store's index: a placement costs the same with 10 or 10 000 open lists.
  if (request.listClientOrderId !== undefined && store.openListsNamed(apiKey, request.listClientOrderId).some(inAccount)) {
    throw duplicate();
  }
  const sent = legClientOrderIds.filter((id): id is string => id !== undefined);
  // A live order's list is open: a list is done only once all its orders are.
  const taken = (id: string) => store.liveOrdersNamed(apiKey, id).some(inAccount);
  if (new Set(sent).size !== sent.length || sent.some(taken)) throw duplicate();
}

export interface PlannedOrder {
  readonly leg: LegTerms;
  readonly status: "NEW" | "PENDING_NEW";
}

export interface ListPlan {
  readonly kind: ListKind;
  readonly contingencyType: ContingencyType;
  readonly orders: readonly PlannedOrder[];
  /** For seeded lists that must reproduce a known id. */
  readonly orderListId?: number;
}

/**
 * Binance's default response type for order lists is not stated for margin;
 * its published margin examples (New OCO page; swagger's OTO / OTOCO) all show
 * RESULT-shaped reports without `fills`, so RESULT is the default here.
 */
export const DEFAULT_RESPONSE_TYPE: NewOrderRespType = "RESULT";

/**
 * Stores a validated list: ids in request order (list id, then each order's
 * id and client id), statuses EXEC_STARTED / EXECUTING, and every leg as an
 * order record of the list's account, symbol and time.
 */
export function insertOrderList(
  store: OrderListStore,
  apiKey: string,
  request: NewOrderListCommon,
  plan: ListPlan,
): OrderListRecord {
  const now = store.now();
  const orderListId = store.takeOrderListId(plan.orderListId);
  const listClientOrderId = request.listClientOrderId ?? store.takeClientOrderId();
  const symbol = request.symbol;
  const isIsolated = request.isIsolated ?? false;
  const selfTradePreventionMode = request.selfTradePreventionMode ?? "NONE";
  const orders = plan.orders.map(({ leg, status }) =>
    newOrderRecord(store, leg, status, { apiKey, symbol, isIsolated, orderListId, selfTradePreventionMode, time: now }),
  );
  const list: OrderListRecord = {
    apiKey,
    orderListId,
    listClientOrderId,
    kind: plan.kind,
    contingencyType: plan.contingencyType,
    symbol,
    isIsolated,
    orders,
    createdAt: now,
    transactionTime: now,
    listStatusType: "EXEC_STARTED",
    listOrderStatus: "EXECUTING",
    sideEffectType: request.sideEffectType ?? "NO_SIDE_EFFECT",
    selfTradePreventionMode,
    autoRepayAtCancel: request.autoRepayAtCancel ?? true,
    cancelCount: 0,
  };
  store.add(list);
  // Binance's order of events for a new list: each order's report, then the list's status.
  for (const order of orders) recordOrder(store.onChange, order, "NEW");
  recordList(store.onChange, list);
  return list;
}

/** Where a new order belongs: its account, symbol, list (or NO_ORDER_LIST), mode and placement time. */
export type OrderPlace = Pick<OrderRecord, "apiKey" | "symbol" | "isIsolated" | "orderListId" | "selfTradePreventionMode" | "time">;

/** A new order record (ids taken now, nothing executed yet), a list's leg or a standalone order. */
export function newOrderRecord(
  store: OrderListStore,
  { clientOrderId, ...terms }: LegTerms,
  status: "NEW" | "PENDING_NEW",
  place: OrderPlace,
): OrderRecord {
  // Every record is built field by field in one order, so that all of them share one hidden
  // class: the reads walk thousands of records, and object spreads of differently shaped
  // inputs left them slow to read (measured by bench/large-book.mjs).
  const order: Mutable<OrderRecord> = {
    type: terms.type,
    side: terms.side,
    price: terms.price,
    origQty: terms.origQty,
    timeInForce: terms.timeInForce,
    apiKey: place.apiKey,
    symbol: place.symbol,
    isIsolated: place.isIsolated,
    orderListId: place.orderListId,
    orderId: store.takeOrderId(),
    clientOrderId: clientOrderId ?? store.takeClientOrderId(),
    selfTradePreventionMode: place.selfTradePreventionMode,
    time: place.time,
    updateTime: place.time,
    status,
    // A pending order waits off the book; a stop order works once triggered (market/order-execution.ts).
    isWorking: status === "NEW" && !isStopOrder(terms.type),
    executedQty: 0n,
    cummulativeQuoteQty: 0n,
    fills: [],
  };
  if (terms.stopPrice !== undefined) order.stopPrice = terms.stopPrice;
  if (terms.trailingDelta !== undefined) order.trailingDelta = terms.trailingDelta;
  if (terms.icebergQty !== undefined) order.icebergQty = terms.icebergQty;
  return order;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
