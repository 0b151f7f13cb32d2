/**
 * The order-lists wing of the sandbox: a pure state and rules engine for
 * Binance margin OCO / OTO / OTOCO lists. The HTTP routes read and check
 * parameters, then call the engine (see README.md in this folder).
 */
export type { CancelOrderListRequest } from "./cancel-order-list.js";
export { formatUnits, parseUnits, UNIT_SCALE } from "./decimal-units.js";
export { LastPriceError, MAX_PRICE_TEXT_LENGTH } from "./market/last-price.js";
export {
  createOrderListEngine,
  type OrderListEngine,
  type OrderListEngineOptions,
  type OrderListSelector,
} from "./order-list-engine.js";
export { NEW_ORDER_REJECTED, orderListRejections } from "./order-list-rejections.js";
export { marginAccountOf, sequentialClientOrderIds } from "./order-list-store.js";
export type * from "./order-list-types.js";
export type * from "./order-records.js";
export type { SeedOcoListOptions } from "./placement/seed-oco-list.js";
export type {
  AckOrderReport,
  CancelBody,
  CancelOrderReport,
  FullOrderReport,
  OrderFill,
  OrderListStatusBody,
  OrderRef,
  PlacementBody,
  PlacementOrderReport,
  ResultOrderReport,
} from "./reads/order-list-responses.js";
export type { OrderLegSnapshot, OrderListSnapshot } from "./reads/order-list-snapshot.js";
export {
  ALL_ORDER_LISTS_DEFAULT_LIMIT,
  ALL_ORDER_LISTS_MAX_LIMIT,
  type QueryAllOrderListsRequest,
  type QueryOrderListRequest,
} from "./reads/query-order-lists.js";
export { createSymbolTable, DEFAULT_SYMBOLS, type SymbolRules, type SymbolSpec, type SymbolTable } from "./symbol-table.js";
