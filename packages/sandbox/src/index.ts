export { CANCEL_OCO_PATH, SERVER_TIME_PATH } from "./binance/operation-paths.js";
export type { RateLimitOptions } from "./binance/rate-limiter.js";
export { SYMBOL, SYMBOL_RANGE } from "./binance/symbol-rule.js";
/** The per-operation request contract the sandbox enforces, generated from spec/openapi.yaml. */
export {
  type OperationContract,
  operations as operationContracts,
  type ParameterContract,
  type ParameterRule,
  type WireType,
} from "./generated/operations.js";
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
export { type CreateOcoListOptions, type Sandbox, type SandboxOptions, startSandbox } from "./start-sandbox.js";
export type { CreateAccountOptions, KeyType, SandboxAccount } from "./state/accounts.js";
