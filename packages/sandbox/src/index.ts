export { startSandbox, type Sandbox, type SandboxOptions } from "./start-sandbox.js";
export type { CreateAccountOptions, KeyType, SandboxAccount } from "./binance/accounts.js";
export type {
  CreateOcoListOptions,
  LegType,
  OrderLegSnapshot,
  OrderListSelector,
  OrderListSnapshot,
  OrderSide,
} from "./order-lists/margin-state.js";
export { FaultPredicateError } from "./http/faults.js";
export type { Fault, FaultMatch, FaultRequest, FaultRule, FaultInjector, InjectOptions } from "./http/faults.js";
export type { CorsOptions } from "./http/cors.js";
export type { RateLimitOptions } from "./binance/rate-limiter.js";
export type { RequestLogEntry } from "./http/request-log.js";
export {
  CANCEL_OCO_PATH,
  SERVER_TIME_PATH,
  cancelOcoParameters,
  cancelOcoRequiredOneOf,
  cancelOcoWeight,
  type ParameterRule,
  type WireType,
} from "./binance/cancel-oco-contract.js";
