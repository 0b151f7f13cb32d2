import { type CancelOpenOrdersItem, type CancelOpenOrdersRequest, cancelOpenOrders } from "./cancel-open-orders.js";
import { type CancelOrderRequest, cancelOrder } from "./cancel-order.js";
import { type CancelOrderListRequest, cancelOrderList } from "./cancel-order-list.js";
import { formatUnits } from "./decimal-units.js";
import { readLastPrice } from "./market/last-price.js";
import { applyPriceMove } from "./market/price-triggers.js";
import { createOrderListStore, type OrderListStoreOptions } from "./order-list-store.js";
import type { MarginAccountRef, NewOcoRequest, NewOtocoRequest, NewOtoRequest } from "./order-list-types.js";
import { placeOco } from "./placement/place-oco.js";
import { placeOto } from "./placement/place-oto.js";
import { placeOtoco } from "./placement/place-otoco.js";
import { type SeedOcoListOptions, seedOcoList } from "./placement/seed-oco-list.js";
import { type SeedOrderOptions, seedOrder } from "./placement/seed-order.js";
import type { CancelBody, OrderListStatusBody, PlacementBody } from "./reads/order-list-responses.js";
import { type OrderListSnapshot, orderListSnapshot } from "./reads/order-list-snapshot.js";
import { type CancelOrderBody, type OrderBody, orderBody, type TradeBody } from "./reads/order-responses.js";
import {
  type QueryAllOrderListsRequest,
  type QueryOrderListRequest,
  queryAllOrderLists,
  queryOpenOrderLists,
  queryOrderList,
} from "./reads/query-order-lists.js";
import {
  type QueryAllOrdersRequest,
  type QueryOpenOrdersRequest,
  type QueryOrderRequest,
  queryAllOrders,
  queryOpenOrders,
  queryOrder,
} from "./reads/query-orders.js";
import { type QueryTradesRequest, queryTrades } from "./reads/query-trades.js";
import { createSymbolTable, type SymbolSpec, type SymbolTable } from "./symbol-table.js";

export interface OrderListEngineOptions extends Omit<OrderListStoreOptions, "symbols"> {
  /** A ready table, or specs added to / replacing the defaults. */
  readonly symbols?: SymbolTable | readonly SymbolSpec[];
}

export type OrderListSelector = { readonly orderListId: number } | { readonly listClientOrderId: string };

/**
 * The sandbox's margin order lists and their orders: placing lists, querying
 * and cancelling lists and orders, the trade list, with
 * Binance's rules, and a settable last price per symbol that fills and
 * triggers them. Pure and synchronous: no I/O, time and ids are injected.
 *
 * Request methods take parameters the route has already read and type-checked
 * (names as on the wire, decimals as wire text) and either return the body
 * Binance would send or throw a `BinanceRejection` ({ status, code, msg }).
 * A rejected request changes nothing. Seeding and inspection methods throw
 * TypeError on bad input instead: they are a JS API, not Binance's.
 */
