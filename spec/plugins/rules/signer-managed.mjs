/**
 * `x-signer-managed: true` marks a query parameter the signer sets
 * (`timestamp`, `signature`); generated client types omit it. Anything but
 * `true` on a required query parameter would leave callers either unable to
 * send it or forced to, so this rule keeps the flag unambiguous.
 */
export function SignerManaged() {
  return {
    Parameter: {
      enter(parameter, ctx) {
        const flag = parameter["x-signer-managed"];
        if (flag === undefined) return;
        const where = ctx.location.child(["x-signer-managed"]);
        if (flag !== true) {
          ctx.report({ message: "x-signer-managed must be true (omit it otherwise).", location: where });
        } else if (parameter.in !== "query" || parameter.required !== true) {
          ctx.report({
            message: "x-signer-managed parameters must be required query parameters.",
            location: where,
          });
        }
      },
    },
  };
}
