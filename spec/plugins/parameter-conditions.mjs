// Shared by the rules that check `x-parameter-rules` and `x-weight.variants`:
// both name query parameters of one operation and state conditions on a
// parameter's value, and generators trust those names blindly, so both are
// checked the same way here.

/**
 * The operation's query parameters by name, path-level ones included
 * (an operation-level parameter with the same name wins, as in OpenAPI).
 * @returns {Map<string, any>}
 */
export function queryParametersOf(operation, ctx) {
  const pathItem = ctx.parent ?? {};
  const byName = new Map();
  for (const entry of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = ctx.resolve(entry).node;
    if (parameter?.in === "query") byName.set(parameter.name, parameter);
  }
  return byName;
}

/** The parameter's own schema, following one `$ref` if the schema is one. */
export function schemaOf(parameter, ctx) {
  const schema = parameter?.schema;
  return schema && typeof schema.$ref === "string" ? ctx.resolve(schema).node : schema;
}

/**
 * Checks a condition `{ parameter: <name>, in: [<enum values>] }` and returns
 * the problems as messages (empty when it is well formed). The parameter must
 * be an enum query parameter of the operation, so a condition can only name
 * values the parameter can take; and it may not be signer-managed, because a
 * caller never sends those.
 * @param {unknown} condition
 * @param {Map<string, any>} queryParameters
 * @returns {string[]}
 */
export function conditionProblems(condition, queryParameters, ctx) {
  if (!isPlainObject(condition)) return ["A condition must be an object { parameter, in }."];
  const unknownKeys = Object.keys(condition).filter((key) => key !== "parameter" && key !== "in");
  if (unknownKeys.length > 0) return [`A condition takes only "parameter" and "in", not ${quoteAll(unknownKeys)}.`];
  const { parameter: name, in: values } = condition;
  if (typeof name !== "string") return ['A condition needs "parameter", the name of a query parameter.'];
  const parameter = queryParameters.get(name);
  if (!parameter) return [`The condition names "${name}", which is not a query parameter of this operation.`];
  if (parameter["x-signer-managed"] === true) return [`The condition names "${name}", which the signer sets.`];
  if (!Array.isArray(values) || values.length === 0) return [`The condition on "${name}" needs "in", a non-empty list of values.`];
  const allowed = schemaOf(parameter, ctx)?.enum;
  if (!Array.isArray(allowed)) return [`The condition names "${name}", which has no enum to take values from.`];
  const foreign = values.filter((value) => !allowed.includes(value));
  if (foreign.length > 0) return [`The condition lists ${quoteAll(foreign)}, which "${name}" cannot take.`];
  if (new Set(values).size !== values.length) return [`The condition on "${name}" lists a value twice.`];
  return [];
}

export function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function quoteAll(values) {
  return values.map((value) => `"${String(value)}"`).join(", ");
}
