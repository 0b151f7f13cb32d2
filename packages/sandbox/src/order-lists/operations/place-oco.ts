import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { NewOcoRequest, OrderListEngine } from "../engine/index.js";
import { apiKeyOf, wireRequest } from "./engine-request.js";

/**
 * `POST /sapi/v1/margin/order/oco` (marginNewOco), Margin Account New OCO (TRADE),
 * https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OCO:
 * the engine places the stop leg and the limit maker (price relationship,
 * symbol filters, unique client ids) and answers Binance's placement body.
 */
export const placeOco =
  (engine: OrderListEngine): OperationBehaviour =>
  (call) => ({
    body: engine.placeOco(apiKeyOf(call), wireRequest(call) as unknown as NewOcoRequest),
    executed: true,
  });
