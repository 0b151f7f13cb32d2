import type { OrderListSnapshot } from "./margin-state.js";

/**
 * The success body of the cancel, shaped exactly like the seed's response
 * example: both legs CANCELED, each report's `clientOrderId` is the cancel's
 * `newClientOrderId`, `stopPrice` only on the STOP_LOSS_LIMIT leg.
 */
export function cancelOcoResponseBody(list: OrderListSnapshot, transactionTime: number) {
  const cancelClientOrderId = list.cancelClientOrderId ?? "";
  return {
    orderListId: list.orderListId,
    contingencyType: list.contingencyType,
    listStatusType: "ALL_DONE",
    listOrderStatus: "ALL_DONE",
    listClientOrderId: list.listClientOrderId,
    transactionTime,
    symbol: list.symbol,
    isIsolated: list.isIsolated,
    orders: list.legs.map((leg) => ({
      symbol: list.symbol,
      orderId: leg.orderId,
      clientOrderId: leg.clientOrderId,
    })),
    orderReports: list.legs.map((leg) => ({
      symbol: list.symbol,
      origClientOrderId: leg.clientOrderId,
      orderId: leg.orderId,
      orderListId: list.orderListId,
      clientOrderId: cancelClientOrderId,
      price: leg.price,
      origQty: leg.origQty,
      executedQty: "0.00000000",
      cummulativeQuoteQty: "0.00000000",
      status: "CANCELED",
      timeInForce: "GTC",
      type: leg.type,
      side: leg.side,
      ...(leg.stopPrice === undefined ? {} : { stopPrice: leg.stopPrice }),
      selfTradePreventionMode: "NONE",
    })),
  };
}
