import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { OrderListEngine } from "../engine/index.js";
import { apiKeyOf } from "./engine-request.js";

/**
 * `GET /sapi/v1/margin/openOrders` (marginGetOpenOrders), Query Margin Account's Open Orders (USER_DATA),
 * https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Open-Orders:
 * the account's live orders on `symbol`, or on every symbol (cross margin only).
 */
export const getOpenOrders =
  (engine: OrderListEngine): OperationBehaviour =>
  (call) => {
    const symbol = call.params.text("symbol");
    return {
      body: engine.queryOpenOrders(apiKeyOf(call), {
        isIsolated: call.params.flag("isIsolated") ?? false,
        ...(symbol === undefined ? {} : { symbol }),
      }),
      executed: false,
    };
  };
