// Reads, per operation, everything needed to check a request the way Binance
// does (parameters with their wire types and limits, the conditional rules,
// the weight, whether it is signed) and renders it as
// packages/contract/src/generated/operations.ts: the data @sapi-kit/contract
// ships, which the sandbox enforces and the CLI checks its options with.
// Neither parses the spec at run time; `generate.mjs --check` keeps it fresh.
import { listOperations } from "../loader/index.js";
import { checkCondition, readParameterRules } from "./parameter-rules.mjs";

/**
 * @typedef {"STRING" | "LONG" | "INT" | "DECIMAL" | "ENUM" | "BOOLEAN"} WireType
 * @typedef {{ parameter: string; in: string[] }} Condition
 * @typedef {{
 *   name: string; wire: WireType; required: boolean; signerManaged: boolean;
 *   enum?: string[]; pattern?: string; minLength?: number; maxLength?: number;
 *   minimum?: number; maximum?: number; default?: string | number; caseInsensitive?: true;
 * }} ParameterContract
 * @typedef {{ parameter: string; sent: false }} Absence
 * @typedef {{ value: number; when: Condition | Absence; perTradingSymbol?: true }} WeightVariant
 * @typedef {{ type: "UID" | "IP"; value: number; variants?: WeightVariant[] }} WeightContract
 * @typedef {{
 *   operationId: string; method: "GET" | "POST" | "PUT" | "DELETE"; path: string;
 *   signed: boolean; apiKey: boolean; weight: WeightContract;
 *   parameters: ParameterContract[]; requiredOneOf: string[][];
 *   rules: import("./parameter-rules.mjs").ParameterRule[];
 * }} OperationContract
 */

const METHODS = new Set(["GET", "POST", "PUT", "DELETE"]);

/**
 * Decimal strings ("1", "0.001") are how Binance takes prices and quantities.
 * A string schema counts as DECIMAL when its pattern accepts decimal numerals
 * and nothing else we can think of sending instead.
 * @param {string} pattern
 */
function isDecimalPattern(pattern) {
  const regex = new RegExp(pattern, "u");
  return ["0", "10", "0.001"].every((text) => regex.test(text)) && !["", "abc", "1e5", "1,5", "0x1"].some((text) => regex.test(text));
}

/**
 * @param {any} schema
 * @param {string} where
 * @returns {WireType}
 */
function wireTypeOf(schema, where) {
  if (Array.isArray(schema.enum)) {
    if (!schema.enum.every((/** @type {unknown} */ value) => typeof value === "string")) throw new Error(`${where}: only string enums are supported`);
    return "ENUM";
  }
  switch (schema.type) {
    case "boolean":
      return "BOOLEAN";
    case "integer":
      return schema.format === "int32" ? "INT" : "LONG";
    case "number":
      return "DECIMAL";
    case "string":
      return typeof schema.pattern === "string" && isDecimalPattern(schema.pattern) ? "DECIMAL" : "STRING";
    default:
      throw new Error(`${where}: the operation contract supports string, integer, number and boolean query parameters, not ${JSON.stringify(schema.type)}`);
  }
}

/**
 * @param {any} parameter a resolved Parameter Object
 * @param {string} where
 * @returns {ParameterContract}
 */
function parameterContract(parameter, where) {
  const schema = parameter.schema ?? {};
  const here = `${where} parameter ${parameter.name}`;
  /** @type {ParameterContract} */
  const contract = {
    name: parameter.name,
    wire: wireTypeOf(schema, here),
    required: parameter.required === true,
    signerManaged: parameter["x-signer-managed"] === true,
  };
  if (Array.isArray(schema.enum)) contract.enum = schema.enum;
  const caseInsensitive = parameter["x-case-insensitive"];
  if (caseInsensitive !== undefined) {
    if (caseInsensitive !== true || contract.wire !== "ENUM") throw new Error(`${here}: x-case-insensitive must be true, on an enum parameter`);
    const folded = new Set(contract.enum?.map((/** @type {string} */ value) => value.toLowerCase()));
    if (folded.size !== contract.enum?.length) throw new Error(`${here}: x-case-insensitive needs enum values that differ in more than letter case`);
    contract.caseInsensitive = true;
  }
  for (const key of /** @type {const} */ (["pattern", "minLength", "maxLength", "minimum", "maximum"])) {
    if (schema[key] !== undefined) contract[key] = schema[key];
  }
  // Defaults as they travel: booleans are the strings Binance reads.
  if (schema.default !== undefined) contract.default = typeof schema.default === "boolean" ? String(schema.default) : schema.default;
  return contract;
}

