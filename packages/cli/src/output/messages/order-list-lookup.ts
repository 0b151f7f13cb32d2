// How the user can look an order list up after an unknown or unreadable
// outcome: the same words in every language, so shared by en.ts and zh-CN.ts.
import type { OrderListRef } from "./catalog.js";

/** Query parameters of Binance's "Query Margin Account's OCO" (GET /sapi/v1/margin/orderList) for this list. */
export function queryParameters(ref: OrderListRef): string {
  const id = ref.orderListId === undefined ? `origClientOrderId=${ref.listClientOrderId}` : `orderListId=${ref.orderListId}`;
  // That endpoint wants symbol for isolated margin and refuses it for cross margin.
  return ref.isolated ? `${id}, isIsolated=TRUE, symbol=${ref.symbol}` : id;
}

/** The same look-up as a command of this CLI. */
export function getOrderListCommand(ref: OrderListRef): string {
  const id =
    ref.orderListId === undefined ? `--orig-client-order-id ${ref.listClientOrderId}` : `--order-list-id ${ref.orderListId}`;
  return `sapi-kit margin get-order-list ${id}${ref.isolated ? ` --isolated --symbol ${ref.symbol}` : ""}`;
}
