const WEIGHT_TYPES = ["UID", "IP"];

/**
 * Every operation declares its request weight as `x-weight: { type, value }`
 * (`type` UID or IP, `value` a positive integer). The sandbox rate limiter
 * and the docs read it, so a missing or malformed weight is an error.
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
        if (!Number.isInteger(weight?.value) || weight.value < 1) {
          ctx.report({ message: "x-weight.value must be a positive integer.", location: where });
        }
      },
    },
  };
}
