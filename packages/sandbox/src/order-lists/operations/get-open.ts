import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { OrderListEngine } from "../engine/index.js";
import { apiKeyOf, marginAccount } from "./engine-request.js";

/**
 * `GET /sapi/v1/margin/openOrderList` (marginGetOpenOco), Query Margin Account's Open OCO (USER_DATA),
 * https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Open-OCO:
 * the account's lists that are still executing.
 */
export const getOpenOrderLists =
  (engine: OrderListEngine): OperationBehaviour =>
  (call) => ({
    body: engine.queryOpenOrderLists(apiKeyOf(call), marginAccount(call)),
    executed: false,
  });
