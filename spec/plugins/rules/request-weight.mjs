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
 * stays the same. Conditions follow the rules of `x-parameter-rules`.
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
    const extra = isPlainObject(variant) ? Object.keys(variant).filter((key) => key !== "value" && key !== "when") : [];
    if (!isPlainObject(variant) || extra.length > 0 || !isPositiveInteger(variant.value)) {
      ctx.report({ message: "Each x-weight variant is { value: <positive integer>, when: { parameter, in } }.", location });
      return;
    }
    for (const message of conditionProblems(variant.when, queryParameters, ctx)) ctx.report({ message, location });
  });
}

function isPositiveInteger(value) {
  return Number.isInteger(value) && value >= 1;
}
