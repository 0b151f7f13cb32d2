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
import type { CancelBody, OrderListStatusBody, PlacementBody } from "./reads/order-list-responses.js";
import { type OrderListSnapshot, orderListSnapshot } from "./reads/order-list-snapshot.js";
import {
  type QueryAllOrderListsRequest,
  type QueryOrderListRequest,
  queryAllOrderLists,
  queryOpenOrderLists,
  queryOrderList,
} from "./reads/query-order-lists.js";
import { createSymbolTable, type SymbolSpec, type SymbolTable } from "./symbol-table.js";

export interface OrderListEngineOptions extends Omit<OrderListStoreOptions, "symbols"> {
  /** A ready table, or specs added to / replacing the defaults. */
  readonly symbols?: SymbolTable | readonly SymbolSpec[];
}

export type OrderListSelector = { readonly orderListId: number } | { readonly listClientOrderId: string };

/**
 * The sandbox's margin order lists: placing, querying and cancelling them with
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
