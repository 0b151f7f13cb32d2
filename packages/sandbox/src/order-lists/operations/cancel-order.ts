import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { OrderListEngine } from "../engine/index.js";
import { apiKeyOf, orderAccount, sentParameters } from "./engine-request.js";

/**
 * `DELETE /sapi/v1/margin/order` (marginCancelOrder), Margin Account Cancel Order (TRADE),
 * https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-Order:
 * cancels the live order the ids name (-2011 otherwise); an order of a list
 * cancels the whole list, as Binance does.
 */
export const cancelOrder =
  (engine: OrderListEngine): OperationBehaviour =>
  (call) => ({
    body: engine.cancelOrder(apiKeyOf(call), {
      ...orderAccount(call),
      ...sentParameters(["orderId"], (name) => call.params.long(name)),
      ...sentParameters(["origClientOrderId", "newClientOrderId"], (name) => call.params.text(name)),
    }),
    executed: true,
  });
