// The one `$ref` resolver of the repository. Bundled and source specs only
// hold local references ("#/components/..."), so anything else is a spec-build
// problem and is reported as such rather than fetched.

/**
 * Decodes one JSON-pointer segment (RFC 6901: "~1" is "/", "~0" is "~").
 * @param {string} segment
 */
function decodeSegment(segment) {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

/**
 * The node a local pointer ("#/components/schemas/X") names.
 * @param {unknown} document
 * @param {string} pointer
 * @returns {any}
 */
export function resolvePointer(document, pointer) {
  if (!pointer.startsWith("#/")) throw new Error(`Only local $refs are supported in a bundled spec, found ${pointer}`);
  /** @type {any} */
  let node = document;
  for (const segment of pointer.slice(2).split("/").map(decodeSegment)) {
    node = node !== null && typeof node === "object" && Object.hasOwn(node, segment) ? node[segment] : undefined;
    if (node === undefined) throw new Error(`Unresolvable $ref ${pointer}`);
  }
  return node;
}

/**
 * Follows `$ref`s (repeatedly) until a node that is not a reference; other
 * nodes come back unchanged. Shallow: nested references stay.
 * @template T
 * @param {unknown} document
 * @param {T} node
 * @returns {T}
 */
export function resolveRef(document, node) {
  /** @type {any} */
  let current = node;
  const seen = new Set();
  while (current !== null && typeof current === "object" && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (seen.has(ref)) throw new Error(`Circular $ref ${ref}`);
    seen.add(ref);
    current = resolvePointer(document, ref);
  }
  return current;
}

/**
 * A copy of `node` (default: the whole document) with every local `$ref`
 * replaced by its target. Each target is copied once, so two references to
 * the same component yield the same object (validators compiled per schema
 * object are then compiled once). Throws on cycles: the spec has none, and a
 * cyclic schema could not be inlined.
 * @template T
 * @param {any} document
 * @param {T} [node]
 * @returns {T}
 */
export function dereference(document, node = document) {
  /** @type {Map<string, unknown>} */
  const done = new Map();
  /** @type {Set<string>} */
  const inProgress = new Set();

  /** @param {any} value @returns {any} */
  function walk(value) {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object") return value;
    if (typeof value.$ref === "string") {
      const ref = value.$ref;
      if (done.has(ref)) return done.get(ref);
      if (inProgress.has(ref)) throw new Error(`Circular $ref ${ref}`);
      inProgress.add(ref);
      const target = walk(resolvePointer(document, ref));
      inProgress.delete(ref);
      done.set(ref, target);
      return target;
    }
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, walk(child)]));
  }
  return walk(node);
}
