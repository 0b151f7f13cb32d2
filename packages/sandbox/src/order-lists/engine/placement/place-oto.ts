import type { OrderListStore } from "../order-list-store.js";
import type { NewOtoRequest } from "../order-list-types.js";
import type { PlacementBody } from "../reads/order-list-responses.js";
import { assertOrderCombination, draftOrder, type LegInput } from "./order-draft.js";
import { assertClientOrderIdsFree, lastPriceOf, symbolRules } from "./order-list-insertion.js";
import { assertWorkingOrderAccepted, draftWorkingOrder, placeWorkingList } from "./working-order.js";

/**
 * POST /sapi/v1/margin/order/oto, "Margin Account New OTO (TRADE)"
 * (https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTO):
 * a working LIMIT / LIMIT_MAKER order, and a pending order of any type that
 * is placed only once the working order is fully filled.
 *
 * As the page says, when the working order fills immediately the placement
 * response shows it FILLED and the pending order still PENDING_NEW; the
 * pending order is placed right after, and a query shows its real status
 * (`placeWorkingList`).
 */
export function placeOto(store: OrderListStore, apiKey: string, request: NewOtoRequest): PlacementBody {
  const rules = symbolRules(store, request.symbol);
  const last = lastPriceOf(store, rules);
  const working = draftWorkingOrder(rules, request, last);
  const pendingLeg: LegInput = {
    names: {
      quantity: "pendingQuantity",
      price: "pendingPrice",
      stopPrice: "pendingStopPrice",
      timeInForce: "pendingTimeInForce",
      icebergQty: "pendingIcebergQty",
      trailingDelta: "pendingTrailingDelta",
    },
    type: request.pendingType,
    side: request.pendingSide,
    quantity: request.pendingQuantity,
    ...(request.pendingPrice === undefined ? {} : { price: request.pendingPrice }),
    ...(request.pendingStopPrice === undefined ? {} : { stopPrice: request.pendingStopPrice }),
    ...(request.pendingTimeInForce === undefined ? {} : { timeInForce: request.pendingTimeInForce }),
    ...(request.pendingIcebergQty === undefined ? {} : { icebergQty: request.pendingIcebergQty }),
    ...(request.pendingTrailingDelta === undefined ? {} : { trailingDelta: request.pendingTrailingDelta }),
    ...(request.pendingClientOrderId === undefined ? {} : { clientOrderId: request.pendingClientOrderId }),
  };
  const pendingDraft = draftOrder(rules, pendingLeg, last);
  assertWorkingOrderAccepted(working.draft, last);
  assertOrderCombination(pendingDraft);
  assertClientOrderIdsFree(store, apiKey, request, [request.workingClientOrderId, request.pendingClientOrderId]);

  return placeWorkingList(store, apiKey, request, rules, "OTO", working.draft, [pendingDraft]);
}
