export { startSandbox, type CreateOcoListOptions, type Sandbox, type SandboxOptions } from "./start-sandbox.js";
export {
  startStandaloneSandbox,
  type StandaloneSandbox,
  type StandaloneSandboxOptions,
} from "./standalone-sandbox.js";
export type { CreateAccountOptions, KeyType, SandboxAccount } from "./binance/accounts.js";
export type { OrderListSelector, OrderSide, OrderType as LegType, SymbolSpec } from "./order-lists/engine/index.js";
export type { OrderLegSnapshot, OrderListSnapshot, SandboxSymbol } from "./order-lists/public-views.js";
export { FaultPredicateError } from "./http/faults.js";
export type { Fault, FaultMatch, FaultRequest, FaultRule, FaultInjector, InjectOptions } from "./http/faults.js";
export type { CorsOptions } from "./http/cors.js";
export type { RateLimitOptions } from "./binance/rate-limiter.js";
export type { RequestLogEntry } from "./http/request-log.js";
export { ADMIN_PREFIX } from "./http/admin-routes.js";
export { CANCEL_OCO_PATH, SERVER_TIME_PATH } from "./binance/operation-paths.js";
/** The per-operation request contract the sandbox enforces, generated from spec/openapi.yaml. */
export {
  operations as operationContracts,
  type OperationContract,
  type ParameterContract,
  type ParameterRule,
  type WireType,
} from "./generated/operations.js";
