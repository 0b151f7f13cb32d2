import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** The spec document, parsed once per test file. */
export const specUrl = new URL("../../../../spec/openapi.yaml", import.meta.url);

// biome-ignore lint/suspicious/noExplicitAny: the spec is arbitrary YAML, walked structurally.
export type SpecNode = any;

export const spec: SpecNode = parse(readFileSync(specUrl, "utf8"));

/** Follows a local JSON pointer like "#/components/schemas/BinanceError". */
function resolvePointer(pointer: string): SpecNode {
  if (!pointer.startsWith("#/")) throw new Error(`Only local $refs are supported, got ${pointer}`);
  return pointer
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((node: SpecNode, key) => {
      if (node === undefined || !(key in node)) throw new Error(`Unresolvable $ref ${pointer}`);
      return node[key];
    }, spec);
}

/** Replaces every local `$ref` with its target (the spec has no cycles). */
export function dereference(node: SpecNode, seen: readonly string[] = []): SpecNode {
  if (Array.isArray(node)) return node.map((item) => dereference(item, seen));
  if (node === null || typeof node !== "object") return node;
  if (typeof node.$ref === "string") {
    if (seen.includes(node.$ref)) throw new Error(`Cyclic $ref ${node.$ref}`);
    return dereference(resolvePointer(node.$ref), [...seen, node.$ref]);
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, dereference(value, seen)]));
}

const operations = new Map<string, SpecNode>();

/** The dereferenced operation, cached so its schemas keep their identity (ajv compiles each once). */
export function operation(method: string, path: string): SpecNode | undefined {
  const key = `${method.toUpperCase()} ${path}`;
  if (!operations.has(key)) {
    const pathItem = spec.paths?.[path];
    operations.set(key, pathItem ? dereference(pathItem[method.toLowerCase()]) : undefined);
  }
  return operations.get(key);
}

/** The documented response for a status: exact code, then "5XX"-style range, then default. */
export function documentedResponse(method: string, path: string, status: number): SpecNode | undefined {
  const responses = operation(method, path)?.responses;
  if (!responses) return undefined;
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
}
