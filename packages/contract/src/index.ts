/** The per-operation request contract, generated from spec/openapi.yaml (`npm run generate`). */

export { type CheckQueryOptions, checkQuery, effectiveValue, type WireQuery } from "./check-query.js";
export { canonicalValue, checkValue } from "./check-value.js";
export {
  type Condition,
  type OperationContract,
  type OperationId,
  operations,
  operationsById,
  type ParameterContract,
  type ParameterRule,
  type WeightCondition,
  type WeightContract,
  type WireType,
} from "./generated/operations.js";
export { formatOf, type ParameterFormat } from "./parameter-formats.js";
export { SYMBOL, SYMBOL_RANGE } from "./symbol-rule.js";
export { isValueViolation, type PresenceRule, type SpanRule, type ValueViolation, type Violation } from "./violation.js";
