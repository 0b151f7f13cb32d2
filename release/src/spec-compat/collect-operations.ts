import { HTTP_METHODS, isObject, type OpenApiDocument, type Operation, type Parameter, resolveRef } from "./openapi-document.js";

export type CollectedOperation = {
  key: string;
  operation: Operation;
  /** Keyed by `in:name`, path-level parameters merged under operation-level ones. */
  parameters: Map<string, Parameter>;
};

/** Every operation of the document, keyed `METHOD /path`, refs resolved. */
export function collectOperations(document: OpenApiDocument): Map<string, CollectedOperation> {
  const operations = new Map<string, CollectedOperation>();
  for (const [path, rawPathItem] of Object.entries(document.paths ?? {})) {
    const pathItem = resolveRef(document, rawPathItem);
    const shared = (pathItem.parameters as Parameter[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const rawOperation = pathItem[method];
      if (!isObject(rawOperation)) continue;
      const operation = rawOperation as Operation;
      const parameters = new Map<string, Parameter>();
      // Operation-level parameters override path-level ones with the same in+name.
      for (const raw of [...shared, ...(operation.parameters ?? [])]) {
        const parameter = resolveRef(document, raw);
        parameters.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      const key = `${method.toUpperCase()} ${path}`;
      operations.set(key, { key, operation, parameters });
    }
  }
  return operations;
}
