// Reads, per operation, what the spec promises about a successful JSON body
// and renders it as a runtime table: the client checks every 2xx against it
// (src/read-response.ts), so an empty, HTML or truncated body, or one missing
// a required field, becomes a ResponseUnreadableError ("executed") rather than
// a SyntaxError or a `data` that lies about its type.
import { listOperations, resolveRef } from "../loader/index.js";

/** @typedef {{ key: string; fields: string[] | null }} ResponseFields */

/**
 * The first 2xx response in the spec's order (`200`, `201`, ..., `2XX`).
 * @param {Record<string, any>} responses
 */
function successResponse(responses) {
  const status = Object.keys(responses ?? {}).find((code) => /^2(?:\d\d|XX)$/i.test(code));
  return status === undefined ? undefined : responses[status];
}

/**
 * Required top-level property names of an object schema, including those of
 * `allOf` parts; null when the schema is not an object (e.g. an array).
 * @param {Record<string, any>} document
 * @param {any} rawSchema
 * @returns {string[] | null}
 */
function requiredTopLevelFields(document, rawSchema) {
  const schema = resolveRef(document, rawSchema) ?? {};
  const parts = [schema, ...(schema.allOf ?? []).map((/** @type {any} */ part) => resolveRef(document, part))];
  const isObject = parts.some((part) => part.type === "object" || part.properties !== undefined);
  if (!isObject) return null;
  return [...new Set(parts.flatMap((part) => part.required ?? []))];
}

/**
 * One entry per operation whose success response has an `application/json`
 * body, keyed `"METHOD /path"` (the method upper-case, as openapi-fetch sends it).
 * @param {Record<string, any>} document a parsed, bundled OpenAPI 3.x document
 * @returns {ResponseFields[]}
 */
export function collectResponseFields(document) {
  /** @type {ResponseFields[]} */
  const entries = [];
  for (const { path, method, operation } of listOperations(document)) {
    const response = resolveRef(document, successResponse(operation.responses));
    const json = response?.content?.["application/json"];
    if (!json) continue;
    entries.push({ key: `${method.toUpperCase()} ${path}`, fields: requiredTopLevelFields(document, json.schema) });
  }
  return entries;
}

/**
 * @param {ResponseFields[]} entries
 * @returns {string}
 */
export function renderResponseFields(entries) {
  const lines = [
    "/**",
    ' * What each operation\'s successful JSON body must be, keyed "METHOD /path": the',
    " * space-separated top-level fields the spec marks required (the body must then",
    " * be a JSON object; \"\" when none are), or null when the body is JSON of another",
    " * shape (e.g. an array). Operations without a JSON success body are absent.",
    " * One string per operation rather than an array: it ships in every browser bundle.",
    " * Ordered by the length of that string, then by key: like lists stand together,",
    " * which gzip packs best.",
    " */",
    "export const RESPONSE_FIELDS: Record<string, string | null> = {",
  ];
  const text = (/** @type {ResponseFields} */ { fields }) => (fields === null ? "" : fields.join(" "));
  const ordered = [...entries].sort((a, b) => text(a).length - text(b).length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { key, fields } of ordered) lines.push(`  ${JSON.stringify(key)}: ${fields === null ? "null" : JSON.stringify(fields.join(" "))},`);
  lines.push("};");
  return `${lines.join("\n")}\n`;
}
