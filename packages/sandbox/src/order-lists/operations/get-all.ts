import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { OrderListEngine } from "../engine/index.js";
import { apiKeyOf, marginAccount } from "./engine-request.js";

/**
 * `GET /sapi/v1/margin/allOrderList` (marginGetAllOco), Query Margin Account's all OCO (USER_DATA),
 * https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-All-OCO:
 * the account's lists, open or done, paged by `fromId` or by
 * `startTime` / `endTime`, at most `limit` (default 500, at most 1000).
 */
export const getAllOrderLists =
  (engine: OrderListEngine): OperationBehaviour =>
  (call) => {
    const { params } = call;
    const fromId = params.long("fromId");
    const startTime = params.long("startTime");
    const endTime = params.long("endTime");
    const limit = params.int("limit");
    return {
      body: engine.queryAllOrderLists(apiKeyOf(call), {
        account: marginAccount(call),
        ...(fromId === undefined ? {} : { fromId }),
        ...(startTime === undefined ? {} : { startTime: Number(startTime) }),
        ...(endTime === undefined ? {} : { endTime: Number(endTime) }),
        ...(limit === undefined ? {} : { limit }),
      }),
      executed: false,
    };
  };
