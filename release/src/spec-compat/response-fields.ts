import type { OpenApiDocument, Operation, Schema } from "./openapi-document.js";
import { resolveRef } from "./openapi-document.js";
import { flattenSchema, typesOf } from "./schema-shape.js";

const MAX_DEPTH = 32;

/**
 * `required`: the field is always there when its parent is (listed in the
 * parent's `required`; the body itself and array items always are).
 */
export type ResponseField = { type: string; format: string | undefined; required: boolean };

/**
 * Every field a response body can carry, keyed `status media path`, e.g.
 * `200 application/json orderReports[].price`. Variants of oneOf/anyOf are
 * merged: a field is "there" if any variant has it.
 */
export function responseFields(document: OpenApiDocument, operation: Operation): Map<string, ResponseField> {
  const fields = new Map<string, ResponseField>();
  for (const [status, rawResponse] of Object.entries(operation.responses ?? {})) {
    const response = resolveRef(document, rawResponse);
    for (const [media, content] of Object.entries(response.content ?? {})) {
      walk(document, content.schema, `${status} ${media}`, "", true, fields, new Set());
    }
  }
  return fields;
}

function walk(
  document: OpenApiDocument,
  raw: Schema | undefined,
  prefix: string,
  path: string,
  required: boolean,
  fields: Map<string, ResponseField>,
  visiting: Set<Schema>,
): void {
  if (raw === undefined) return;
  const schema = flattenSchema(document, raw);
  // Recursive schemas (a tree of orders, say) end the walk at the repeat;
  // the depth cap catches recursion through allOf, which yields fresh objects.
  if (visiting.has(schema) || visiting.size > MAX_DEPTH) return;
  const inside = new Set(visiting).add(schema);
  const types = typesOf(schema);
  fields.set(`${prefix} ${path || "(body)"}`, {
    type: types ? [...types].sort().join("|") : "any",
    format: schema.format,
    required,
  });
  for (const variant of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
    walkProperties(document, flattenSchema(document, variant), prefix, path, fields, inside);
  }
  walkProperties(document, schema, prefix, path, fields, inside);
  if (schema.items) walk(document, schema.items, prefix, `${path}[]`, true, fields, inside);
}

function walkProperties(
  document: OpenApiDocument,
  schema: Schema,
  prefix: string,
  path: string,
  fields: Map<string, ResponseField>,
  visiting: Set<Schema>,
): void {
  const required = new Set(schema.required ?? []);
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    walk(document, child, prefix, path ? `${path}.${name}` : name, required.has(name), fields, visiting);
  }
}
