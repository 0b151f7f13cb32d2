export { startSandbox, type Sandbox, type SandboxOptions } from "./start-sandbox.js";
export type { CreateAccountOptions, KeyType, SandboxAccount } from "./accounts.js";
export type {
  CreateOcoListOptions,
  LegType,
  OrderLegSnapshot,
  OrderListSelector,
  OrderListSnapshot,
  OrderSide,
} from "./margin-state.js";
export { FaultPredicateError } from "./faults.js";
export type { Fault, FaultMatch, FaultRequest, FaultRule, FaultInjector, InjectOptions } from "./faults.js";
export type { RateLimitOptions } from "./rate-limiter.js";
export type { RequestLogEntry } from "./request-log.js";
export {
  CANCEL_OCO_PATH,
  SERVER_TIME_PATH,
  cancelOcoParameters,
  cancelOcoRequiredOneOf,
  cancelOcoWeight,
  type ParameterRule,
  type WireType,
} from "./cancel-oco-contract.js";
/** The per-operation request contract the sandbox enforces, generated from spec/openapi.yaml. */
export {
  operations as operationContracts,
  type OperationContract,
  type ParameterContract,
} from "./generated/operations.js";
