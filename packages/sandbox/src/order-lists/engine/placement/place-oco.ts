import { NEW_ORDER_REJECTED, orderListRejections } from "../order-list-rejections.js";
import type { OrderListStore } from "../order-list-store.js";
import type { NewOcoRequest } from "../order-list-types.js";
import { type PlacementBody, placementBody } from "../reads/order-list-responses.js";
import { assertOrderCombination, draftOrder, type LegInput } from "./order-draft.js";
import {
  assertClientOrderIdsFree,
  commissionAssets,
  DEFAULT_RESPONSE_TYPE,
  insertOrderList,
  lastPriceOf,
  symbolRules,
} from "./order-list-insertion.js";

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
  const rules = symbolRules(store, request.symbol);
  const last = lastPriceOf(store, rules);
  const limitLeg: LegInput = {
    names: {
      quantity: "quantity",
      price: "price",
      stopPrice: "stopPrice",
      timeInForce: "timeInForce",
      icebergQty: "limitIcebergQty",
      trailingDelta: "trailingDelta",
    },
    type: "LIMIT_MAKER",
    side: request.side,
    quantity: request.quantity,
    price: request.price,
    ...(request.limitIcebergQty === undefined ? {} : { icebergQty: request.limitIcebergQty }),
    ...(request.limitClientOrderId === undefined ? {} : { clientOrderId: request.limitClientOrderId }),
  };
  const stopLeg: LegInput = {
    names: {
      quantity: "quantity",
      price: "stopLimitPrice",
      stopPrice: "stopPrice",
      timeInForce: "stopLimitTimeInForce",
      icebergQty: "stopIcebergQty",
      trailingDelta: "trailingDelta",
    },
    type: request.stopLimitPrice === undefined ? "STOP_LOSS" : "STOP_LOSS_LIMIT",
    side: request.side,
    quantity: request.quantity,
    stopPrice: request.stopPrice,
    ...(request.stopLimitPrice === undefined ? {} : { price: request.stopLimitPrice }),
    ...(request.stopLimitTimeInForce === undefined ? {} : { timeInForce: request.stopLimitTimeInForce }),
    ...(request.stopIcebergQty === undefined ? {} : { icebergQty: request.stopIcebergQty }),
    ...(request.stopClientOrderId === undefined ? {} : { clientOrderId: request.stopClientOrderId }),
  };

  const limitDraft = draftOrder(rules, limitLeg, last);
  const stopDraft = draftOrder(rules, stopLeg, last);
  assertOrderCombination(limitDraft);
  assertOrderCombination(stopDraft);

  const stopPrice = stopDraft.stopPrice ?? 0n;
  const ordered =
    request.side === "SELL"
      ? limitDraft.price > last && last > stopPrice
      : limitDraft.price < last && last < stopPrice;
  if (!ordered) throw orderListRejections.newOrderRejected(NEW_ORDER_REJECTED.badPrices);
  assertClientOrderIdsFree(store, apiKey, request, [request.limitClientOrderId, request.stopClientOrderId]);

  // Leg order as in Binance's OCO examples: the stop leg first, then the limit maker.
  const list = insertOrderList(store, apiKey, request, {
    kind: "OCO",
    contingencyType: "OCO",
    orders: [
      { draft: stopDraft, role: "oco", status: "NEW" },
      { draft: limitDraft, role: "oco", status: "NEW" },
    ],
  });
  return placementBody(list, request.newOrderRespType ?? DEFAULT_RESPONSE_TYPE, commissionAssets(rules));
}
