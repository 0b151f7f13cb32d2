import { NEW_ORDER_REJECTED, orderListRejections } from "../order-list-rejections.js";
import type { OrderListStore } from "../order-list-store.js";
import type { NewOcoRequest } from "../order-list-types.js";
import { type PlacementBody, placementBody } from "../reads/order-list-responses.js";
import { assertOrderCombination, buildLeg, ocoLegs } from "./order-legs.js";
import { assertClientOrderIdsFree, DEFAULT_RESPONSE_TYPE, insertOrderList, legMarket } from "./order-list-insertion.js";

/**
 * POST /sapi/v1/margin/order/oco, "Margin Account New OCO (TRADE)"
 * (https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OCO).
 *
 * Margin's OCO is the older form (price / stopPrice / stopLimitPrice, not
 * spot's aboveType / belowType): a LIMIT_MAKER leg at `price` and a stop leg
 * at `stopPrice`, STOP_LOSS, or STOP_LOSS_LIMIT at `stopLimitPrice` when that
 * is sent (then `stopLimitTimeInForce` is required, as the page says). Both
 * legs share `quantity`.
 *
 * Price restrictions (the page's zh-CN "其他信息" and Binance's swagger
 * description): SELL limit > last > stop, BUY limit < last < stop; otherwise
 * -2010 "The relationship of the prices for the orders is not correct." (spot
 * errors page, -2010 messages).
 */
export function placeOco(store: OrderListStore, apiKey: string, request: NewOcoRequest): PlacementBody {
  const market = legMarket(store, request.symbol);
  const [stopLeg, limitLeg] = ocoLegs(request);
  const limit = buildLeg(limitLeg, market);
  const stop = buildLeg(stopLeg, market);
  assertOrderCombination(limit);
  assertOrderCombination(stop);

  const { last } = market;
  const stopPrice = stop.stopPrice ?? 0n;
  const ordered = request.side === "SELL" ? limit.price > last && last > stopPrice : limit.price < last && last < stopPrice;
  if (!ordered) throw orderListRejections.newOrderRejected(NEW_ORDER_REJECTED.badPrices);
  assertClientOrderIdsFree(store, apiKey, request, [request.limitClientOrderId, request.stopClientOrderId]);

  const list = insertOrderList(store, apiKey, request, {
    kind: "OCO",
    contingencyType: "OCO",
    orders: [
      { leg: stop, status: "NEW" },
      { leg: limit, status: "NEW" },
    ],
  });
  return placementBody(list, request.newOrderRespType ?? DEFAULT_RESPONSE_TYPE);
}
