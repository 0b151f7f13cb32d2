import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { NewOtocoRequest, OrderListEngine } from "../engine/index.js";
import { apiKeyOf, wireRequest } from "./engine-request.js";

/**
 * `POST /sapi/v1/margin/order/otoco` (marginNewOtoco), Margin Account New OTOCO (TRADE),
 * https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTOCO:
 * a working order and a pending above/below pair that behaves as an OCO
 * once the working order has filled.
 */
export const placeOtoco =
  (engine: OrderListEngine): OperationBehaviour =>
  (call) => ({
    body: engine.placeOtoco(apiKeyOf(call), wireRequest(call) as unknown as NewOtocoRequest),
    executed: true,
  });
