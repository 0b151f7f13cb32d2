import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { OrderListEngine } from "../engine/index.js";
import { apiKeyOf, orderAccount, sentParameters, toMs } from "./engine-request.js";

/**
 * `GET /sapi/v1/margin/myTrades` (marginGetMyTrades), Query Margin Account's Trade List (USER_DATA),
 * https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Trade-List:
 * the account's trades on the symbol, one per fill: from `fromId`, or within 24
 * hours, or of one `orderId`, at most `limit`.
 */
export const getMyTrades =
  (engine: OrderListEngine): OperationBehaviour =>
  (call) => {
    const { params } = call;
    return {
      body: engine.queryTrades(apiKeyOf(call), {
        ...orderAccount(call),
        ...sentParameters(["orderId", "fromId"], (name) => params.long(name)),
        ...sentParameters(["startTime", "endTime"], (name) => toMs(params.long(name))),
        ...sentParameters(["limit"], (name) => params.int(name)),
      }),
      executed: false,
    };
  };
