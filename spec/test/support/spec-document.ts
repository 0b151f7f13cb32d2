// The source spec as plain data, plus helpers to walk it. Reading and `$ref`
// resolution come from the one spec loader (@sapi-kit/spec/loader).
import { readSpec, resolveRef, SOURCE_SPEC_PATH, type SpecNode } from "@sapi-kit/spec/loader";

export { resolveRef };
export const SOURCE_PATH = SOURCE_SPEC_PATH;

// Tests only need to index into the document; its shape is checked by lint.
export type Json = SpecNode;

export function readSourceSpec(): Json {
  return readSpec(SOURCE_PATH);
}

/** Every object in the document together with its JSON path. */
export function* objectsWithPaths(node: Json, path: (string | number)[] = []): Generator<[Json, (string | number)[]]> {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* objectsWithPaths(item, [...path, index]);
  } else if (typeof node === "object" && node !== null) {
    yield [node, path];
    for (const [key, value] of Object.entries(node)) yield* objectsWithPaths(value, [...path, key]);
  }
}

export function at(document: Json, path: (string | number)[]): Json {
  return path.reduce((current: Json, key) => current?.[key], document);
}

export function cancelOcoOperation(document: Json): Json {
  return document.paths["/sapi/v1/margin/orderList"].delete;
}

export function cancelOcoParameters(document: Json): Json[] {
  return cancelOcoOperation(document).parameters.map((parameter: Json) => resolveRef(document, parameter));
}
