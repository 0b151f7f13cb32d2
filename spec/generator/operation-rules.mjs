// Reads the request rules the spec states through vendor extensions and
// renders them as TypeScript types. Kept separate from the openapi-typescript
// step because openapi-typescript ignores `x-` extensions: these are the only
// endpoint-specific facts the caller types need beyond the schema.
import { listOperations, resolveRef } from "../loader/index.js";
import { parameterCases } from "./parameter-cases.mjs";
import { readParameterRules } from "./parameter-rules.mjs";

/**
 * @typedef {import("./parameter-cases.mjs").Case} Case
 * @typedef {{
 *   path: string; method: string; signerManaged: string[]; requiredOneOf: string[][];
 *   parameterRules: import("./parameter-rules.mjs").ParameterRule[];
 *   parameterCases: Case[][]; booleans: string[];
 * }} OperationRule
 */

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
 * @param {Array<Record<string, string[]>>} requirements the operation's effective `security`
 * @param {string} where
 * @returns {string[]}
 */
function querySecurityNames(document, requirements, where) {
  const schemes = document.components?.securitySchemes ?? {};
  /** @type {string[]} */
  const names = [];
  for (const requirement of requirements) {
    for (const schemeName of Object.keys(requirement ?? {})) {
      const scheme = resolveRef(document, schemes[schemeName]);
      if (!scheme) throw new Error(`${where}: security requires "${schemeName}", which components.securitySchemes does not define`);
      if (scheme.type === "apiKey" && scheme.in === "query" && !names.includes(scheme.name)) names.push(scheme.name);
    }
  }
  return names;
}

/**
 * Collects, per path and method, the signer-managed query parameter names
 * (with the query credentials of the security schemes), the required-one-of
 * groups and the parameter rules (with the cases they allow). Every operation
 * gets an entry (possibly empty) so the caller types treat all operations the
 * same way.
 * @param {Record<string, any>} document a parsed, bundled OpenAPI 3.x document
 * @returns {OperationRule[]}
 */
export function collectOperationRules(document) {
  return listOperations(document).map(({ path, method, operation, parameters, security }) => {
    const where = `${method.toUpperCase()} ${path}`;
    const signerManaged = [];
    for (const parameter of parameters) {
      if (parameter["x-signer-managed"] !== true) continue;
      if (parameter.in !== "query") {
        throw new Error(`${where}: x-signer-managed is only supported on query parameters ("${parameter.name}" is in ${parameter.in})`);
      }
      signerManaged.push(parameter.name);
    }
    for (const name of querySecurityNames(document, security, where)) {
      if (!signerManaged.includes(name)) signerManaged.push(name);
    }
    const query = parameters
      .filter((parameter) => parameter.in === "query")
      .map((parameter) => ({
        name: String(parameter.name),
        required: parameter.required === true,
        signerManaged: parameter["x-signer-managed"] === true,
        enum: Array.isArray(parameter.schema?.enum) ? parameter.schema.enum.map(String) : undefined,
        wire: parameter.schema?.type === "boolean" ? "BOOLEAN" : "OTHER",
        default: parameter.schema?.default === undefined ? undefined : String(parameter.schema.default),
      }));
    const byName = new Map(query.map((parameter) => [parameter.name, parameter]));
    const requiredOneOf = readRequiredOneOf(operation["x-required-one-of"], new Set(byName.keys()), where);
    const parameterRules = readParameterRules(operation["x-parameter-rules"], byName, where);
    return {
      path,
      method,
      signerManaged,
      requiredOneOf,
      parameterRules,
      parameterCases: parameterCases(parameterRules, query),
      booleans: query.filter((parameter) => parameter.wire === "BOOLEAN").map((parameter) => parameter.name),
    };
  });
}

/** @param {string} value */
const literal = (value) => JSON.stringify(value);

/** @param {string} name */
const propertyKey = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name));

/** @param {string[]} names */
const unionOf = (names) => (names.length ? names.map(literal).join(" | ") : "never");

/**
 * One case as the descriptor `packages/client/src/caller-paths.ts` reads:
 * `sent` must be sent, `absent` must not be, `values` (left out when empty)
 * narrows what is sent (the parameter may still be left out unless `sent`
 * names it too).
 * @param {Case} entry
 * @param {string[]} booleans parameters whose TypeScript type is boolean, not a string enum
 */
function renderCase(entry, booleans) {
  const sent = [];
  const absent = [];
  const values = [];
  for (const [name, state] of entry) {
    if (state.values !== null && state.values.length === 0) {
      absent.push(name);
      continue;
    }
    if (!state.absent) sent.push(name);
    if (state.values !== null) {
      const rendered = state.values.map((value) => (booleans.includes(name) ? value : literal(value)));
      values.push(`${propertyKey(name)}: ${rendered.join(" | ")}`);
    }
  }
  return `{ sent: ${unionOf(sent)}; absent: ${unionOf(absent)}${values.length ? `; values: { ${values.join("; ")} }` : ""} }`;
}

/** @param {import("./parameter-rules.mjs").ParameterRule} rule */
function describeRule(rule) {
  if (rule.kind === "max-span") return `${rule.to} at most ${rule.maximum} after ${rule.from} (checked at run time)`;
  if (!("when" in rule)) return `${rule.if} ${rule.kind} ${rule.parameters.join(", ")}`;
  const names = rule.parameters.join(rule.kind === "required-when" ? " or " : ", ");
  return `${names} ${rule.kind === "required-when" ? "required" : "forbidden"} when ${rule.when.parameter} is ${rule.when.in.join(" or ")}`;
}

/**
 * Renders the rules as the `OperationRules` interface consumed by
 * `packages/client/src/caller-paths.ts`. Output depends only on the input order, so it is
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
    " * - `parameterCases`: the operation's `x-parameter-rules` as cases, one union",
    " *   per group of rules that share parameters; a query matches one case of",
    " *   each group. In a case, `sent` must be sent, `absent` must be left out and",
    " *   `values` narrows what is sent (see spec/generator/parameter-cases.mjs).",
    " */",
    "export interface OperationRules {",
  ];
  for (const [path, pathRules] of byPath) {
    lines.push(`  ${literal(path)}: {`);
    for (const rule of pathRules) {
      const groups = rule.requiredOneOf.map((group) => `[${group.map(literal).join(", ")}]`).join(", ");
      lines.push(`    ${rule.method}: {`);
      lines.push(`      signerManaged: ${unionOf(rule.signerManaged)};`);
      lines.push(`      requiredOneOf: [${groups}];`);
      if (rule.parameterCases.length === 0) lines.push("      parameterCases: [];");
      else {
        lines.push("      /**");
        for (const parameterRule of rule.parameterRules) lines.push(`       * - ${describeRule(parameterRule)}`);
        lines.push("       */");
        lines.push("      parameterCases: [");
        for (const group of rule.parameterCases) {
          lines.push(...group.map((entry) => `        | ${renderCase(entry, rule.booleans)}`));
          lines[lines.length - 1] += ",";
        }
        lines.push("      ];");
      }
      lines.push("    };");
    }
    lines.push("  };");
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}
