import type { OpenApiDocument, Schema } from "./openapi-document.js";
import { flattenSchema, typesOf } from "./schema-shape.js";

// Upper bounds: a smaller (or newly added) value accepts less.
const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems"] as const;
// Lower bounds: a larger (or newly added) value accepts less.
const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems"] as const;

/**
 * Ways in which `next` accepts fewer values than `previous` (input
 * direction: what a caller may send). Each entry is a readable
 * `what: old -> new` line; an empty list means nothing a caller sent
 * before is rejected now.
 */
export function schemaNarrowings(
  previousDocument: OpenApiDocument,
  previousSchema: Schema | undefined,
  nextDocument: OpenApiDocument,
  nextSchema: Schema | undefined,
  where = "",
): string[] {
  const previous = flattenSchema(previousDocument, previousSchema);
  const next = flattenSchema(nextDocument, nextSchema);
  const found: string[] = [];
  const at = (what: string) => (where ? `${where} ${what}` : what);

  const previousTypes = typesOf(previous);
  const nextTypes = typesOf(next);
  if (nextTypes && !typesAdmit(nextTypes, previousTypes)) {
    found.push(`${at("type")}: ${show(previous.type)} -> ${show(next.type)}`);
  }

  const previousValues = allowedValues(previous);
  const nextValues = allowedValues(next);
  if (nextValues) {
    const lost = previousValues ? previousValues.filter((value) => !nextValues.some((kept) => same(kept, value))) : [];
    if (!previousValues || lost.length > 0) {
      found.push(`${at("enum")}: ${show(previousValues ?? "any")} -> ${show(nextValues)}`);
    }
  }

  for (const keyword of ["format", "pattern"] as const) {
    if (next[keyword] !== undefined && next[keyword] !== previous[keyword]) {
      found.push(`${at(keyword)}: ${show(previous[keyword])} -> ${show(next[keyword])}`);
    }
  }
  for (const keyword of UPPER_BOUNDS) {
    const before = previous[keyword];
    const after = next[keyword];
    if (after !== undefined && (before === undefined || after < before)) {
      found.push(`${at(keyword)}: ${show(before)} -> ${show(after)}`);
    }
  }
  for (const keyword of LOWER_BOUNDS) {
    const before = previous[keyword];
    const after = next[keyword];
    if (after !== undefined && (before === undefined || after > before)) {
      found.push(`${at(keyword)}: ${show(before)} -> ${show(after)}`);
    }
  }
  if (previous.items || next.items) {
    found.push(...schemaNarrowings(previousDocument, previous.items, nextDocument, next.items, at("items")));
  }
  return found;
}

/** Does a value of every previously allowed type still fit one of the next types? */
function typesAdmit(next: Set<string>, previous: Set<string> | undefined): boolean {
  if (previous === undefined) return false;
  // JSON Schema: every integer is a number, so integer -> number widens.
  return [...previous].every((type) => next.has(type) || (type === "integer" && next.has("number")));
}

function allowedValues(schema: Schema): unknown[] | undefined {
  if (schema.enum) return schema.enum;
  if ("const" in schema) return [schema.const];
  return undefined;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function show(value: unknown): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}
