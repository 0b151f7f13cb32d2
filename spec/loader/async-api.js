// spec/asyncapi.yaml, the user data stream's document, read the way the rest
// of the repository reads openapi.yaml. Its schemas may reference enums of
// the sibling OpenAPI document (`./openapi.yaml#/components/schemas/X`), so
// that each enum is listed once; `asyncApiSchemas` folds those in under their
// own names, which gives one schema map that Ajv (createSpecValidator) and
// any other reader can resolve locally.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** Absolute path of the hand-written AsyncAPI document. */
export const ASYNC_API_PATH = fileURLToPath(new URL("../asyncapi.yaml", import.meta.url));

/** How the AsyncAPI document points into openapi.yaml. */
export const OPENAPI_SCHEMA_PREFIX = "./openapi.yaml#/components/schemas/";
const LOCAL_SCHEMA_PREFIX = "#/components/schemas/";

/**
 * Parses an AsyncAPI 3 document; throws unless it is one.
 * @param {string} [file] defaults to spec/asyncapi.yaml
 * @returns {any}
 */
export function readAsyncApi(file = ASYNC_API_PATH) {
  const document = parse(readFileSync(file, "utf8"));
  if (document === null || typeof document !== "object" || typeof document.asyncapi !== "string" || !document.asyncapi.startsWith("3.")) {
    throw new Error(`${file} is not an AsyncAPI 3 document`);
  }
  return document;
}

/**
 * The names of the OpenAPI component schemas the document references, in order of first use.
 * @param {any} node
 * @param {string[]} [found]
 * @returns {string[]}
 */
export function openApiSchemaReferences(node, found = []) {
  if (Array.isArray(node)) for (const item of node) openApiSchemaReferences(item, found);
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith(OPENAPI_SCHEMA_PREFIX)) {
        const name = value.slice(OPENAPI_SCHEMA_PREFIX.length);
        if (!found.includes(name)) found.push(name);
      } else openApiSchemaReferences(value, found);
    }
  }
  return found;
}

/** @param {any} node @returns {any} */
function localizeReferences(node) {
  if (Array.isArray(node)) return node.map(localizeReferences);
  if (node === null || typeof node !== "object") return node;
  /** @type {Record<string, any>} */
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] =
      key === "$ref" && typeof value === "string" && value.startsWith(OPENAPI_SCHEMA_PREFIX)
        ? LOCAL_SCHEMA_PREFIX + value.slice(OPENAPI_SCHEMA_PREFIX.length)
        : localizeReferences(value);
  }
  return copy;
}

/**
 * The AsyncAPI document's component schemas plus the OpenAPI ones they
 * reference, every `$ref` local. Throws when a referenced OpenAPI schema is
 * missing, references further, or shares a name with an AsyncAPI schema.
 * @param {any} asyncApi a parsed AsyncAPI document
 * @param {any} openApi the parsed openapi.yaml
 * @returns {Record<string, any>}
 */
export function asyncApiSchemas(asyncApi, openApi) {
  const own = asyncApi.components?.schemas ?? {};
  /** @type {Record<string, any>} */
  const schemas = localizeReferences(own);
  for (const name of openApiSchemaReferences(asyncApi)) {
    const schema = openApi.components?.schemas?.[name];
    if (!schema) throw new Error(`asyncapi.yaml references ${OPENAPI_SCHEMA_PREFIX}${name}, which openapi.yaml does not define.`);
    if (name in own) throw new Error(`asyncapi.yaml defines ${name} and also references openapi.yaml's ${name}.`);
    if (JSON.stringify(schema).includes('"$ref"')) throw new Error(`openapi.yaml's ${name} references other schemas; asyncapi.yaml may only reference self-contained ones.`);
    schemas[name] = schema;
  }
  return schemas;
}
