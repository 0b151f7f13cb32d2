import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { OrderListEngine } from "../engine/index.js";
import { apiKeyOf } from "./engine-request.js";

/**
 * `DELETE /sapi/v1/margin/orderList` (marginCancelOco), Margin Account Cancel OCO (TRADE),
 * https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-OCO:
 * cancels the open list of this account, symbol and margin mode that the sent
 * ids name (-2011 otherwise), OCO, OTO or OTOCO alike.
 */
export const cancelOrderList =
  (engine: OrderListEngine): OperationBehaviour =>
  (call) => {
    const { params } = call;
    const orderListId = params.long("orderListId");
    const listClientOrderId = params.text("listClientOrderId");
    const newClientOrderId = params.text("newClientOrderId");
    return {
      body: engine.cancelOrderList(apiKeyOf(call), {
        symbol: params.text("symbol") ?? "",
        isIsolated: params.flag("isIsolated") ?? false,
        ...(orderListId === undefined ? {} : { orderListId }),
        ...(listClientOrderId === undefined ? {} : { listClientOrderId }),
        ...(newClientOrderId === undefined ? {} : { newClientOrderId }),
      }),
      executed: true,
    };
  };
