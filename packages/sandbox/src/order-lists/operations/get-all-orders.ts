import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { OrderListEngine } from "../engine/index.js";
import { apiKeyOf, orderAccount, sentParameters, toMs } from "./engine-request.js";

/**
 * `GET /sapi/v1/margin/allOrders` (marginGetAllOrders), Query Margin Account's All Orders (USER_DATA),
 * https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-All-Orders:
 * the account's orders on the symbol, open or done: from `orderId`, or within
 * 24 hours (the last, or the `startTime` / `endTime` window), at most `limit`.
 */
export const getAllOrders =
  (engine: OrderListEngine): OperationBehaviour =>
  (call) => {
    const { params } = call;
    return {
      body: engine.queryAllOrders(apiKeyOf(call), {
        ...orderAccount(call),
        ...sentParameters(["orderId"], (name) => params.long(name)),
        ...sentParameters(["startTime", "endTime"], (name) => toMs(params.long(name))),
        ...sentParameters(["limit"], (name) => params.int(name)),
      }),
      executed: false,
    };
  };
