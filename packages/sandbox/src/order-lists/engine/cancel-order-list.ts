import { rejections } from "../../binance/binance-error.js";
import { endOrder } from "./market/order-execution.js";
import { inMarginAccount, isOpen, marginAccountOf, type OrderListStore } from "./order-list-store.js";
import { isLiveOrder } from "./order-records.js";
import { type CancelBody, cancelBody } from "./reads/order-list-responses.js";

/**
 * DELETE /sapi/v1/margin/orderList, "Margin Account Cancel OCO (TRADE)"
 * (https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-OCO),
 * with the sandbox's existing semantics: the open list of this account,
 * symbol and margin mode that both sent ids name; anything else (unknown id,
 * wrong isIsolated, already done) is the sandbox's -2011 (`rejections.unknownOrder`). Works for
 * OCO, OTO and OTOCO lists alike.
 */
export interface CancelOrderListRequest {
  readonly symbol: string;
  readonly isIsolated?: boolean;
  readonly orderListId?: bigint | number;
  readonly listClientOrderId?: string;
  /** This cancel's own id, echoed as every report's clientOrderId; generated when absent. */
  readonly newClientOrderId?: string;
}

export function cancelOrderList(store: OrderListStore, apiKey: string, request: CancelOrderListRequest): CancelBody {
  const { orderListId, listClientOrderId } = request;
  if (orderListId === undefined && listClientOrderId === undefined) {
    // The -11016 the sandbox answers today, as observed from Binance in
    // https://github.com/sammchardy/python-binance/issues/1221 (Binance documents -1102 instead).
    throw rejections.requiredOneOfMissing(["orderListId", "listClientOrderId"]);
  }
  const account = marginAccountOf(request.symbol, request.isIsolated ?? false);
  const list = store
    .withId(orderListId)
    .find(
      (candidate) =>
        isOpen(candidate) &&
        inMarginAccount(candidate, apiKey, account) &&
        candidate.symbol === request.symbol &&
        (listClientOrderId === undefined || candidate.listClientOrderId === listClientOrderId),
    );
  if (!list) throw rejections.unknownOrder();

  const now = store.now();
  const canceled = list.orders.filter(isLiveOrder);
  for (const order of canceled) endOrder(order, "CANCELED", now);
  list.listStatusType = "ALL_DONE";
  list.listOrderStatus = "ALL_DONE";
  list.transactionTime = now;
  list.canceledAt = now;
  list.cancelCount++;
  list.cancelClientOrderId = request.newClientOrderId ?? store.takeClientOrderId();
  return cancelBody(list, canceled);
}
