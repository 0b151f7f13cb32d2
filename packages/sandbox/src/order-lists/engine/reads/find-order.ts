import type { OrderListStore } from "../order-list-store.js";
import { isLiveOrder, type OrderRecord } from "../order-records.js";

/** How the single-order calls (query, cancel) name an order; both ids sent must name the same one. */
export interface OrderSelector {
  readonly symbol: string;
  /** isIsolated=TRUE; default false (cross margin). */
  readonly isIsolated?: boolean;
  readonly orderId?: bigint | number;
  readonly origClientOrderId?: string;
}

/**
 * The order of this API key's margin account (cross, or the isolated account
 * of `symbol`) on `symbol` that the sent ids name, from the store's indexes:
 * by orderId, then checked against origClientOrderId when both are sent (as
 * Binance's spot docs describe the pair: the orderId is searched first, then
 * its client id checked); by origClientOrderId alone, the live order of that
 * name, else the latest (a client id may be reused once its order is done).
 * An order of another account, symbol or margin mode is never found.
 */
export function findOrder(store: OrderListStore, apiKey: string, selector: OrderSelector): OrderRecord | undefined {
  const isIsolated = selector.isIsolated ?? false;
  const inAccount = (order: OrderRecord) =>
    order.apiKey === apiKey && order.isIsolated === isIsolated && order.symbol === selector.symbol;
  const { orderId, origClientOrderId } = selector;
  if (orderId !== undefined) {
    const order = store.orderById(orderId);
    if (!order || !inAccount(order)) return undefined;
    return origClientOrderId === undefined || order.clientOrderId === origClientOrderId ? order : undefined;
  }
  if (origClientOrderId === undefined) return undefined;
  const named = store.ordersNamed(apiKey, origClientOrderId).filter(inAccount);
  return named.find(isLiveOrder) ?? named.at(-1);
}
