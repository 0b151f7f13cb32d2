import { parseUnits, UNIT_SCALE } from "./decimal-units.js";
import type { ChangeListener } from "./engine-changes.js";
import type { MarginAccountRef } from "./order-list-types.js";
import { type FillRecord, isLiveOrder, type OrderListRecord, type OrderRecord } from "./order-records.js";
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
  /**
   * The commission rate of every fill, maker or taker, as decimal text in [0, 1) with at
   * most 8 fraction digits (e.g. "0.001" for 0.1 %), charged on the asset received.
   * Default "0": the sandbox charges nothing unless asked to.
   */
  readonly commissionRate?: string;
  /**
   * Receives every change the engine makes, in order (`engine-changes.ts`): how the user data
   * stream learns what to send. Default none.
   */
  readonly onChange?: ChangeListener;
}

/** A trade of an account: the order that traded and its fill. */
export interface TradeEntry {
  readonly order: OrderRecord;
  readonly fill: FillRecord;
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
  /**
   * The open lists on a symbol, in creation order, from an index pruned as lists end: a price
   * move visits what is open on its symbol, not every list the sandbox ever kept.
   */
  openListsOn(symbol: string): OrderListRecord[];
  /** Indexes an order that belongs to no list (the seeding API's standalone orders); `add` indexes a list's orders. */
  addOrder(order: OrderRecord): void;
  /** The order with this orderId (any account), from an index. */
  orderById(orderId: bigint | number): OrderRecord | undefined;
  /** Every order of this API key (any margin account, live or not) ever named `clientOrderId`, oldest first. */
  ordersNamed(apiKey: string, clientOrderId: string): readonly OrderRecord[];
  /**
   * The orders of one margin account on one symbol, oldest first (ascending orderId), from an
   * index: the order queries read only the account they address, however big the book.
   */
  accountOrders(apiKey: string, isIsolated: boolean, symbol: string): readonly OrderRecord[];
  /**
   * The live (NEW / PENDING_NEW) orders of one margin account, on one symbol or (cross margin,
   * `symbol` undefined) on every symbol, ascending orderId, from an index of open orders only.
   */
  openOrders(apiKey: string, isIsolated: boolean, symbol: string | undefined): OrderRecord[];
  /** Live standalone orders on a symbol, ascending orderId: what a price move reacts with besides lists. */
  openStandaloneOrders(symbol: string): OrderRecord[];
  /** Adds a fill to its account's trade list. */
  recordTrade(order: OrderRecord, fill: FillRecord): void;
  /** The trades of one margin account on one symbol, ascending trade id. */
  accountTrades(apiKey: string, isIsolated: boolean, symbol: string): readonly TradeEntry[];
  /** The commission rate in units of 10^-8 (see `OrderListStoreOptions.commissionRate`). */
  readonly commissionRate: bigint;
  /** Where changes go (`OrderListStoreOptions.onChange`), or undefined. */
  readonly onChange: ChangeListener | undefined;
  /** The next orderListId, or `requested` when given (it must be unused); ids stay monotonic. */
  takeOrderListId(requested?: number): number;
  takeOrderId(): number;
  /** The symbol's next trade id: Binance numbers trades per symbol, from 1 here. */
  takeTradeId(symbol: string): number;
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

function readCommissionRate(text: string | undefined): bigint {
  if (text === undefined) return 0n;
  const parsed = typeof text === "string" ? parseUnits(text) : undefined;
  if (!parsed?.ok || parsed.units >= UNIT_SCALE) {
    throw new TypeError(`commissionRate must be decimal text in [0, 1) with at most 8 fraction digits, got ${JSON.stringify(text)}.`);
  }
  return parsed.units;
}

/** One margin account's key on one symbol: cross margin and each isolated symbol are apart. */
const accountKey = (apiKey: string, isIsolated: boolean, symbol: string) => `${apiKey}\u0000${isIsolated ? "I" : "C"}\u0000${symbol}`;

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
  const nextTradeIds = new Map<string, number>();
  const commissionRate = readCommissionRate(options.commissionRate);
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
  const ordersById = new Map<number, OrderRecord>();
  // Never pruned: a query by origClientOrderId finds done orders too.
  const everyOrderNamed = new Map<string, OrderRecord[]>();
  const ordersOfAccount = new Map<string, OrderRecord[]>();
  // Open orders only, pruned when read (an order leaves for good once final), so that open-order
  // reads and cancel-all cost what is open, not what was ever placed.
  const openOfAccount = new Map<string, Map<number, OrderRecord>>();
  const crossSymbols = new Map<string, Set<string>>();
  const openStandalone = new Map<string, Map<number, OrderRecord>>();
  const tradesOfAccount = new Map<string, TradeEntry[]>();
  const openListsBySymbol = new Map<string, Map<number, OrderListRecord>>();
  function mapOf(maps: Map<string, Map<number, OrderRecord>>, name: string): Map<number, OrderRecord> {
    const existing = maps.get(name);
    if (existing) return existing;
    const created = new Map<number, OrderRecord>();
    maps.set(name, created);
    return created;
  }
  function liveOnly(open: Map<number, OrderRecord> | undefined): OrderRecord[] {
    const live: OrderRecord[] = [];
    if (!open) return live;
    for (const [orderId, order] of open) {
      if (isLiveOrder(order)) live.push(order);
      else open.delete(orderId);
    }
    return live;
  }
  function indexOrder(order: OrderRecord): void {
    const accountOf = accountKey(order.apiKey, order.isIsolated, order.symbol);
    ordersById.set(order.orderId, order);
    append(ordersByName, key(order.apiKey, order.clientOrderId), order);
    append(everyOrderNamed, key(order.apiKey, order.clientOrderId), order);
    append(ordersOfAccount, accountOf, order);
    mapOf(openOfAccount, accountOf).set(order.orderId, order);
    if (!order.isIsolated) {
      const symbolsOfKey = crossSymbols.get(order.apiKey);
      if (symbolsOfKey) symbolsOfKey.add(order.symbol);
      else crossSymbols.set(order.apiKey, new Set([order.symbol]));
    }
  }
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
      for (const order of list.orders) indexOrder(order);
      let open = openListsBySymbol.get(list.symbol);
      if (!open) {
        open = new Map();
        openListsBySymbol.set(list.symbol, open);
      }
      open.set(list.orderListId, list);
    },
    openListsOn(symbol) {
      const open = openListsBySymbol.get(symbol);
      const lists: OrderListRecord[] = [];
      if (!open) return lists;
      for (const [orderListId, list] of open) {
        if (isOpen(list)) lists.push(list);
        else open.delete(orderListId);
      }
      return lists;
    },
    addOrder(order) {
      indexOrder(order);
      mapOf(openStandalone, order.symbol).set(order.orderId, order);
    },
    orderById(orderId) {
      const id = Number(orderId);
      return Number.isSafeInteger(id) ? ordersById.get(id) : undefined;
    },
    ordersNamed: (apiKey, clientOrderId) => everyOrderNamed.get(key(apiKey, clientOrderId)) ?? [],
    accountOrders: (apiKey, isIsolated, symbol) => ordersOfAccount.get(accountKey(apiKey, isIsolated, symbol)) ?? [],
    openOrders(apiKey, isIsolated, symbol) {
      if (symbol !== undefined) return liveOnly(openOfAccount.get(accountKey(apiKey, isIsolated, symbol)));
      const symbolsOfKey = isIsolated ? [] : [...(crossSymbols.get(apiKey) ?? [])];
      return symbolsOfKey
        .flatMap((each) => liveOnly(openOfAccount.get(accountKey(apiKey, false, each))))
        .sort((a, b) => a.orderId - b.orderId);
    },
    openStandaloneOrders: (symbol) => liveOnly(openStandalone.get(symbol)),
    recordTrade(order, fill) {
      append(tradesOfAccount, accountKey(order.apiKey, order.isIsolated, order.symbol), { order, fill });
    },
    accountTrades: (apiKey, isIsolated, symbol) => tradesOfAccount.get(accountKey(apiKey, isIsolated, symbol)) ?? [],
    commissionRate,
    onChange: options.onChange,
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
    takeTradeId(symbol) {
      const id = nextTradeIds.get(symbol) ?? 1;
      nextTradeIds.set(symbol, id + 1);
      return id;
    },
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
