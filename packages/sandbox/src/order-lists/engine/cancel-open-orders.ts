import { endList } from "./cancel-order-list.js";
import { endOrder } from "./market/order-execution.js";
import { orderListRejections } from "./order-list-rejections.js";
import type { OrderListStore } from "./order-list-store.js";
import { NO_ORDER_LIST, type OrderListRecord, type OrderRecord } from "./order-records.js";
import { type CancelBody, cancelBody } from "./reads/order-list-responses.js";
import { type CanceledOrderItem, canceledOrderItem } from "./reads/order-responses.js";

/**
 * DELETE /sapi/v1/margin/openOrders, "Margin Account Cancel all Open Orders on
 * a Symbol (TRADE)"
 * (https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-All-Open-Orders).
 */
export interface CancelOpenOrdersRequest {
  readonly symbol: string;
  /** isIsolated=TRUE: the isolated account of `symbol`; default cross margin. */
  readonly isIsolated?: boolean;
}

/** One item of cancel-all's answer: a standalone order, or a list with its reports. */
export type CancelOpenOrdersItem = CanceledOrderItem | CancelBody;

/**
 * Cancels every live order of this margin account on the symbol ("Cancels all
 * active orders on a symbol ... This includes OCO orders"; OTO and OTOCO lists
 * too), and nothing of another account or margin mode. The answer is the
 * page's mixed array, in its order: first the standalone orders (single-order
 * items, orderListId -1), then the lists (Cancel OCO bodies), each group in
 * ascending id order. As in the page's example, every report carries the same
 * generated clientOrderId, this cancel's. Nothing open: -2011 "Unknown order
 * sent." (what Binance answers, see `unknownOrderSent`).
 */
export function cancelOpenOrders(store: OrderListStore, apiKey: string, request: CancelOpenOrdersRequest): CancelOpenOrdersItem[] {
  const open = store.openOrders(apiKey, request.isIsolated ?? false, request.symbol);
  if (open.length === 0) throw orderListRejections.unknownOrderSent();
  const cancelClientOrderId = store.takeClientOrderId();
  const now = store.now();
  const standalone: OrderRecord[] = [];
  const lists = new Map<number, OrderListRecord>();
  for (const order of open) {
    if (order.orderListId === NO_ORDER_LIST) standalone.push(order);
    else if (!lists.has(order.orderListId)) {
      const [list] = store.withId(order.orderListId);
      if (list) lists.set(list.orderListId, list);
    }
  }
  const items: CancelOpenOrdersItem[] = [];
  for (const order of standalone) {
    endOrder(order, "CANCELED", now, store.onChange, { cancelClientOrderId });
    items.push(canceledOrderItem(order, cancelClientOrderId));
  }
  for (const list of [...lists.values()].sort((a, b) => a.orderListId - b.orderListId)) {
    items.push(cancelBody(list, endList(list, cancelClientOrderId, now, store.onChange)));
  }
  return items;
}
