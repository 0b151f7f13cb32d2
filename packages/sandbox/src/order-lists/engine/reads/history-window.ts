import { orderListRejections } from "../order-list-rejections.js";

/**
 * Which page of an account's history (its orders, or its trades) a query
 * reads, as Query Margin Account's All Orders and Trade List describe it
 * (https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-All-Orders,
 * .../Query-Margin-Account-Trade-List): "If orderId / fromId is set, it will get
 * orders / trades >= that id. Otherwise the orders / trades within 24 hours are
 * returned", and "Less than 24 hours between startTime and endTime". Where the
 * pages stop, the sandbox decides (engine README, "Decisions"):
 * - `startTime` / `endTime` bound the entry's `time`, inclusive; with only one of
 *   them the window is the 24 hours after `startTime` (or before `endTime`);
 * - without an id and without a time bound, the window is the last 24 hours of
 *   the server clock;
 * - with an id (orderId / fromId), there is no implicit window (a time bound, where
 *   the endpoint allows one with the id, still applies);
 * - the page is the `limit` entries closest to the lower bound (the id or
 *   `startTime`) when one was sent, else the `limit` most recent; always in
 *   ascending id order, as the pages' examples are;
 * - `endTime - startTime` of more than 24 hours is -1127 "More than 24 hours
 *   between startTime and endTime." (spot errors page): 24 hours exactly is
 *   allowed, as the spec's `max-span` rule reads the pages (spec/README.md),
 *   which the contract checks before the engine is reached.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface HistoryQuery {
  /** The lowest id to return (orderId of allOrders, fromId of myTrades). */
  readonly fromId?: bigint | number;
  readonly startTime?: number;
  readonly endTime?: number;
  readonly limit: number;
  /** The query names its entries another way (the trade list's orderId): no implicit 24-hour window. */
  readonly named?: boolean;
}

export function historyPage<T>(
  entries: readonly T[],
  idOf: (entry: T) => number,
  timeOf: (entry: T) => number,
  query: HistoryQuery,
  now: number,
): T[] {
  const { fromId, startTime, endTime, limit } = query;
  if (startTime !== undefined && endTime !== undefined && endTime - startTime > DAY_MS) {
    throw orderListRejections.lookupIntervalTooBig();
  }
  let from = startTime;
  let to = endTime;
  if (from !== undefined && to === undefined) to = from + DAY_MS;
  else if (to !== undefined && from === undefined) from = to - DAY_MS;
  else if (from === undefined && fromId === undefined && query.named !== true) from = now - DAY_MS;
  const first = fromId === undefined ? 0 : firstAtOrAbove(entries, idOf, BigInt(fromId));
  const inWindow = (entry: T) => {
    const time = timeOf(entry);
    return (from === undefined || time >= from) && (to === undefined || time <= to);
  };
  // Walk from the end the page is taken from and stop once it is full: a page costs about
  // `limit` entries, not the account's whole history.
  const page: T[] = [];
  if (fromId !== undefined || startTime !== undefined || query.named === true) {
    for (let index = first; index < entries.length && page.length < limit; index++) {
      const entry = entries[index] as T;
      if (inWindow(entry)) page.push(entry);
    }
    return page;
  }
  for (let index = entries.length - 1; index >= first && page.length < limit; index--) {
    const entry = entries[index] as T;
    if (inWindow(entry)) page.push(entry);
  }
  return page.reverse();
}

/** The index of the first entry whose id is >= `id`; entries are in ascending id order. */
function firstAtOrAbove<T>(entries: readonly T[], idOf: (entry: T) => number, id: bigint): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (BigInt(idOf(entries[middle] as T)) < id) low = middle + 1;
    else high = middle;
  }
  return low;
}
