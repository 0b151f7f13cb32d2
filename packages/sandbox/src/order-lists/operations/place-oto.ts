import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { NewOtoRequest, OrderListEngine } from "../engine/index.js";
import { apiKeyOf, wireRequest } from "./engine-request.js";

/**
 * `POST /sapi/v1/margin/order/oto` (marginNewOto), Margin Account New OTO (TRADE),
 * https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTO:
 * a working order, and a pending order (PENDING_NEW) placed once the working
 * order has filled.
 */
export const placeOto =
  (engine: OrderListEngine): OperationBehaviour =>
  (call) => ({
    body: engine.placeOto(apiKeyOf(call), wireRequest(call) as unknown as NewOtoRequest),
    executed: true,
  });
