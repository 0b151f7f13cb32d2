import { orderListRejections } from "../order-list-rejections.js";
import type { OrderListStore } from "../order-list-store.js";
import { historyPage } from "./history-window.js";
import { type TradeBody, tradeBody } from "./order-responses.js";

/** GET /sapi/v1/margin/myTrades (https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Trade-List). */
export interface QueryTradesRequest {
  readonly symbol: string;
  readonly isIsolated?: boolean;
  /** Only this order's trades. */
  readonly orderId?: bigint | number;
  readonly startTime?: number;
  readonly endTime?: number;
  /** Trades with id >= this one ("TradeId to fetch from"); not with startTime / endTime. */
  readonly fromId?: bigint | number;
  readonly limit?: number;
}

/** The trade-list page: "Default 500; max 1000." */
export const TRADES_DEFAULT_LIMIT = 500;
export const TRADES_MAX_LIMIT = 1000;

/**
 * The account's trades on the symbol, ascending trade id (ids count per
 * symbol): with `fromId`, those with id >= fromId; otherwise those of the last
 * 24 hours, or within [startTime, endTime] (see `historyPage`); with `orderId`,
 * only that order's (and no implicit 24-hour window: the order names them). At
 * most `limit` (default 500, at most 1000: -1130 above). `fromId` with a time
 * bound is -1128 (spot errors page; the spec's parameter rules say the same).
 */
export function queryTrades(store: OrderListStore, apiKey: string, request: QueryTradesRequest): TradeBody[] {
  const { fromId, startTime, endTime, orderId } = request;
  if (fromId !== undefined && (startTime !== undefined || endTime !== undefined)) {
    throw orderListRejections.badOptionalCombination();
  }
  const limit = request.limit ?? TRADES_DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > TRADES_MAX_LIMIT) throw orderListRejections.invalidParameter("limit");
  const all = store.accountTrades(apiKey, request.isIsolated ?? false, request.symbol);
  const trades = orderId === undefined ? all : all.filter((entry) => BigInt(entry.order.orderId) === BigInt(orderId));
  const page = historyPage(
    trades,
    (entry) => entry.fill.tradeId,
    (entry) => entry.fill.time,
    {
      ...(fromId === undefined ? {} : { fromId }),
      ...(startTime === undefined ? {} : { startTime }),
      ...(endTime === undefined ? {} : { endTime }),
      limit,
      named: orderId !== undefined,
    },
    store.now(),
  );
  return page.map(tradeBody);
}
