import { toEightDecimals } from "./decimal-text.js";
import { generateClientOrderId } from "../binance/random-base62.js";
import { SYMBOL } from "../binance/symbol-rule.js";

export type OrderSide = "BUY" | "SELL";
export type LegType = "STOP_LOSS_LIMIT" | "LIMIT_MAKER";

export interface CreateOcoListOptions {
  symbol: string;
  /** Isolated margin list; cancelling it requires `isIsolated=TRUE`. Default false (cross margin). */
  isIsolated?: boolean;
  /** Default: 22 random base62 characters. Must be unique among the account's open lists. */
  listClientOrderId?: string;
  /**
   * Default: the next id. Lets a demo or test reproduce a known id (e.g. one from
   * the docs); must be a non-negative safe integer no list in this sandbox uses.
   */
  orderListId?: number;
  side?: OrderSide;
  /** Default "10". */
  quantity?: string | number;
  /** LIMIT_MAKER leg price. Default "3". */
  price?: string | number;
  /** STOP_LOSS_LIMIT trigger. Default "1". */
  stopPrice?: string | number;
  /** STOP_LOSS_LIMIT limit price. Default: stopPrice. */
  stopLimitPrice?: string | number;
}

export interface OrderLegSnapshot {
  readonly orderId: number;
  readonly clientOrderId: string;
  readonly type: LegType;
  readonly side: OrderSide;
  readonly price: string;
  readonly origQty: string;
  readonly stopPrice?: string;
  readonly status: "NEW" | "CANCELED";
}

/** A copy of one order list's state; mutating it changes nothing in the sandbox. */
export interface OrderListSnapshot {
  readonly apiKey: string;
  readonly orderListId: number;
  readonly listClientOrderId: string;
  readonly symbol: string;
  readonly isIsolated: boolean;
  readonly contingencyType: "OCO";
  readonly listStatusType: "EXEC_STARTED" | "ALL_DONE";
  readonly listOrderStatus: "EXECUTING" | "ALL_DONE";
  readonly status: "OPEN" | "CANCELED";
  /** Successful cancels of this list. Binance semantics make anything above 1 a bug. */
  readonly cancelCount: number;
  readonly createdAt: number;
  readonly canceledAt?: number;
  /** The cancel's `newClientOrderId` (sent or generated). */
  readonly cancelClientOrderId?: string;
  readonly legs: readonly [OrderLegSnapshot, OrderLegSnapshot];
}

export type OrderListSelector = { orderListId: number } | { listClientOrderId: string };

/** What a cancel request identifies; both ids may be sent, and then both must match. */
export interface CancelTarget {
  readonly symbol: string;
  readonly isIsolated: boolean;
  readonly orderListId?: bigint;
  readonly listClientOrderId?: string;
}

interface MutableLeg {
  orderId: number;
  clientOrderId: string;
  type: LegType;
  side: OrderSide;
  price: string;
  origQty: string;
  stopPrice?: string;
  status: "NEW" | "CANCELED";
}

interface MutableOrderList {
  apiKey: string;
  orderListId: number;
  listClientOrderId: string;
  symbol: string;
  isIsolated: boolean;
  cancelCount: number;
  createdAt: number;
  canceledAt?: number;
  cancelClientOrderId?: string;
  legs: [MutableLeg, MutableLeg];
}

export interface MarginState {
  create(apiKey: string, options: CreateOcoListOptions, now: number): OrderListSnapshot;
  get(apiKey: string, selector: OrderListSelector): OrderListSnapshot | undefined;
  list(apiKey?: string): OrderListSnapshot[];
  /** Cancels the open list the target names; undefined when there is none (Binance's -2011). */
  cancel(
    apiKey: string,
    target: CancelTarget,
    cancelClientOrderId: string,
    now: number,
  ): OrderListSnapshot | undefined;
}


function snapshot(list: MutableOrderList): OrderListSnapshot {
  const open = list.canceledAt === undefined;
  return {
    ...list,
    contingencyType: "OCO",
    listStatusType: open ? "EXEC_STARTED" : "ALL_DONE",
    listOrderStatus: open ? "EXECUTING" : "ALL_DONE",
    status: open ? "OPEN" : "CANCELED",
    legs: [{ ...list.legs[0] }, { ...list.legs[1] }],
  };
}