/**
 * @param {any} weight
 * @param {Map<string, ParameterContract>} byName
 * @param {string} where
 * @returns {WeightContract}
 */
function weightContract(weight, byName, where) {
  const positive = (/** @type {unknown} */ value) => Number.isInteger(value) && /** @type {number} */ (value) > 0;
  if (!weight || (weight.type !== "UID" && weight.type !== "IP") || !positive(weight.value)) {
    throw new Error(`${where}: x-weight must be { type: UID | IP, value: <positive integer> }`);
  }
  /** @type {WeightContract} */
  const contract = { type: weight.type, value: weight.value };
  if (weight.variants !== undefined) {
    if (!Array.isArray(weight.variants)) throw new Error(`${where}: x-weight.variants must be a list`);
    contract.variants = weight.variants.map((/** @type {any} */ variant, /** @type {number} */ index) => {
      const here = `${where}: x-weight.variants[${index}]`;
      if (!positive(variant?.value)) throw new Error(`${here}.value must be a positive integer`);
      if (![undefined, true].includes(variant.perTradingSymbol)) throw new Error(`${here}.perTradingSymbol must be true or absent`);
      const when = variant.when?.sent === false ? absence(variant.when, byName, here) : checkCondition(variant.when, byName, here);
      /** @type {WeightVariant} */
      const contract = { value: variant.value, when };
      if (variant.perTradingSymbol === true) contract.perTradingSymbol = true;
      return contract;
    });
  }
  return contract;
}

/**
 * `{ parameter, sent: false }`: the variant holds when an optional parameter is left out.
 * @param {any} when
 * @param {Map<string, ParameterContract>} byName
 * @param {string} where
 * @returns {Absence}
 */
function absence(when, byName, where) {
  const parameter = byName.get(when.parameter);
  if (!parameter || parameter.required || parameter.signerManaged) {
    throw new Error(`${where}: "${when.parameter}" is not an optional, caller-sent query parameter of the operation`);
  }
  if (Object.keys(when).some((key) => key !== "parameter" && key !== "sent")) throw new Error(`${where}: an absence condition is exactly { parameter, sent: false }`);
  return { parameter: parameter.name, sent: false };
}

/**
 * Whether every security alternative of the operation uses a scheme of this kind.
 * @param {any} document
 * @param {Array<Record<string, string[]>>} security
 * @param {"header" | "query"} location apiKey schemes in a header (the API key) or the query (the signature)
 */
function securedBy(document, security, location) {
  const schemes = document.components?.securitySchemes ?? {};
  return (
    security.length > 0 &&
    security.every((requirement) =>
      Object.keys(requirement).some((name) => schemes[name]?.type === "apiKey" && schemes[name]?.in === location),
    )
  );
}

/**
 * @param {any} document a parsed, bundled OpenAPI 3.x document
 * @returns {OperationContract[]}
 */
export function collectOperationContracts(document) {
  return listOperations(document).map(({ path, method, operation, parameters, security }) => {
    const where = `${method.toUpperCase()} ${path}`;
    const upper = method.toUpperCase();
    if (!METHODS.has(upper)) throw new Error(`${where}: the operation contract supports GET, POST, PUT and DELETE`);
    if (typeof operation.operationId !== "string" || !/^[A-Za-z_$][\w$]*$/.test(operation.operationId)) {
      throw new Error(`${where}: every operation needs an operationId that is a JavaScript identifier`);
    }
    const query = parameters.map((parameter) => {
      if (parameter.in !== "query") throw new Error(`${where}: the operation contract only supports query parameters ("${parameter.name}" is in ${parameter.in})`);
      return parameterContract(parameter, where);
    });
    const byName = new Map(query.map((parameter) => [parameter.name, parameter]));
    const requiredOneOf = operation["x-required-one-of"] ?? [];
    return {
      operationId: operation.operationId,
      method: /** @type {OperationContract["method"]} */ (upper),
      path,
      signed: securedBy(document, security, "query"),
      apiKey: securedBy(document, security, "header"),
      weight: weightContract(operation["x-weight"], byName, where),
      parameters: query,
      requiredOneOf,
      rules: readParameterRules(operation["x-parameter-rules"], byName, where),
    };
  });
}

