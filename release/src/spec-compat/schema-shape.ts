import { type OpenApiDocument, resolveRef, type Schema } from "./openapi-document.js";

/**
 * A schema with its `$ref` followed and its `allOf` members merged, so two
 * specs that say the same thing in different shapes compare equal.
 */
export function flattenSchema(document: OpenApiDocument, schema: Schema | undefined): Schema {
  if (schema === undefined) return {};
  const resolved = resolveRef(document, schema);
  if (!resolved.allOf) return resolved;
  const { allOf, ...own } = resolved;
  const merged: Schema = {};
  for (const member of allOf.map((part) => flattenSchema(document, part))) {
    Object.assign(merged, member, {
      properties: { ...merged.properties, ...member.properties },
      required: [...(merged.required ?? []), ...(member.required ?? [])],
    });
  }
  return { ...merged, ...own, properties: { ...merged.properties, ...own.properties } };
}

/** The JSON types a schema admits; `undefined` means "anything". */
export function typesOf(schema: Schema): Set<string> | undefined {
  if (schema.type === undefined) return undefined;
  return new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
}
