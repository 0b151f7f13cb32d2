import { rejections } from "../../binance/binance-error.js";
import { type ChangeListener, recordList } from "./engine-changes.js";
import { endOrder } from "./market/order-execution.js";
import { inMarginAccount, isOpen, marginAccountOf, type OrderListStore } from "./order-list-store.js";
import { isLiveOrder, type OrderListRecord, type OrderRecord } from "./order-records.js";
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

  const canceled = endList(list, request.newClientOrderId ?? store.takeClientOrderId(), store.now(), store.onChange);
  return cancelBody(list, canceled);
}

/**
 * Cancels an open list: every live order CANCELED, the list ALL_DONE with the
 * cancel's client id and time. Returns the orders it ended (a filled working
 * order is not among them). Every cancel that reaches a list (Cancel OCO, a
 * cancel of one of its orders, cancel-all) ends it this way.
 */
export function endList(list: OrderListRecord, cancelClientOrderId: string, now: number, onChange: ChangeListener | undefined): OrderRecord[] {
  const canceled = list.orders.filter(isLiveOrder);
  for (const order of canceled) endOrder(order, "CANCELED", now, onChange, { cancelClientOrderId });
  list.listStatusType = "ALL_DONE";
  list.listOrderStatus = "ALL_DONE";
  list.transactionTime = now;
  list.canceledAt = now;
  list.cancelCount++;
  list.cancelClientOrderId = cancelClientOrderId;
  recordList(onChange, list);
  return canceled;
}
