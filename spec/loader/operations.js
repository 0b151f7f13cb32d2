// Every operation of a document with what applies to it after OpenAPI's
// inheritance rules: path-level parameters (unless the operation redefines
// the same name and location) and the document-level `security` (unless the
// operation declares its own).
import { resolveRef } from "./references.js";

/** HTTP methods in the order OpenAPI path items list them. */
export const HTTP_METHODS = /** @type {const} */ (["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/**
 * @param {any} document
 * @returns {Array<{ path: string; method: (typeof HTTP_METHODS)[number]; operation: any; parameters: any[]; security: Array<Record<string, string[]>> }>}
 */
export function listOperations(document) {
  const operations = [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = resolveRef(document, rawItem);
    for (const method of HTTP_METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      /** @type {Map<string, any>} OpenAPI 3.1 §4.8.9.1: the operation's (name, in) wins */
      const byKey = new Map();
      for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = resolveRef(document, raw);
        byKey.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      const security = operation.security ?? document.security ?? [];
      operations.push({ path, method, operation, parameters: [...byKey.values()], security });
    }
  }
  return operations;
}
