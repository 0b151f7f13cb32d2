import { orderListRejections } from "../order-list-rejections.js";
import { inMarginAccount, isOpen, type OrderListStore } from "../order-list-store.js";
import type { MarginAccountRef } from "../order-list-types.js";
import type { OrderListRecord } from "../order-records.js";
import { type OrderListStatusBody, orderListStatusBody } from "./order-list-responses.js";

/**
 * The three reads, per margin account (cross, or one isolated symbol: the
 * pages make `symbol` mandatory for isolated and unsupported for cross; the
 * route turns isIsolated/symbol into a MarginAccountRef).
 */

/** GET /sapi/v1/margin/orderList (https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-OCO). */
export interface QueryOrderListRequest {
  readonly account: MarginAccountRef;
  readonly orderListId?: bigint | number;
  /** The list's listClientOrderId (Binance names it origClientOrderId here). */
  readonly origClientOrderId?: string;
}

/** GET /sapi/v1/margin/allOrderList (https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-All-OCO). */
export interface QueryAllOrderListsRequest {
  readonly account: MarginAccountRef;
  readonly fromId?: bigint | number;
  readonly startTime?: number;
  readonly endTime?: number;
  readonly limit?: number;
}

/** The page: "Default Value: 500; Max Value: 1000". */
export const ALL_ORDER_LISTS_DEFAULT_LIMIT = 500;
export const ALL_ORDER_LISTS_MAX_LIMIT = 1000;

function accountLists(store: OrderListStore, apiKey: string, account: MarginAccountRef): OrderListRecord[] {
  return store.lists.filter((list) => inMarginAccount(list, apiKey, account));
}

/**
 * One list by orderListId or origClientOrderId (both sent: both must name it).
 * A listClientOrderId can be reused once its list is done; the open list wins,
 * else the latest. Nothing found: -2013 "Order does not exist." (spot errors page).
 */
export function queryOrderList(store: OrderListStore, apiKey: string, request: QueryOrderListRequest): OrderListStatusBody {
  const { orderListId, origClientOrderId } = request;
  if (orderListId === undefined && origClientOrderId === undefined) {
    // The page: "Either orderListId or origClientOrderId must be provided".
    throw orderListRejections.eitherParameter("orderListId", "origClientOrderId");
  }
  const matches = store
    .withId(orderListId)
    .filter(
      (list) =>
        inMarginAccount(list, apiKey, request.account) &&
        (origClientOrderId === undefined || list.listClientOrderId === origClientOrderId),
    );
  const list = matches.find(isOpen) ?? matches.at(-1);
  if (!list) throw orderListRejections.noSuchOrder();
  return orderListStatusBody(list);
}

/**
 * The account's lists, newest first as in the page's example (orderListId 29
 * before 28), at most `limit`. Which lists (the sandbox's reading, as the page
 * is silent): with `fromId`, those with orderListId >= fromId, the `limit`
 * closest to fromId; otherwise those created within [startTime, endTime]
 * (each bound optional), the `limit` closest to startTime when it is sent,
 * else the `limit` most recent. `fromId` with a time bound is -1128, a limit
 * outside 1..1000 is -1130 (spot errors page).
 */
export function queryAllOrderLists(
  store: OrderListStore,
  apiKey: string,
  request: QueryAllOrderListsRequest,
): OrderListStatusBody[] {
  const { fromId, startTime, endTime } = request;
  if (fromId !== undefined && (startTime !== undefined || endTime !== undefined)) {
    throw orderListRejections.badOptionalCombination();
  }
  const limit = request.limit ?? ALL_ORDER_LISTS_DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > ALL_ORDER_LISTS_MAX_LIMIT) {
    throw orderListRejections.invalidParameter("limit");
  }
  const ascending = accountLists(store, apiKey, request.account)
    .filter(
      (list) =>
        (fromId === undefined || BigInt(list.orderListId) >= BigInt(fromId)) &&
        (startTime === undefined || list.createdAt >= startTime) &&
        (endTime === undefined || list.createdAt <= endTime),
    )
    .sort((a, b) => a.orderListId - b.orderListId);
  const fromLowerBound = fromId !== undefined || startTime !== undefined;
  const page = fromLowerBound ? ascending.slice(0, limit) : ascending.slice(-limit);
  return page.reverse().map(orderListStatusBody);
}

/**
 * GET /sapi/v1/margin/openOrderList
 * (https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Open-OCO):
 * the account's lists still EXEC_STARTED, oldest first (the page shows one list; the order is the sandbox's choice).
 */
export function queryOpenOrderLists(store: OrderListStore, apiKey: string, account: MarginAccountRef): OrderListStatusBody[] {
  return accountLists(store, apiKey, account)
    .filter(isOpen)
    .sort((a, b) => a.orderListId - b.orderListId)
    .map(orderListStatusBody);
}
