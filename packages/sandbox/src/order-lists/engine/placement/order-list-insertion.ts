import { NEW_ORDER_REJECTED, orderListRejections } from "../order-list-rejections.js";
import { inMarginAccount, isOpen, marginAccountOf, type OrderListStore } from "../order-list-store.js";
import type {
  ContingencyType,
  ListKind,
  NewOrderListCommon,
  NewOrderRespType,
  OrderListRecord,
  OrderRecord,
} from "../order-list-types.js";
import type { SymbolRules } from "../symbol-table.js";
import type { OrderDraft } from "./order-draft.js";

/**
 * What every placement shares: the symbol lookup, client order id
 * uniqueness, and turning validated drafts into a stored list.
 */

/** The symbol's rules; -1121 "Invalid symbol." when the sandbox does not list it. */
export function symbolRules(store: OrderListStore, symbol: string): SymbolRules {
  const rules = store.symbols.find(symbol);
  if (!rules) throw orderListRejections.invalidSymbol();
  return rules;
}

export function lastPriceOf(store: OrderListStore, rules: SymbolRules): bigint {
  return store.lastPrice(rules.symbol) ?? rules.initialLastPrice;
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
  const inAccount = (list: OrderListRecord) => isOpen(list) && inMarginAccount(list, apiKey, account);
  const duplicate = () => orderListRejections.newOrderRejected(NEW_ORDER_REJECTED.duplicate);
  // Looked up by name in the store's index: a placement costs the same with 10 or 10 000 open lists.
  if (request.listClientOrderId !== undefined && store.openListsNamed(apiKey, request.listClientOrderId).some(inAccount)) {
    throw duplicate();
  }
  const sent = legClientOrderIds.filter((id): id is string => id !== undefined);
  const taken = (id: string) => store.liveOrdersNamed(apiKey, id).some(({ list }) => inAccount(list));
  if (new Set(sent).size !== sent.length || sent.some(taken)) throw duplicate();
}

export interface PlannedOrder {
  readonly draft: OrderDraft;
  readonly role: OrderRecord["role"];
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

/** Stores a validated list: ids in request order (list id, then orders), statuses EXEC_STARTED / EXECUTING. */
export function insertOrderList(
  store: OrderListStore,
  apiKey: string,
  request: NewOrderListCommon,
  plan: ListPlan,
): OrderListRecord {
  const now = store.now();
  const orderListId = store.takeOrderListId(plan.orderListId);
  const listClientOrderId = request.listClientOrderId ?? store.takeClientOrderId();
  const orders: OrderRecord[] = plan.orders.map(({ draft, role, status }) => ({
    orderId: store.takeOrderId(),
    clientOrderId: draft.clientOrderId ?? store.takeClientOrderId(),
    type: draft.type,
    side: draft.side,
    price: draft.price,
    ...(draft.stopPrice === undefined ? {} : { stopPrice: draft.stopPrice }),
    ...(draft.trailingDelta === undefined ? {} : { trailingDelta: draft.trailingDelta }),
    origQty: draft.origQty,
    ...(draft.icebergQty === undefined ? {} : { icebergQty: draft.icebergQty }),
    timeInForce: draft.timeInForce,
    role,
    status,
    triggered: false,
    executedQty: 0n,
    cummulativeQuoteQty: 0n,
    fills: [],
    updateTime: now,
  }));
  const list: OrderListRecord = {
    apiKey,
    orderListId,
    listClientOrderId,
    kind: plan.kind,
    contingencyType: plan.contingencyType,
    symbol: request.symbol,
    isIsolated: request.isIsolated ?? false,
    orders,
    createdAt: now,
    transactionTime: now,
    listStatusType: "EXEC_STARTED",
    listOrderStatus: "EXECUTING",
    sideEffectType: request.sideEffectType ?? "NO_SIDE_EFFECT",
    selfTradePreventionMode: request.selfTradePreventionMode ?? "NONE",
    autoRepayAtCancel: request.autoRepayAtCancel ?? true,
    cancelCount: 0,
  };
  store.add(list);
  return list;
}

/** The asset a fill's commission is charged in, per side (FULL responses). */
export function commissionAssets(rules: SymbolRules): { readonly BUY: string; readonly SELL: string } {
  return { BUY: rules.baseAsset, SELL: rules.quoteAsset };
}
