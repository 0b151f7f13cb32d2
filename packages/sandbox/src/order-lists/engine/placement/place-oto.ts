import type { OrderListStore } from "../order-list-store.js";
import type { NewOtoRequest } from "../order-list-types.js";
import type { PlacementBody } from "../reads/order-list-responses.js";
import { assertOrderCombination, buildLeg, otoPendingLeg, workingLeg } from "./order-legs.js";
import { assertClientOrderIdsFree, legMarket } from "./order-list-insertion.js";
import { assertWorkingOrderAccepted, placeWorkingList } from "./working-order.js";

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
  const market = legMarket(store, request.symbol);
  const working = buildLeg(workingLeg(request), market);
  const pending = buildLeg(otoPendingLeg(request), market);
  assertWorkingOrderAccepted(working, market.last);
  assertOrderCombination(pending);
  assertClientOrderIdsFree(store, apiKey, request, [request.workingClientOrderId, request.pendingClientOrderId]);

  return placeWorkingList(store, apiKey, request, "OTO", working, [pending]);
}