const CONTRACT_TYPES = `/** How a parameter's text is read on the wire. */
export type WireType = "STRING" | "LONG" | "INT" | "DECIMAL" | "ENUM" | "BOOLEAN";

/** A condition on a parameter's effective value (the value sent, else its default). */
export interface Condition {
  readonly parameter: string;
  readonly in: readonly string[];
}

export interface ParameterContract {
  readonly name: string;
  /** int64 -> LONG, int32 -> INT, decimal-string pattern (or number) -> DECIMAL, enum -> ENUM. */
  readonly wire: WireType;
  readonly required: boolean;
  /** Set by the signer (\`x-signer-managed\`), e.g. \`timestamp\`. */
  readonly signerManaged: boolean;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  /** As it travels: booleans are "true" / "false". */
  readonly default?: string | number;
  /**
   * \`x-case-insensitive\`: Binance matches this ENUM's values in any letter case
   * (\`isIsolated=true\` reads as \`TRUE\`); checks and rule conditions use the
   * enum's own spelling (\`canonicalValue\`).
   */
  readonly caseInsensitive?: true;
}

/** The spec's \`x-parameter-rules\` (spec/README.md, "x-parameter-rules"). */
export type ParameterRule =
  | { readonly kind: "requires" | "excludes"; readonly if: string; readonly parameters: readonly string[] }
  | { readonly kind: "required-when" | "forbidden-when"; readonly when: Condition; readonly parameters: readonly string[] }
  /** When both are sent, \`to\` minus \`from\` may not exceed \`maximum\` (e.g. milliseconds). */
  | { readonly kind: "max-span"; readonly from: string; readonly to: string; readonly maximum: number };

/** A weight variant's condition: an enum parameter's effective value is one of \`in\`, or a parameter is not sent. */
export type WeightCondition = Condition | { readonly parameter: string; readonly sent: false };

export interface WeightContract {
  readonly type: "UID" | "IP";
  readonly value: number;
  /**
   * The first variant whose condition holds gives the weight; the type never changes.
   * \`perTradingSymbol\`: the value is charged once per symbol trading on the exchange.
   */
  readonly variants?: readonly { readonly value: number; readonly when: WeightCondition; readonly perTradingSymbol?: true }[];
}

export interface OperationContract {
  readonly operationId: string;
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  readonly path: string;
  /** Security requires the signature (a query apiKey scheme): timestamp + signature. */
  readonly signed: boolean;
  /** Security requires the API key header (a header apiKey scheme, X-MBX-APIKEY). */
  readonly apiKey: boolean;
  readonly weight: WeightContract;
  /** Query parameters in spec order. */
  readonly parameters: readonly ParameterContract[];
  /** \`x-required-one-of\`: at least one name of each group must be sent. */
  readonly requiredOneOf: readonly (readonly string[])[];
  readonly rules: readonly ParameterRule[];
}
`;

/**
 * A TypeScript literal for plain data: `{ name: "x", in: ["A", "B"] }`.
 * @param {unknown} value
 * @returns {string}
 */
function literal(value) {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([key, child]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${literal(child)}`);
    return entries.length ? `{ ${entries.join(", ")} }` : "{}";
  }
  return JSON.stringify(value);
}

/**
 * Renders the contracts as a dependency-free, data-only TypeScript module.
 * @param {OperationContract[]} contracts
 * @returns {string}
 */
export function renderOperationContracts(contracts) {
  const lines = [
    "// The per-operation request contract, read from the spec (the sandbox enforces it, the CLI checks with it):",
    "// parameters (wire types, limits, enums, defaults), x-required-one-of,",
    "// x-parameter-rules, x-weight (with variants) and security. Data only.",
    "",
    CONTRACT_TYPES,
  ];
  for (const contract of contracts) {
    lines.push(`const ${contract.operationId}: OperationContract = {`);
    for (const [key, value] of Object.entries(contract)) {
      // Lists of objects one item a line, so a diff shows which parameter or rule changed.
      if (Array.isArray(value) && value.length > 0 && typeof value[0] === "object" && !Array.isArray(value[0])) {
        lines.push(`  ${key}: [`, ...value.map((item) => `    ${literal(item)},`), "  ],");
      } else lines.push(`  ${key}: ${literal(value)},`);
    }
    lines.push("};", "");
  }
  const ids = contracts.map((contract) => contract.operationId);
  lines.push("/** Every operation of the spec, in spec order. */");
  lines.push(`export const operations: readonly OperationContract[] = [${ids.join(", ")}];`, "");
  lines.push(`export type OperationId = ${ids.map((id) => JSON.stringify(id)).join(" | ") || "never"};`, "");
  lines.push("/** The same contracts by operationId. */");
  lines.push(`export const operationsById: { readonly [Id in OperationId]: OperationContract } = { ${ids.join(", ")} };`);
  return `${lines.join("\n")}\n`;
}
