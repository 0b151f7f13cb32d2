// Open enums: a response field the spec writes as
//
//   anyOf: [{ $ref: '#/components/schemas/OrderStatus' }, { type: string }]
//
// (the known values, or any other string) becomes
//
//   components["schemas"]["OrderStatus"] | AnyOtherString
//
// openapi-typescript on its own emits `OrderStatus | string`, which
// TypeScript collapses to plain `string`: correct, but the known values
// vanish from autocompletion. The usual fix, `string & {}`, does not survive
// openapi-fetch: its `Readable<T>` maps every type that extends `object`, and
// `string & {}` does, so `data.orderReports[0].status` would turn into an
// object of string methods. `Capitalize<string> | Uncapitalize<string>` is
// every string too (a string's first character is either unchanged by
// upper-casing or by lower-casing), is not an object, and does not absorb
// literals. See spec/README.md, "Open enums".

import { oapiRef, tsLiteral, tsUnion } from "openapi-typescript";
import ts from "typescript";

/**
 * `{ type: "string" }` and nothing that narrows it.
 * @param {any} schema
 * @returns {boolean}
 */
function isPlainString(schema) {
  if (!schema || typeof schema !== "object" || schema.type !== "string") return false;
  return !["enum", "const", "pattern", "format", "minLength", "maxLength", "$ref", "anyOf", "oneOf", "allOf"].some(
    (keyword) => keyword in schema,
  );
}

/**
 * The known values: a `$ref` to an enum schema, or an inline string enum.
 * @param {any} schema
 * @returns {import("typescript").TypeNode | undefined}
 */
function knownValues(schema) {
  if (!schema || typeof schema !== "object") return undefined;
  if (typeof schema.$ref === "string") return oapiRef(schema.$ref);
  if (Array.isArray(schema.enum) && schema.enum.length > 0 && schema.enum.every((/** @type {unknown} */ value) => typeof value === "string")) {
    return tsUnion(schema.enum.map((/** @type {string} */ value) => tsLiteral(value)));
  }
  return undefined;
}

/**
 * The member holding the known values of an open-enum schema, or undefined when it is not one.
 * @param {any} schema
 * @returns {{ known: any } | undefined}
 */
export function openEnumParts(schema) {
  if (!schema || typeof schema !== "object" || !Array.isArray(schema.anyOf) || schema.anyOf.length !== 2) return undefined;
  const [first, second] = schema.anyOf;
  if (isPlainString(second) && knownValues(first)) return { known: first };
  if (isPlainString(first) && knownValues(second)) return { known: second };
  return undefined;
}

/** The name of the "any other string" type the generated schema declares (see OPEN_ENUM_PRELUDE). */
export const ANY_OTHER_STRING = "AnyOtherString";

/** Declared at the top of the generated schema (openapi-typescript `inject`). */
export const OPEN_ENUM_PRELUDE = `export type ${ANY_OTHER_STRING} = Capitalize<string> | Uncapitalize<string>;`;

/** `inject` drops comments, so the explanation is added to the printed schema afterwards. */
export function documentOpenEnumPrelude(/** @type {string} */ schema) {
  const doc = [
    "/**",
    " * Any string: what a response enum may hold besides its known values (the spec's",
    " * `anyOf: [known values, { type: string }]`). Not `string & {}`, which openapi-fetch's",
    " * `Readable` turns into an object; this union is every string and keeps the known",
    " * literals listed for autocompletion.",
    " */",
  ].join("\n");
  return schema.replace(`export type ${ANY_OTHER_STRING} =`, `${doc}\nexport type ${ANY_OTHER_STRING} =`);
}

/**
 * openapi-typescript `transform` hook: open enums keep their literals.
 * @param {any} schema
 * @returns {import("typescript").TypeNode | undefined}
 */
export function transformOpenEnum(schema) {
  const parts = openEnumParts(schema);
  const known = parts && knownValues(parts.known);
  if (!known) return undefined;
  const members = ts.isUnionTypeNode(known) ? [...known.types] : [known];
  return ts.factory.createUnionTypeNode([...members, ts.factory.createTypeReferenceNode(ANY_OTHER_STRING)]);
}
