import { placeOnBook } from "../market/order-execution.js";
import { advanceList, executionContext } from "../market/price-triggers.js";
import { NEW_ORDER_REJECTED, orderListRejections } from "../order-list-rejections.js";
import type { OrderListStore } from "../order-list-store.js";
import type { NewOtocoRequest, NewOtoRequest } from "../order-list-types.js";
import type { OrderTerms } from "../order-records.js";
import { type PlacementBody, placementBody } from "../reads/order-list-responses.js";
import { assertOrderCombination, type LegTerms } from "./order-legs.js";
import { DEFAULT_RESPONSE_TYPE, insertOrderList } from "./order-list-insertion.js";

/**
 * What OTO and OTOCO share: the working order's rules and placing the list.
 *
 * The working order is LIMIT or LIMIT_MAKER (New OTO page,
 * https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTO);
 * LIMIT needs workingTimeInForce. A LIMIT_MAKER that would trade on arrival is
 * -2010 "Order would immediately match and take." (spot errors page).
 */
export function assertWorkingOrderAccepted(working: OrderTerms, last: bigint): void {
  assertOrderCombination(working);
  const wouldTake = working.side === "BUY" ? last <= working.price : last >= working.price;
  if (working.type === "LIMIT_MAKER" && wouldTake) {
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
  kind: "OTO" | "OTOCO",
  working: LegTerms,
  pending: readonly LegTerms[],
): PlacementBody {
  const list = insertOrderList(store, apiKey, request, {
    kind,
    contingencyType: "OTO",
    orders: [
      { leg: working, status: "NEW" },
      ...pending.map((leg) => ({ leg, status: "PENDING_NEW" as const })),
    ],
  });
  const context = executionContext(store, request.symbol);
  const [workingOrder] = list.orders;
  if (workingOrder) placeOnBook(workingOrder, context);
  const body = placementBody(list, request.newOrderRespType ?? DEFAULT_RESPONSE_TYPE);
  advanceList(list, context);
  return body;
}
