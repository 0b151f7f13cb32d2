// The one Ajv set-up of the repository: compiles the spec's schemas (JSON
// Schema 2020-12, the dialect of OpenAPI 3.1) so spec examples, sandbox
// responses and anything else can be checked against the document exactly as
// a consumer would. Schemas keep their `$ref`s: the component schemas are
// registered once under `$defs` and references are pointed at them.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { resolveRef } from "./references.js";

// ajv-formats is CommonJS; depending on the loader its default import is the function or the module object.
/** @type {any} */
const formatsModule = addFormatsModule;
/** @type {(ajv: Ajv2020) => unknown} */
const addFormats = formatsModule.default ?? formatsModule;

const SPEC_ID = "https://sapi-kit.invalid/openapi.json";
const COMPONENT_PREFIX = "#/components/schemas/";
/** OpenAPI's own schema keywords that annotate rather than constrain. */
const OPENAPI_ANNOTATIONS = ["example", "discriminator", "xml", "externalDocs"];

/**
 * @param {any} node
 * @param {Set<string>} found
 * @returns {Set<string>}
 */
function extensionKeys(node, found = new Set()) {
  if (Array.isArray(node)) for (const item of node) extensionKeys(item, found);
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-")) found.add(key);
      extensionKeys(value, found);
    }
  }
  return found;
}

/**
 * A deep copy whose component `$ref`s point into the registered `$defs`.
 * @param {any} node
 * @param {boolean} closed
 * @returns {any}
 */
function toAjvSchema(node, closed) {
  if (Array.isArray(node)) return node.map((item) => toAjvSchema(item, closed));
  if (node === null || typeof node !== "object") return node;
  /** @type {Record<string, any>} */
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") {
      if (!value.startsWith(COMPONENT_PREFIX)) throw new Error(`Schemas may only reference ${COMPONENT_PREFIX}*, found ${value}`);
      copy[key] = `${SPEC_ID}#/$defs/${value.slice(COMPONENT_PREFIX.length)}`;
    } else copy[key] = toAjvSchema(value, closed);
  }
  // `closed` proves an example carries no field the schema does not declare.
  if (closed && copy.type === "object" && copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

/** @param {string | undefined} value */
function mediaTypeOf(value) {
  return value?.split(";")[0]?.trim().toLowerCase();
}

/**
 * @param {any} document a parsed OpenAPI 3.1 document (not dereferenced)
 * @param {{ closed?: boolean }} [options]
 */
export function createSpecValidator(document, { closed = false } = {}) {
  // allowUnionTypes: a field Binance sends in two JSON types is `type: [integer, string]` (e.g. the
  // cancelled order's orderId), which JSON Schema allows and strict mode otherwise refuses.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addVocabulary([...new Set([...OPENAPI_ANNOTATIONS, ...extensionKeys(document.components?.schemas ?? {}), ...extensionKeys(document.paths)])]);
  // OpenAPI's integer formats: JSON numbers here are integers within 2^53 (the client rejects wider ones).
  ajv.addFormat("int64", { type: "number", validate: (/** @type {number} */ value) => Number.isInteger(value) });
  ajv.addFormat("int32", {
    type: "number",
    validate: (/** @type {number} */ value) => Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31,
  });
  ajv.addSchema({ $id: SPEC_ID, $defs: toAjvSchema(document.components?.schemas ?? {}, closed) });

  /** @type {WeakMap<object, import("ajv").ValidateFunction>} */
  const compiled = new WeakMap();

  /**
   * A validator for a schema node taken from the document (inline or `$ref`).
   * @param {object} schema
   */
  function schema(schema) {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(toAjvSchema(schema, closed));
      compiled.set(schema, validate);
    }
    return validate;
  }

  /**
   * A validator for `components.schemas[name]`.
   * @param {string} name
   */
  function component(name) {
    if (!document.components?.schemas?.[name]) throw new Error(`No component schema named ${name}.`);
    const validate = ajv.getSchema(`${SPEC_ID}#/$defs/${name}`);
    if (!validate) throw new Error(`No component schema named ${name}.`);
    return validate;
  }

  /**
   * The documented response for a status: exact code, then its "4XX"-style range, then `default`.
   * @param {string} method
   * @param {string} path
   * @param {number} status
   * @returns {any}
   */
  function documentedResponse(method, path, status) {
    const item = resolveRef(document, document.paths?.[path]);
    const responses = item?.[method.toLowerCase()]?.responses;
    if (!responses) return undefined;
    const response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
    return response === undefined ? undefined : resolveRef(document, response);
  }

  /**
   * Why a response does not match what the spec documents for it; empty when it does.
   * The body is checked against the schema of its media type (JSON parsed first),
   * each documented header that was sent against its schema (numbers coerced).
   * @param {{ method: string; path: string; status: number; body: string; headers?: Record<string, string | undefined> }} response
   * @returns {string[]}
   */
  function responseProblems({ method, path, status, body, headers = {} }) {
    const where = `${method.toUpperCase()} ${path} -> ${status}`;
    const documented = documentedResponse(method, path, status);
    if (!documented) return [`${where}: status not documented in the spec`];
    const sentHeader = (/** @type {string} */ name) =>
      Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
    const problems = [];

    const content = documented.content ?? {};
    const sentType = mediaTypeOf(sentHeader("content-type")) ?? "application/json";
    const media = content[sentType] ?? (sentHeader("content-type") === undefined ? undefined : content["*/*"]);
    if (!media) problems.push(`${where}: media type ${sentType} not documented (documented: ${Object.keys(content).join(", ") || "none"})`);
    else if (media.schema) {
      let value = body;
      let parsed = true;
      if (sentType === "application/json" || sentType.endsWith("+json")) {
        try {
          value = JSON.parse(body);
        } catch {
          parsed = false;
          problems.push(`${where}: body is not JSON`);
        }
      }
      const validate = schema(media.schema);
      if (parsed && !validate(value)) problems.push(`${where}: ${ajv.errorsText(validate.errors)}`);
    }

    for (const [name, rawHeader] of Object.entries(documented.headers ?? {})) {
      const header = resolveRef(document, rawHeader);
      const sent = sentHeader(name);
      if (sent === undefined || !header.schema) continue;
      const headerSchema = resolveRef(document, header.schema);
      const numeric = headerSchema.type === "integer" || headerSchema.type === "number";
      const validate = schema(header.schema);
      if (!validate(numeric ? Number(sent) : sent)) problems.push(`${where}: header ${name}=${sent} ${ajv.errorsText(validate.errors)}`);
    }
    return problems;
  }

  return { ajv, schema, component, documentedResponse, responseProblems };
}
