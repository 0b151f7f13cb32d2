// Reads the request rules the spec states through vendor extensions and
// renders them as TypeScript types. Kept separate from the openapi-typescript
// step because openapi-typescript ignores `x-` extensions: these two are the
// only endpoint-specific facts the caller types need beyond the schema.

/** HTTP methods in the order OpenAPI path items list them. */
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * @typedef {{ path: string; method: string; signerManaged: string[]; requiredOneOf: string[][] }} OperationRule
 */

/**
 * Follows a local `$ref` ("#/components/parameters/x"). Bundled specs only
 * contain local references, so anything else is a spec-build problem.
 * @param {Record<string, any>} document
 * @param {any} node
 * @returns {any}
 */
function dereference(document, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported in a bundled spec, found ${ref}`);
    if (seen.has(ref)) throw new Error(`Circular $ref ${ref}`);
    seen.add(ref);
    /** @type {any} */
    let target = document;
    for (const segment of ref.slice(2).split("/")) {
      target = target?.[segment.replaceAll("~1", "/").replaceAll("~0", "~")];
    }
    current = target;
    if (current === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  }
  return current;
}

/**
 * Path-level parameters apply to every operation unless the operation
 * redefines the same (name, in) pair (OpenAPI 3.1 §4.8.9.1).
 * @param {Record<string, any>} document
 * @param {any[] | undefined} pathParameters
 * @param {any[] | undefined} operationParameters
 * @returns {any[]}
 */
function effectiveParameters(document, pathParameters, operationParameters) {
  /** @type {Map<string, any>} */
  const byKey = new Map();
  for (const raw of [...(pathParameters ?? []), ...(operationParameters ?? [])]) {
    const parameter = dereference(document, raw);
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

/**
 * @param {unknown} groups
 * @param {Set<string>} queryNames
 * @param {string} where
 * @returns {string[][]}
 */
function readRequiredOneOf(groups, queryNames, where) {
  if (groups === undefined) return [];
  const isGroupList =
    Array.isArray(groups) &&
    groups.every((group) => Array.isArray(group) && group.length > 0 && group.every((name) => typeof name === "string"));
  if (!isGroupList) {
    throw new Error(`${where}: x-required-one-of must be a list of non-empty lists of query parameter names`);
  }
  for (const name of groups.flat()) {
    if (!queryNames.has(name)) {
      throw new Error(`${where}: x-required-one-of names "${name}", which is not a query parameter of the operation`);
    }
  }
  return groups;
}

/**
 * Query names an operation's security requirements put on the wire: every
 * `apiKey` scheme `in: query` (Binance's `signature`). A credential is never a
 * caller's parameter: the signer supplies it, so it counts as signer-managed
 * even though the spec declares it as a security scheme, not a parameter.
 * @param {Record<string, any>} document
 * @param {any} operation
 * @param {string} where
 * @returns {string[]}
 */
function querySecurityNames(document, operation, where) {
  const requirements = operation.security ?? document.security ?? [];
  const schemes = document.components?.securitySchemes ?? {};
  /** @type {string[]} */
  const names = [];
  for (const requirement of requirements) {
    for (const schemeName of Object.keys(requirement ?? {})) {
      const scheme = dereference(document, schemes[schemeName]);
      if (!scheme) throw new Error(`${where}: security requires "${schemeName}", which components.securitySchemes does not define`);
      if (scheme.type === "apiKey" && scheme.in === "query" && !names.includes(scheme.name)) names.push(scheme.name);
    }
  }
  return names;
}

/**
 * Collects, per path and method, the signer-managed query parameter names and
 * the required-one-of groups. Every operation gets an entry (possibly empty)
 * so the caller types treat all operations the same way.
 * @param {Record<string, any>} document a parsed, bundled OpenAPI 3.x document
 * @returns {OperationRule[]}
 */
export function collectOperationRules(document) {
  /** @type {OperationRule[]} */
  const rules = [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = dereference(document, rawItem);
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const parameters = effectiveParameters(document, item.parameters, operation.parameters);
      const signerManaged = [];
      for (const parameter of parameters) {
        if (parameter["x-signer-managed"] !== true) continue;
        if (parameter.in !== "query") {
          throw new Error(`${where}: x-signer-managed is only supported on query parameters ("${parameter.name}" is in ${parameter.in})`);
        }
        signerManaged.push(parameter.name);
      }
      for (const name of querySecurityNames(document, operation, where)) {
        if (!signerManaged.includes(name)) signerManaged.push(name);
      }
      const queryNames = new Set(parameters.filter((p) => p.in === "query").map((p) => p.name));
      const requiredOneOf = readRequiredOneOf(operation["x-required-one-of"], queryNames, where);
      rules.push({ path, method, signerManaged, requiredOneOf });
    }
  }
  return rules;
}

/** @param {string} value */
const literal = (value) => JSON.stringify(value);

/**
 * Renders the rules as the `OperationRules` interface consumed by
 * `src/caller-paths.ts`. Output depends only on the input order, so it is
 * stable across runs.
 * @param {OperationRule[]} rules
 * @returns {string}
 */
export function renderOperationRules(rules) {
  /** @type {Map<string, OperationRule[]>} */
  const byPath = new Map();
  for (const rule of rules) byPath.set(rule.path, [...(byPath.get(rule.path) ?? []), rule]);

  const lines = [
    "/**",
    " * Request rules per path and method, read from the spec's vendor extensions:",
    " * - `signerManaged`: query parameters marked `x-signer-managed: true`, plus the",
    " *   query names of `apiKey` security schemes (`signature`); the signer sets",
    " *   them, so the caller types leave them out.",
    " * - `requiredOneOf`: the operation's `x-required-one-of` groups; at least one",
    " *   name of each group must be sent.",
    " */",
    "export interface OperationRules {",
  ];
  for (const [path, pathRules] of byPath) {
    lines.push(`  ${literal(path)}: {`);
    for (const rule of pathRules) {
      const signerManaged = rule.signerManaged.length ? rule.signerManaged.map(literal).join(" | ") : "never";
      const groups = rule.requiredOneOf.map((group) => `[${group.map(literal).join(", ")}]`).join(", ");
      lines.push(`    ${rule.method}: {`);
      lines.push(`      signerManaged: ${signerManaged};`);
      lines.push(`      requiredOneOf: [${groups}];`);
      lines.push("    };");
    }
    lines.push("  };");
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}
