import { endList } from "./cancel-order-list.js";
import { endOrder } from "./market/order-execution.js";
import { orderListRejections } from "./order-list-rejections.js";
import type { OrderListStore } from "./order-list-store.js";
import { isLiveOrder, NO_ORDER_LIST } from "./order-records.js";
import { findOrder, type OrderSelector } from "./reads/find-order.js";
import { type CancelBody, cancelBody } from "./reads/order-list-responses.js";
import { type CancelOrderBody, cancelOrderBody } from "./reads/order-responses.js";

/**
 * DELETE /sapi/v1/margin/order, "Margin Account Cancel Order (TRADE)"
 * (https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-Order).
 */
export interface CancelOrderRequest extends OrderSelector {
  /** This cancel's own id, the answer's clientOrderId; generated when absent. */
  readonly newClientOrderId?: string;
}

/**
 * Cancels the live order of this account and symbol that the sent ids name
 * ("Either orderId or origClientOrderId must be sent": -1102 otherwise, as the
 * contract answers; both sent must name the same order). No such live order,
 * in this margin mode (an isolated order without isIsolated=TRUE), or one
 * already done: -2011 "Unknown order sent." (the page's Error Code Description).
 *
 * An order that belongs to a list cancels the whole list, as Binance does:
 * "Canceling an individual leg will cancel the entire OCO" (Margin Account
 * Cancel OCO, https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-OCO,
 * "Additional notes"); the sandbox applies it to OTO and OTOCO lists too. The
 * answer is then the cancelled list, in Cancel OCO's shape: spot's cancel of
 * an order answers "When an order list is canceled" with the list
 * (https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests,
 * Cancel order), and the margin page shows no other shape for this case. A
 * standalone order answers the margin page's single-order body (`orderId` a
 * string there) with spot's `orderListId` -1.
 */
export function cancelOrder(store: OrderListStore, apiKey: string, request: CancelOrderRequest): CancelOrderBody | CancelBody {
  if (request.orderId === undefined && request.origClientOrderId === undefined) {
    throw orderListRejections.eitherParameter("orderId", "origClientOrderId");
  }
  const order = findOrder(store, apiKey, request);
  if (!order || !isLiveOrder(order)) throw orderListRejections.unknownOrderSent();
  const cancelClientOrderId = request.newClientOrderId ?? store.takeClientOrderId();
  const now = store.now();
  const [list] = order.orderListId === NO_ORDER_LIST ? [] : store.withId(order.orderListId);
  if (list) return cancelBody(list, endList(list, cancelClientOrderId, now, store.onChange));
  endOrder(order, "CANCELED", now, store.onChange, { cancelClientOrderId });
  return cancelOrderBody(order, cancelClientOrderId);
}
