import type { OperationBehaviours } from "../../binance/binance-api.js";
import type { OrderListEngine } from "../engine/index.js";
import { cancelOrderList } from "./cancel.js";
import { cancelOpenOrders } from "./cancel-open-orders.js";
import { cancelOrder } from "./cancel-order.js";
import { getOrderList } from "./get.js";
import { getAllOrderLists } from "./get-all.js";
import { getAllOrders } from "./get-all-orders.js";
import { getMyTrades } from "./get-my-trades.js";
import { getOpenOrderLists } from "./get-open.js";
import { getOpenOrders } from "./get-open-orders.js";
import { getOrder } from "./get-order.js";
import { placeOco } from "./place-oco.js";
import { placeOto } from "./place-oto.js";
import { placeOtoco } from "./place-otoco.js";

/**
 * The order-list and order operations by the spec's operationId. Method, path,
 * parameters, rules and weight come from the generated contract; each entry
 * here is only what the operation does, one file each.
 */
export function orderListRoutes(engine: OrderListEngine): OperationBehaviours {
  return {
    marginNewOco: placeOco(engine),
    marginNewOto: placeOto(engine),
    marginNewOtoco: placeOtoco(engine),
    marginGetOco: getOrderList(engine),
    marginGetAllOco: getAllOrderLists(engine),
    marginGetOpenOco: getOpenOrderLists(engine),
    marginCancelOco: cancelOrderList(engine),
    marginGetOrder: getOrder(engine),
    marginGetOpenOrders: getOpenOrders(engine),
    marginGetAllOrders: getAllOrders(engine),
    marginGetMyTrades: getMyTrades(engine),
    marginCancelOrder: cancelOrder(engine),
    marginCancelOpenOrders: cancelOpenOrders(engine),
  };
}
