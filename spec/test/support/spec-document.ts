// The source spec as plain data, plus helpers to walk it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const SOURCE_PATH = fileURLToPath(new URL("../../openapi.yaml", import.meta.url));

// Tests only need to index into the document; its shape is checked by lint.
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is untyped YAML here.
export type Json = any;

export function readSourceSpec(): Json {
  return parse(readFileSync(SOURCE_PATH, "utf8"));
}

/** Follows a local `$ref` ("#/components/...") to the object it names. */
export function resolveRef(document: Json, node: Json): Json {
  if (typeof node?.$ref !== "string") return node;
  const path = node.$ref.replace(/^#\//, "").split("/").map(decodePointerSegment);
  return path.reduce((current: Json, key: string) => current?.[key], document);
}

function decodePointerSegment(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
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
