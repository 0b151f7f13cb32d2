import { dereference as dereferenceIn, readSpec, type SpecNode } from "@sapi-kit/spec/loader";

export type { SpecNode };

/** The source spec (spec/openapi.yaml), parsed once per test file through the one spec loader. */
export const spec: SpecNode = readSpec();

/** Replaces every local `$ref` with its target. */
export function dereference(node: SpecNode): SpecNode {
  return dereferenceIn(spec, node);
}

const operations = new Map<string, SpecNode>();

/** The dereferenced operation, cached so its schemas keep their identity. */
export function operation(method: string, path: string): SpecNode | undefined {
  const key = `${method.toUpperCase()} ${path}`;
  if (!operations.has(key)) {
    const pathItem = spec.paths?.[path];
    operations.set(key, pathItem ? dereference(pathItem[method.toLowerCase()]) : undefined);
  }
  return operations.get(key);
}
