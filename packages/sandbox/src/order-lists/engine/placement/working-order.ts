import { placeOnBook } from "../market/order-execution.js";
import { advanceList, executionContext } from "../market/price-triggers.js";
import { NEW_ORDER_REJECTED, orderListRejections } from "../order-list-rejections.js";
import type { OrderListStore } from "../order-list-store.js";
import type { NewOtocoRequest, NewOtoRequest, WorkingOrderParameters } from "../order-list-types.js";
import { type PlacementBody, placementBody } from "../reads/order-list-responses.js";
import type { SymbolRules } from "../symbol-table.js";
import { assertOrderCombination, draftOrder, type LegInput, type OrderDraft } from "./order-draft.js";
import { commissionAssets, DEFAULT_RESPONSE_TYPE, insertOrderList } from "./order-list-insertion.js";

/**
 * The working order of an OTO / OTOCO: LIMIT or LIMIT_MAKER (New OTO page,
 * https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTO);
 * LIMIT needs workingTimeInForce. A LIMIT_MAKER that would trade on arrival is
 * -2010 "Order would immediately match and take." (spot errors page).
 */
export function workingLeg(request: WorkingOrderParameters): LegInput {
  return {
    names: {
      quantity: "workingQuantity",
      price: "workingPrice",
      stopPrice: "workingStopPrice",
      timeInForce: "workingTimeInForce",
      icebergQty: "workingIcebergQty",
      trailingDelta: "workingTrailingDelta",
    },
    type: request.workingType,
    side: request.workingSide,
    quantity: request.workingQuantity,
    price: request.workingPrice,
    ...(request.workingTimeInForce === undefined ? {} : { timeInForce: request.workingTimeInForce }),
    ...(request.workingIcebergQty === undefined ? {} : { icebergQty: request.workingIcebergQty }),
    ...(request.workingClientOrderId === undefined ? {} : { clientOrderId: request.workingClientOrderId }),
  };
}

export function draftWorkingOrder(rules: SymbolRules, request: WorkingOrderParameters, last: bigint): {
  readonly leg: LegInput;
  readonly draft: OrderDraft;
} {
  const leg = workingLeg(request);
  return { leg, draft: draftOrder(rules, leg, last) };
}

export function assertWorkingOrderAccepted(draft: OrderDraft, last: bigint): void {
  assertOrderCombination(draft);
  const wouldTake = draft.side === "BUY" ? last <= draft.price : last >= draft.price;
  if (draft.type === "LIMIT_MAKER" && wouldTake) {
    throw orderListRejections.newOrderRejected(NEW_ORDER_REJECTED.wouldTake);
  }
}

/**
 * Stores a validated OTO / OTOCO list (the working order NEW, its pending
 * orders PENDING_NEW, in the order given), puts the working order on the book
 * and answers with the list as it stood at placement. Only then does the list
 * advance: as the New OTO page says, a working order that fills at once shows
 * FILLED with its pending orders still PENDING_NEW; a query shows what followed.
 */
export function placeWorkingList(
  store: OrderListStore,
  apiKey: string,
  request: NewOtoRequest | NewOtocoRequest,
  rules: SymbolRules,
  kind: "OTO" | "OTOCO",
  working: OrderDraft,
  pending: readonly OrderDraft[],
): PlacementBody {
  const list = insertOrderList(store, apiKey, request, {
    kind,
    contingencyType: "OTO",
    orders: [
      { draft: working, role: "working", status: "NEW" },
      ...pending.map((draft) => ({ draft, role: "pending" as const, status: "PENDING_NEW" as const })),
    ],
  });
  const context = executionContext(store, request.symbol);
  const [workingOrder] = list.orders;
  if (workingOrder) placeOnBook(workingOrder, context);
  const body = placementBody(list, request.newOrderRespType ?? DEFAULT_RESPONSE_TYPE, commissionAssets(rules));
  advanceList(list, context);
  return body;
}
