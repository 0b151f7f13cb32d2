// Reads, per operation, what the spec says identifies a successful JSON
// object body and renders it as a runtime table: the client checks every 2xx
// against it (src/read-response.ts), so an HTML or truncated body, a non-object,
// or an object without the fields that prove it is the operation's answer,
// becomes a ResponseUnreadableError ("executed") rather than a SyntaxError or a
// `data` that lies about its type. Only the identifying fields
// (`x-identifying-fields`), not every required one: the table ships in every
// browser bundle; the full shape is the types' and the spec's, validated by the
// sandbox and the conformance tests.
import { listOperations, resolveRef } from "../loader/index.js";

/** @typedef {{ key: string; fields: string[] }} ResponseFields */

/**
 * The first 2xx response in the spec's order (`200`, `201`, ..., `2XX`).
 * @param {Record<string, any>} responses
 */
function successResponse(responses) {
  const status = Object.keys(responses ?? {}).find((code) => /^2(?:\d\d|XX)$/i.test(code));
  return status === undefined ? undefined : responses[status];
}

/**
 * An object schema's parts: itself and its `allOf` parts, resolved; undefined
 * when the schema is not an object (an array, a `oneOf` of shapes).
 * @param {Record<string, any>} document
 * @param {any} rawSchema
 * @returns {any[] | undefined}
 */
export function objectSchemaParts(document, rawSchema) {
  const schema = resolveRef(document, rawSchema) ?? {};
  const parts = [schema, ...(schema.allOf ?? []).map((/** @type {any} */ part) => resolveRef(document, part))];
  return parts.some((part) => part.type === "object" || part.properties !== undefined) ? parts : undefined;
}

/**
 * One entry per operation whose success response is an `application/json`
 * object, keyed `"METHOD /path"` (the method upper-case, as openapi-fetch
 * sends it), with the `x-identifying-fields` of the schema and its `allOf`
 * parts (none when no part has the extension).
 * @param {Record<string, any>} document a parsed, bundled OpenAPI 3.x document
 * @returns {ResponseFields[]}
 */
export function collectResponseFields(document) {
  /** @type {ResponseFields[]} */
  const entries = [];
  for (const { path, method, operation } of listOperations(document)) {
    const response = resolveRef(document, successResponse(operation.responses));
    const parts = objectSchemaParts(document, response?.content?.["application/json"]?.schema);
    if (!parts) continue;
    const fields = [...new Set(parts.flatMap((part) => part["x-identifying-fields"] ?? []))];
    entries.push({ key: `${method.toUpperCase()} ${path}`, fields });
  }
  return entries;
}

/**
 * What is wrong with the spec's `x-identifying-fields`: every object success
 * body must name them (on the schema or an `allOf` part), each a top-level
 * field the schema requires.
 * @param {Record<string, any>} document a parsed, bundled OpenAPI 3.x document
 * @returns {string[]}
 */
export function identifyingFieldProblems(document) {
  /** @type {string[]} */
  const problems = [];
  for (const { path, method, operation } of listOperations(document)) {
    const response = resolveRef(document, successResponse(operation.responses));
    const parts = objectSchemaParts(document, response?.content?.["application/json"]?.schema);
    if (!parts) continue;
    const key = `${method.toUpperCase()} ${path}`;
    const named = parts.flatMap((part) => part["x-identifying-fields"] ?? []);
    if (!parts.some((part) => Array.isArray(part["x-identifying-fields"]))) problems.push(`${key}: no x-identifying-fields`);
    const required = new Set(parts.flatMap((part) => part.required ?? []));
    for (const field of named) if (!required.has(field)) problems.push(`${key}: ${field} is not required`);
  }
  return problems;
}

/**
 * @param {ResponseFields[]} entries
 * @returns {string}
 */
export function renderResponseFields(entries) {
  const lines = [
    "/**",
    ' * Operations whose successful JSON body is an object, keyed "METHOD /path": the',
    " * body must be a JSON object carrying these space-separated top-level fields, the",
    " * spec's `x-identifying-fields` (\"\" when none: any object). They prove the body is",
    " * the operation's answer; the full shape is the types' and the spec's, validated",
    " * by the sandbox and the conformance tests, because this table ships in every",
    " * browser bundle. Other operations are absent; an empty 2xx on a Binance path",
    " * (/api/, /sapi/) is refused whatever the table says (Binance's General Info:",
    " * every endpoint returns a JSON object or array).",
    " * Ordered by the length of the field string, longest first, then by key: like",
    " * lists stand together, which gzip packs best (measured on the browser bundle).",
    " */",
    "export const RESPONSE_FIELDS: Record<string, string> = {",
  ];
  const ordered = [...entries].sort((a, b) => b.fields.join(" ").length - a.fields.join(" ").length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { key, fields } of ordered) lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(fields.join(" "))},`);
  lines.push("};");
  return `${lines.join("\n")}\n`;
}
