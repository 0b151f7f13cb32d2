import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { OrderListEngine } from "../engine/index.js";
import { apiKeyOf, marginAccount } from "./engine-request.js";

/**
 * `GET /sapi/v1/margin/orderList` (marginGetOco), Query Margin Account's OCO (USER_DATA),
 * https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-OCO:
 * one list of this margin account by `orderListId` and/or `origClientOrderId`
 * (-2013 when none matches).
 */
export const getOrderList =
  (engine: OrderListEngine): OperationBehaviour =>
  (call) => {
    const orderListId = call.params.long("orderListId");
    const origClientOrderId = call.params.text("origClientOrderId");
    return {
      body: engine.queryOrderList(apiKeyOf(call), {
        account: marginAccount(call),
        ...(orderListId === undefined ? {} : { orderListId }),
        ...(origClientOrderId === undefined ? {} : { origClientOrderId }),
      }),
      executed: false,
    };
  };
