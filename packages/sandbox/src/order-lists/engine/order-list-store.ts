import type { MarginAccountRef } from "./order-list-types.js";
import { isLiveOrder, type OrderListRecord, type OrderRecord } from "./order-records.js";
import { createSymbolTable, type SymbolTable } from "./symbol-table.js";

/** Where ids and time come from; inject them for deterministic tests and demos. */
export interface OrderListStoreOptions {
  /** Server time in ms (transactionTime, transactTime). Default Date.now. */
  readonly now?: () => number;
  readonly symbols?: SymbolTable;
  /** First orderListId handed out. Default 0, as in Binance's examples. */
  readonly firstOrderListId?: number;
  /** First orderId handed out. Default 1. */
  readonly firstOrderId?: number;
  /**
   * Generated client order ids (list and legs). Default: a deterministic
   * counter rendered as 22 base62 characters, the length Binance generates.
   * The HTTP server may pass a random generator instead.
   */
  readonly clientOrderId?: () => string;
}

/**
 * The state of every margin order list: the lists themselves, the last price
 * per symbol, and the id sequences. Operations (place, trigger, query,
 * cancel) live in their own files and work on this store.
 */
export interface OrderListStore {
  readonly symbols: SymbolTable;
  now(): number;
  /** Lists in creation order; add with `add`, so the id index stays true. */
  readonly lists: readonly OrderListRecord[];
  add(list: OrderListRecord): void;
  /**
   * The lists a lookup has to look at: with an orderListId, only the list
   * that has it (none or one, from an index); without, every list. A
   * long-running sandbox (a bot's soak test, the benchmark) keeps every list
   * it ever placed, and a cancel or query by id must not slow down with them.
   */
  withId(orderListId: bigint | number | undefined): readonly OrderListRecord[];
  /**
   * The open lists of this API key (any margin account) named `listClientOrderId`, from an
   * index: client id uniqueness is checked on every placement, and must not read every list.
   */
  openListsNamed(apiKey: string, listClientOrderId: string): readonly OrderListRecord[];
  /** The live (NEW / PENDING_NEW) orders of this API key (any margin account) with this client order id. */
  liveOrdersNamed(apiKey: string, clientOrderId: string): readonly OrderRecord[];
  /** The next orderListId, or `requested` when given (it must be unused); ids stay monotonic. */
  takeOrderListId(requested?: number): number;
  takeOrderId(): number;
  takeTradeId(): number;
  takeClientOrderId(): string;
  /** The symbol's last price in units, or undefined for a symbol the table does not list. */
  lastPrice(symbol: string): bigint | undefined;
  setLastPrice(symbol: string, units: bigint): void;
}

const BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** 22 base62 characters from a counter: unique, legal as a Binance client order id, reproducible. */
export function sequentialClientOrderIds(prefix = "sandbox"): () => string {
  let counter = 0n;
  return () => {
    counter++;
    let digits = "";
    for (let rest = counter; rest > 0n; rest /= 62n) digits = BASE62[Number(rest % 62n)] + digits;
    return prefix + digits.padStart(22 - prefix.length, "0");
  };
}

function assertId(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`${name} must be a non-negative safe integer, got ${JSON.stringify(value)}.`);
  }
}

export function createOrderListStore(options: OrderListStoreOptions = {}): OrderListStore {
  const symbols = options.symbols ?? createSymbolTable();
  const now = options.now ?? Date.now;
  const clientOrderId = options.clientOrderId ?? sequentialClientOrderIds();
  let nextOrderListId = options.firstOrderListId ?? 0;
  let nextOrderId = options.firstOrderId ?? 1;
  let nextTradeId = 1;
  assertId(nextOrderListId, "firstOrderListId");
  assertId(nextOrderId, "firstOrderId");
  const lists: OrderListRecord[] = [];
  const index = new Map<number, OrderListRecord>();
  const lastPrices = new Map<string, bigint>();
  // Client ids never change and a done list or a final order never comes back, so each name's
  // entries are pruned when read: every list and order is added once and dropped at most once.
  const listsByName = new Map<string, OrderListRecord[]>();
  const ordersByName = new Map<string, OrderRecord[]>();
  const key = (apiKey: string, name: string) => `${apiKey}\u0000${name}`;
  function append<T>(byName: Map<string, T[]>, name: string, entry: T): void {
    const entries = byName.get(name);
    if (entries) entries.push(entry);
    else byName.set(name, [entry]);
  }
  function stillMatching<T>(byName: Map<string, T[]>, name: string, keep: (entry: T) => boolean): readonly T[] {
    const entries = byName.get(name);
    if (!entries) return [];
    const kept = entries.filter(keep);
    if (kept.length === 0) byName.delete(name);
    else if (kept.length !== entries.length) byName.set(name, kept);
    return kept;
  }

  return {
    symbols,
    now,
    lists,
    add(list) {
      lists.push(list);
      index.set(list.orderListId, list);
      append(listsByName, key(list.apiKey, list.listClientOrderId), list);
      for (const order of list.orders) append(ordersByName, key(order.apiKey, order.clientOrderId), order);
    },
    openListsNamed: (apiKey, listClientOrderId) => stillMatching(listsByName, key(apiKey, listClientOrderId), isOpen),
    liveOrdersNamed: (apiKey, clientOrderId) => stillMatching(ordersByName, key(apiKey, clientOrderId), isLiveOrder),
    withId(orderListId) {
      if (orderListId === undefined) return lists;
      // Every id handed out is a safe integer; a bigint beyond them names no list (and must not round onto one).
      const id = Number(orderListId);
      const list = Number.isSafeInteger(id) ? index.get(id) : undefined;
      return list ? [list] : [];
    },
    takeOrderListId(requested) {
      if (requested === undefined) return nextOrderListId++;
      assertId(requested, "orderListId");
      if (index.has(requested)) {
        throw new TypeError(`orderListId ${requested} is already used by another order list.`);
      }
      nextOrderListId = Math.max(nextOrderListId, requested + 1);
      return requested;
    },
    takeOrderId: () => nextOrderId++,
    takeTradeId: () => nextTradeId++,
    takeClientOrderId: clientOrderId,
    lastPrice: (symbol) => lastPrices.get(symbol) ?? symbols.find(symbol)?.initialLastPrice,
    setLastPrice(symbol, units) {
      lastPrices.set(symbol, units);
    },
  };
}

export const isOpen = (list: OrderListRecord): boolean => list.listStatusType === "EXEC_STARTED";

/**
 * Whether a list or an order belongs to this margin account: cross margin is
 * one account for every symbol; each isolated symbol is its own account.
 * Binance keeps them apart, so the wrong mode never finds one.
 */
export function inMarginAccount(
  owned: Pick<OrderListRecord, "apiKey" | "isIsolated" | "symbol">,
  apiKey: string,
  account: MarginAccountRef,
): boolean {
  if (owned.apiKey !== apiKey || owned.isIsolated !== account.isIsolated) return false;
  return !account.isIsolated || owned.symbol === account.symbol;
}

/** The margin account a placement or cancel on `symbol` addresses. */
export function marginAccountOf(symbol: string, isIsolated: boolean): MarginAccountRef {
  return isIsolated ? { isIsolated: true, symbol } : { isIsolated: false };
}
