import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { OrderListEngine } from "../engine/index.js";
import { apiKeyOf, orderAccount, sentParameters } from "./engine-request.js";

/**
 * `GET /sapi/v1/margin/order` (marginGetOrder), Query Margin Account's Order (USER_DATA),
 * https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Order:
 * one order of this margin account (a list's leg or a standalone order) by
 * `orderId` and/or `origClientOrderId` (-2013 when none matches).
 */
export const getOrder =
  (engine: OrderListEngine): OperationBehaviour =>
  (call) => ({
    body: engine.queryOrder(apiKeyOf(call), {
      ...orderAccount(call),
      ...sentParameters(["orderId"], (name) => call.params.long(name)),
      ...sentParameters(["origClientOrderId"], (name) => call.params.text(name)),
    }),
    executed: false,
  });