export interface OrderListEngine {
  readonly symbols: SymbolTable;
  /** POST /sapi/v1/margin/order/oco */
  placeOco(apiKey: string, request: NewOcoRequest): PlacementBody;
  /** POST /sapi/v1/margin/order/oto */
  placeOto(apiKey: string, request: NewOtoRequest): PlacementBody;
  /** POST /sapi/v1/margin/order/otoco */
  placeOtoco(apiKey: string, request: NewOtocoRequest): PlacementBody;
  /** GET /sapi/v1/margin/orderList */
  queryOrderList(apiKey: string, request: QueryOrderListRequest): OrderListStatusBody;
  /** GET /sapi/v1/margin/allOrderList */
  queryAllOrderLists(apiKey: string, request: QueryAllOrderListsRequest): OrderListStatusBody[];
  /** GET /sapi/v1/margin/openOrderList */
  queryOpenOrderLists(apiKey: string, account: MarginAccountRef): OrderListStatusBody[];
  /** DELETE /sapi/v1/margin/orderList */
  cancelOrderList(apiKey: string, request: CancelOrderListRequest): CancelBody;
  /** GET /sapi/v1/margin/order */
  queryOrder(apiKey: string, request: QueryOrderRequest): OrderBody;
  /** GET /sapi/v1/margin/openOrders */
  queryOpenOrders(apiKey: string, request: QueryOpenOrdersRequest): OrderBody[];
  /** GET /sapi/v1/margin/allOrders */
  queryAllOrders(apiKey: string, request: QueryAllOrdersRequest): OrderBody[];
  /** GET /sapi/v1/margin/myTrades */
  queryTrades(apiKey: string, request: QueryTradesRequest): TradeBody[];
  /** DELETE /sapi/v1/margin/order: an order of a list cancels the whole list (answered as the list). */
  cancelOrder(apiKey: string, request: CancelOrderRequest): CancelOrderBody | CancelBody;
  /** DELETE /sapi/v1/margin/openOrders */
  cancelOpenOrders(apiKey: string, request: CancelOpenOrdersRequest): CancelOpenOrdersItem[];
  /**
   * Moves a listed symbol's last price (decimal text, > 0, at most 8 fraction
   * digits, within the symbol's PRICE_FILTER) and lets its open lists fill / trigger.
   * Returns the ids of the lists that changed. Throws TypeError (a `LastPriceError`
   * for a refused price, see `market/last-price.ts`).
   */
  setPrice(symbol: string, price: string): number[];
  /** The last price as Binance prints prices, or undefined for an unlisted symbol. */
  lastPrice(symbol: string): string | undefined;
  /** The seeding API's OCO list (`createOcoList`): any symbol, no filters. */
  seedOcoList(apiKey: string, options: SeedOcoListOptions): OrderListSnapshot;
  /** The seeding API's standalone LIMIT order (`createOrder`), shaped as an order query answers it. */
  seedOrder(apiKey: string, options: SeedOrderOptions): OrderBody;
  getOrderList(apiKey: string, selector: OrderListSelector): OrderListSnapshot | undefined;
  /** Every list (of one account when apiKey is given), in creation order. */
  orderLists(apiKey?: string): OrderListSnapshot[];
}

export function createOrderListEngine(options: OrderListEngineOptions = {}): OrderListEngine {
  const symbols =
    options.symbols === undefined || Array.isArray(options.symbols)
      ? createSymbolTable((options.symbols as readonly SymbolSpec[] | undefined) ?? [])
      : (options.symbols as SymbolTable);
  const store = createOrderListStore({ ...options, symbols });

  return {
    symbols,
    placeOco: (apiKey, request) => placeOco(store, apiKey, request),
    placeOto: (apiKey, request) => placeOto(store, apiKey, request),
    placeOtoco: (apiKey, request) => placeOtoco(store, apiKey, request),
    queryOrderList: (apiKey, request) => queryOrderList(store, apiKey, request),
    queryAllOrderLists: (apiKey, request) => queryAllOrderLists(store, apiKey, request),
    queryOpenOrderLists: (apiKey, account) => queryOpenOrderLists(store, apiKey, account),
    cancelOrderList: (apiKey, request) => cancelOrderList(store, apiKey, request),
    queryOrder: (apiKey, request) => queryOrder(store, apiKey, request),
    queryOpenOrders: (apiKey, request) => queryOpenOrders(store, apiKey, request),
    queryAllOrders: (apiKey, request) => queryAllOrders(store, apiKey, request),
    queryTrades: (apiKey, request) => queryTrades(store, apiKey, request),
    cancelOrder: (apiKey, request) => cancelOrder(store, apiKey, request),
    cancelOpenOrders: (apiKey, request) => cancelOpenOrders(store, apiKey, request),
    setPrice(symbol, price) {
      const rules = symbols.find(symbol);
      if (!rules) throw new TypeError(`The sandbox does not list symbol ${JSON.stringify(symbol)}.`);
      return applyPriceMove(store, symbol, readLastPrice(rules, price));
    },
    lastPrice(symbol) {
      const units = store.lastPrice(symbol);
      return units === undefined ? undefined : formatUnits(units);
    },
    seedOcoList: (apiKey, seed) => orderListSnapshot(seedOcoList(store, apiKey, seed)),
    seedOrder: (apiKey, seed) => orderBody(seedOrder(store, apiKey, seed)),
    getOrderList(apiKey, selector) {
      const owned = store.withId("orderListId" in selector ? selector.orderListId : undefined).filter((list) => list.apiKey === apiKey);
      if ("orderListId" in selector) {
        const list = owned[0];
        return list && orderListSnapshot(list);
      }
      // A listClientOrderId can be reused once the earlier list is done; prefer the open one.
      const named = owned.filter((list) => list.listClientOrderId === selector.listClientOrderId);
      const list = named.find((candidate) => candidate.listStatusType === "EXEC_STARTED") ?? named.at(-1);
      return list && orderListSnapshot(list);
    },
    orderLists: (apiKey) =>
      store.lists.filter((list) => apiKey === undefined || list.apiKey === apiKey).map(orderListSnapshot),
  };
}
