import { assertOrderCombination, draftOrder, type LegInput, type OrderDraft } from "./order-draft.js";
import { NEW_ORDER_REJECTED, orderListRejections } from "./order-list-rejections.js";
import type { WorkingOrderParameters } from "./order-list-types.js";
import type { SymbolRules } from "./symbol-table.js";

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

export function assertWorkingOrderAccepted(leg: LegInput, draft: OrderDraft, last: bigint): void {
  assertOrderCombination(leg, draft);
  const wouldTake = draft.side === "BUY" ? last <= draft.price : last >= draft.price;
  if (draft.type === "LIMIT_MAKER" && wouldTake) {
    throw orderListRejections.newOrderRejected(NEW_ORDER_REJECTED.wouldTake);
  }
}
