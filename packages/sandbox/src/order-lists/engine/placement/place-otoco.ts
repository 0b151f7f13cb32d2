import { NEW_ORDER_REJECTED, orderListRejections } from "../order-list-rejections.js";
import type { OrderListStore } from "../order-list-store.js";
import type { NewOtocoRequest, OcoLegType, OrderSide } from "../order-list-types.js";
import type { OrderTerms } from "../order-records.js";
import type { PlacementBody } from "../reads/order-list-responses.js";
import { assertOrderCombination, buildLeg, otocoPairLeg, workingLeg } from "./order-legs.js";
import { assertClientOrderIdsFree, legMarket } from "./order-list-insertion.js";
import { assertWorkingOrderAccepted, placeWorkingList } from "./working-order.js";

/**
 * POST /sapi/v1/margin/order/otoco, "Margin Account New OTOCO (TRADE)"
 * (https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTOCO):
 * a working LIMIT / LIMIT_MAKER order and a pending above / below pair that
 * is placed once the working order fills and then behaves as an OCO.
 *
 * The page says the pair follows the OCO rules; for the above/below form
 * those are (spot errors page, https://developers.binance.com/docs/binance-spot-api-docs/errors):
 * both legs LIMIT_MAKER is -1168; a SELL pair's limit leg must be above (-1166)
 * and its stop leg below (-1197); a BUY pair's limit leg below (-1165) and its
 * stop leg above (-1196). The pair's prices are checked against the working
 * price, the last price at which the pair will be placed (the sandbox's
 * decision: Binance publishes no rule for it): SELL above price > working
 * price > below stop price, BUY below price < working price < above stop
 * price, else -2010 "The relationship of the prices for the orders is not correct.".
 */
export function placeOtoco(store: OrderListStore, apiKey: string, request: NewOtocoRequest): PlacementBody {
  const market = legMarket(store, request.symbol);
  assertPairTypes(request.pendingSide, request.pendingAboveType, request.pendingBelowType);

  const working = buildLeg(workingLeg(request), market);
  const above = buildLeg(otocoPairLeg(request, "Above"), market);
  const below = buildLeg(otocoPairLeg(request, "Below"), market);
  assertWorkingOrderAccepted(working, market.last);
  assertOrderCombination(above);
  assertOrderCombination(below);
  assertPairPrices(request.pendingSide, above, below, working.price);
  assertClientOrderIdsFree(store, apiKey, request, [
    request.workingClientOrderId,
    request.pendingAboveClientOrderId,
    request.pendingBelowClientOrderId,
  ]);

  // As in Binance's OTOCO examples: the working order, then the pair's stop leg, then its limit maker.
  const pair = above.type === "LIMIT_MAKER" ? [below, above] : [above, below];
  return placeWorkingList(store, apiKey, request, "OTOCO", working, pair);
}

function assertPairTypes(side: OrderSide, above: OcoLegType, below: OcoLegType): void {
  if (above === "LIMIT_MAKER" && below === "LIMIT_MAKER") throw orderListRejections.bothLegsLimit();
  if (side === "SELL") {
    if (below === "LIMIT_MAKER") throw orderListRejections.sellLimitMustBeAbove();
    if (above !== "LIMIT_MAKER") throw orderListRejections.sellStopMustBeBelow();
  } else {
    if (above === "LIMIT_MAKER") throw orderListRejections.buyLimitMustBeBelow();
    if (below !== "LIMIT_MAKER") throw orderListRejections.buyStopMustBeAbove();
  }
}

/** A trailing-only stop leg has no stop price to compare: its trigger follows the market (Trailing Stop FAQ). */
function assertPairPrices(side: OrderSide, above: OrderTerms, below: OrderTerms, reference: bigint): void {
  const ordered =
    side === "SELL"
      ? above.price > reference && (below.stopPrice === undefined || reference > below.stopPrice)
      : below.price < reference && (above.stopPrice === undefined || reference < above.stopPrice);
  if (!ordered) throw orderListRejections.newOrderRejected(NEW_ORDER_REJECTED.badPrices);
}
