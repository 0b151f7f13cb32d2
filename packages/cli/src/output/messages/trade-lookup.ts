// How the user can look up what a TRADE call touched after an unknown or
// unreadable outcome: the request to send and the same look-up as a command
// of this CLI, in every language alike, so shared by en.ts and zh-CN.ts.
import type { TradeRef } from "./catalog.js";

export interface Lookup {
  /** The read that shows it: Query Margin Account's OCO, Order, or Open Orders. */
  path: string;
  /** Its query parameters, as `name=value` pairs. */
  parameters: string;
  /** The same look-up as a command of this CLI. */
  command: string;
}

export function lookupOf(ref: TradeRef): Lookup {
  const isolated = ref.isolated ? " --isolated" : "";
  switch (ref.kind) {
    case "order-list": {
      const id = ref.orderListId === undefined ? `origClientOrderId=${ref.listClientOrderId}` : `orderListId=${ref.orderListId}`;
      const option = ref.orderListId === undefined ? `--orig-client-order-id ${ref.listClientOrderId}` : `--order-list-id ${ref.orderListId}`;
      return {
        path: "/sapi/v1/margin/orderList",
        // That endpoint wants symbol for isolated margin and refuses it for cross margin.
        parameters: ref.isolated ? `${id}, isIsolated=TRUE, symbol=${ref.symbol}` : id,
        command: `sapi-kit margin get-order-list ${option}${ref.isolated ? ` --isolated --symbol ${ref.symbol}` : ""}`,
      };
    }
    case "order": {
      const id = ref.orderId === undefined ? `origClientOrderId=${ref.origClientOrderId}` : `orderId=${ref.orderId}`;
      const option = ref.orderId === undefined ? `--orig-client-order-id ${ref.origClientOrderId}` : `--order-id ${ref.orderId}`;
      return {
        path: "/sapi/v1/margin/order",
        parameters: `symbol=${ref.symbol}, ${id}${ref.isolated ? ", isIsolated=TRUE" : ""}`,
        command: `sapi-kit margin get-order --symbol ${ref.symbol} ${option}${isolated}`,
      };
    }
    case "open-orders":
      return {
        path: "/sapi/v1/margin/openOrders",
        parameters: `symbol=${ref.symbol}${ref.isolated ? ", isIsolated=TRUE" : ""}`,
        command: `sapi-kit margin list-open-orders${isolated} --symbol ${ref.symbol}`,
      };
  }
}