/**
 * In-memory margin order lists, per account and per margin mode (cross or
 * isolated). Ids increase monotonically per sandbox, like an exchange's.
 */
export function createMarginState(): MarginState {
  const lists: MutableOrderList[] = [];
  let nextOrderListId = 0;
  let nextOrderId = 1;

  const isOpen = (list: MutableOrderList) => list.canceledAt === undefined;

  function find(apiKey: string, selector: OrderListSelector): MutableOrderList | undefined {
    const owned = lists.filter((list) => list.apiKey === apiKey);
    if ("orderListId" in selector) return owned.find((l) => l.orderListId === selector.orderListId);
    // A listClientOrderId can be reused once the earlier list is done; prefer the open one.
    const named = owned.filter((l) => l.listClientOrderId === selector.listClientOrderId);
    return named.find(isOpen) ?? named.at(-1);
  }

  return {
    create(apiKey, options, now) {
      if (!SYMBOL.test(options.symbol)) {
        throw new TypeError(`symbol must match ${SYMBOL}, got ${JSON.stringify(options.symbol)}.`);
      }
      const listClientOrderId = options.listClientOrderId ?? generateClientOrderId();
      const clash = lists.some(
        (l) => l.apiKey === apiKey && isOpen(l) && l.listClientOrderId === listClientOrderId,
      );
      if (clash) throw new TypeError(`An open order list already uses listClientOrderId '${listClientOrderId}'.`);
      const orderListId = options.orderListId ?? nextOrderListId;
      if (!Number.isSafeInteger(orderListId) || orderListId < 0) {
        throw new TypeError(`orderListId must be a non-negative safe integer, got ${JSON.stringify(options.orderListId)}.`);
      }
      if (lists.some((l) => l.orderListId === orderListId)) {
        throw new TypeError(`orderListId ${orderListId} is already used by another order list.`);
      }
      const side = options.side ?? "SELL";
      if (side !== "BUY" && side !== "SELL") throw new TypeError("side must be BUY or SELL.");
      const origQty = toEightDecimals(options.quantity ?? "10", "quantity");
      const stopPrice = toEightDecimals(options.stopPrice ?? "1", "stopPrice");
      const stopLimitPrice = toEightDecimals(options.stopLimitPrice ?? options.stopPrice ?? "1", "stopLimitPrice");
      const price = toEightDecimals(options.price ?? "3", "price");
      // Leg order follows the seed response: the stop leg first, then the limit maker.
      const list: MutableOrderList = {
        apiKey,
        orderListId,
        listClientOrderId,
        symbol: options.symbol,
        isIsolated: options.isIsolated ?? false,
        cancelCount: 0,
        createdAt: now,
        legs: [
          { orderId: nextOrderId++, clientOrderId: generateClientOrderId(), type: "STOP_LOSS_LIMIT", side, price: stopLimitPrice, origQty, stopPrice, status: "NEW" },
          { orderId: nextOrderId++, clientOrderId: generateClientOrderId(), type: "LIMIT_MAKER", side, price, origQty, status: "NEW" },
        ],
      };
      lists.push(list);
      // Keep ids monotonic even after an explicitly chosen one.
      nextOrderListId = Math.max(nextOrderListId, orderListId + 1);
      return snapshot(list);
    },

    get(apiKey, selector) {
      const list = find(apiKey, selector);
      return list && snapshot(list);
    },

    list(apiKey) {
      return lists.filter((l) => apiKey === undefined || l.apiKey === apiKey).map(snapshot);
    },

    cancel(apiKey, target, cancelClientOrderId, now) {
      const list = lists.find(
        (l) =>
          l.apiKey === apiKey &&
          isOpen(l) &&
          l.symbol === target.symbol &&
          // Binance keeps cross and isolated books apart: the wrong mode finds nothing (-2011).
          l.isIsolated === target.isIsolated &&
          (target.orderListId === undefined || BigInt(l.orderListId) === target.orderListId) &&
          (target.listClientOrderId === undefined || l.listClientOrderId === target.listClientOrderId),
      );
      if (!list) return undefined;
      list.canceledAt = now;
      list.cancelCount++;
      list.cancelClientOrderId = cancelClientOrderId;
      for (const leg of list.legs) leg.status = "CANCELED";
      return snapshot(list);
    },
  };
}
