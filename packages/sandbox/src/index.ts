/**
 * The contract the sandbox enforces and its symbol rule live in
 * @sapi-kit/contract (`operations` there is `operationContracts` here);
 * re-exported so code written against the sandbox's first release keeps
 * working. New code imports them from @sapi-kit/contract.
 */
export {
  type OperationContract,
  operations as operationContracts,
  type ParameterContract,
  type ParameterRule,
  SYMBOL,
  SYMBOL_RANGE,
  type WireType,
} from "@sapi-kit/contract";
export { CANCEL_OCO_PATH, SERVER_TIME_PATH } from "./binance/operation-paths.js";
export type { RateLimitOptions } from "./binance/rate-limiter.js";
export { ADMIN_PREFIX } from "./http/admin-routes.js";
export type { CorsOptions } from "./http/cors.js";
export type { Fault, FaultInjector, FaultMatch, FaultRequest, FaultRule, InjectOptions } from "./http/faults.js";
export { FaultPredicateError } from "./http/faults.js";
export { MAX_REQUEST_BODY_BYTES } from "./http/request-body.js";
export { DEFAULT_REQUEST_LOG_LIMIT, DEFAULT_REQUEST_LOG_MAX_BYTES, type RequestLogEntry } from "./http/request-log.js";
export type {
  OrderLegSnapshot,
  OrderListSelector,
  OrderListSnapshot,
  OrderSide,
  OrderType as LegType,
  SymbolSpec,
} from "./order-lists/engine/index.js";
export type { SandboxSymbol } from "./order-lists/sandbox-symbols.js";
export {
  type StandaloneSandbox,
  type StandaloneSandboxOptions,
  startStandaloneSandbox,
} from "./standalone-sandbox.js";
export {
  type CreateOcoListOptions,
  type CreateOrderOptions,
  type OrderSnapshot,
  type Sandbox, type SandboxOptions, startSandbox } from "./start-sandbox.js";
export type { CreateAccountOptions, KeyType, SandboxAccount } from "./state/accounts.js";
export {
  DEFAULT_PING_INTERVAL_MS,
  MAX_ACTIVE_SUBSCRIPTIONS,
  MAX_CONNECTION_MS,
  MAX_LIFETIME_SUBSCRIPTIONS,
  type UserStreamOptions,
  WS_API_PATH,
} from "./user-stream/ws-api/ws-api-server.js";
