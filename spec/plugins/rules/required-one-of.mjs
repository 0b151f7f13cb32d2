/**
 * `x-required-one-of` on an operation is a list of groups of query parameter
 * names; at least one name of each group must be sent. Client type
 * generation turns it into a compile error and the sandbox into -11016, so a
 * typo here would silently disable both: every name must be an optional
 * query parameter of that operation.
 */
export function RequiredOneOf() {
  return {
    Operation: {
      enter(operation, ctx) {
        const groups = operation["x-required-one-of"];
        if (groups === undefined) return;
        const where = ctx.location.child(["x-required-one-of"]);
        if (!Array.isArray(groups) || groups.length === 0) {
          ctx.report({ message: "x-required-one-of must be a non-empty list of groups.", location: where });
          return;
        }
        const queryParameters = collectQueryParameters(operation, ctx);
        groups.forEach((group, index) => {
          const groupLocation = where.child([index]);
          if (!Array.isArray(group) || group.length < 2 || !group.every((name) => typeof name === "string")) {
            ctx.report({
              message: "Each x-required-one-of group must list at least two parameter names.",
              location: groupLocation,
            });
            return;
          }
          for (const name of group) {
            const parameter = queryParameters.get(name);
            if (!parameter) {
              ctx.report({
                message: `x-required-one-of names "${name}", which is not a query parameter of this operation.`,
                location: groupLocation,
              });
            } else if (parameter.required === true) {
              ctx.report({
                message: `x-required-one-of names "${name}", which is already required on its own.`,
                location: groupLocation,
              });
            }
          }
        });
      },
    },
  };
}

function collectQueryParameters(operation, ctx) {
  const pathItem = ctx.parent ?? {};
  const all = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])];
  const byName = new Map();
  for (const entry of all) {
    const parameter = ctx.resolve(entry).node;
    if (parameter?.in === "query") byName.set(parameter.name, parameter);
  }
  return byName;
}
