import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { OrderListEngine } from "../engine/index.js";
import { apiKeyOf, orderAccount } from "./engine-request.js";

/**
 * `DELETE /sapi/v1/margin/openOrders` (marginCancelOpenOrders), Margin Account Cancel all Open
 * Orders on a Symbol (TRADE),
 * https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-All-Open-Orders:
 * every live order and list of this margin account on the symbol, standalone
 * orders first, then lists (-2011 when nothing is open).
 */
export const cancelOpenOrders =
  (engine: OrderListEngine): OperationBehaviour =>
  (call) => ({
    body: engine.cancelOpenOrders(apiKeyOf(call), orderAccount(call)),
    executed: true,
  });
