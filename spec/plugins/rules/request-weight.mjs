import { conditionProblems, isPlainObject, queryParametersOf } from "../parameter-conditions.mjs";

const WEIGHT_TYPES = ["UID", "IP"];

/**
 * Every operation declares its request weight as `x-weight: { type, value }`
 * (`type` UID or IP, `value` a positive integer). The sandbox rate limiter
 * and the docs read it, so a missing or malformed weight is an error.
 *
 * Optional `variants: [{ value, when: { parameter, in } }]` raise the weight
 * for some requests (Binance charges 1500 instead of 6 for margin orders that
 * borrow). The first variant whose condition holds gives the weight; the type
 * stays the same. Conditions follow the rules of `x-parameter-rules`; a
 * variant may also hold when an optional parameter is not sent
 * (`when: { parameter, sent: false }`: Binance's margin open-orders query
 * without a symbol). `perTradingSymbol: true` makes the variant's value a
 * price per symbol trading on the exchange (that query counts once per symbol).
 */
export function RequestWeight() {
  return {
    Operation: {
      enter(operation, ctx) {
        const weight = operation["x-weight"];
        if (weight === undefined) {
          ctx.report({
            message: "Operation must declare x-weight: { type: UID | IP, value: <positive integer> }.",
            location: ctx.location.key(),
          });
          return;
        }
        const where = ctx.location.child(["x-weight"]);
        if (typeof weight !== "object" || weight === null || !WEIGHT_TYPES.includes(weight.type)) {
          ctx.report({ message: `x-weight.type must be one of ${WEIGHT_TYPES.join(", ")}.`, location: where });
        }
        if (!isPositiveInteger(weight?.value)) {
          ctx.report({ message: "x-weight.value must be a positive integer.", location: where });
        }
        if (weight?.variants !== undefined) checkVariants(weight.variants, operation, ctx, where.child(["variants"]));
      },
    },
  };
}

function checkVariants(variants, operation, ctx, where) {
  if (!Array.isArray(variants) || variants.length === 0) {
    ctx.report({ message: "x-weight.variants must be a non-empty list of { value, when }.", location: where });
    return;
  }
  const queryParameters = queryParametersOf(operation, ctx);
  variants.forEach((variant, index) => {
    const location = where.child([index]);
    const extra = isPlainObject(variant) ? Object.keys(variant).filter((key) => !VARIANT_KEYS.includes(key)) : [];
    if (!isPlainObject(variant) || extra.length > 0 || !isPositiveInteger(variant.value) || ![undefined, true].includes(variant.perTradingSymbol)) {
      ctx.report({
        message: "Each x-weight variant is { value: <positive integer>, when: { parameter, in } | { parameter, sent: false }, perTradingSymbol?: true }.",
        location,
      });
      return;
    }
    const problems = isPlainObject(variant.when) && "sent" in variant.when ? absenceProblems(variant.when, queryParameters) : conditionProblems(variant.when, queryParameters, ctx);
    for (const message of problems) ctx.report({ message, location });
  });
}

const VARIANT_KEYS = ["value", "when", "perTradingSymbol"];

/** `{ parameter, sent: false }`: an optional query parameter the caller may leave out. */
function absenceProblems(condition, queryParameters) {
  const unknownKeys = Object.keys(condition).filter((key) => key !== "parameter" && key !== "sent");
  if (unknownKeys.length > 0 || condition.sent !== false) return ['An absence condition is exactly { parameter, sent: false }.'];
  const parameter = queryParameters.get(condition.parameter);
  if (!parameter) return [`The condition names "${condition.parameter}", which is not a query parameter of this operation.`];
  if (parameter.required === true) return [`The condition names "${condition.parameter}", which is required, so always sent.`];
  return [];
}

function isPositiveInteger(value) {
  return Number.isInteger(value) && value >= 1;
}
