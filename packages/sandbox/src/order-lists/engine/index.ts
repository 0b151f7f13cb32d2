/**
 * The order-lists wing of the sandbox: a pure state and rules engine for
 * Binance margin OCO / OTO / OTOCO lists. The HTTP routes read and check
 * parameters, then call the engine (see README.md in this folder).
 */
export type { CancelOpenOrdersItem, CancelOpenOrdersRequest } from "./cancel-open-orders.js";
export type { CancelOrderRequest } from "./cancel-order.js";
export type { CancelOrderListRequest } from "./cancel-order-list.js";
export { formatUnits, parseUnits, UNIT_SCALE } from "./decimal-units.js";
export type { ChangeListener, EngineChange, ExecutionType, ExpiryReason, ListChange, OrderChange, OrderState } from "./engine-changes.js";
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
export type { SeedOrderOptions } from "./placement/seed-order.js";
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
export type { CanceledOrderItem, CancelOrderBody, OrderBody, TradeBody } from "./reads/order-responses.js";
export {
  ALL_ORDER_LISTS_DEFAULT_LIMIT,
  ALL_ORDER_LISTS_MAX_LIMIT,
  type QueryAllOrderListsRequest,
  type QueryOrderListRequest,
} from "./reads/query-order-lists.js";
export {
  ALL_ORDERS_DEFAULT_LIMIT,
  ALL_ORDERS_MAX_LIMIT,
  type QueryAllOrdersRequest,
  type QueryOpenOrdersRequest,
  type QueryOrderRequest,
} from "./reads/query-orders.js";
export { type QueryTradesRequest, TRADES_DEFAULT_LIMIT, TRADES_MAX_LIMIT } from "./reads/query-trades.js";
export { createSymbolTable, DEFAULT_SYMBOLS, type SymbolRules, type SymbolSpec, type SymbolTable } from "./symbol-table.js";
