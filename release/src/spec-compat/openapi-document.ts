// The slice of an OpenAPI 3.x document the compatibility guard reads. Kept
// loose on purpose: the guard must keep working on specs it has never seen.
import { resolveRef as resolveWithLoader } from "@sapi-kit/spec/loader";

export type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  [extension: string]: unknown;
};

export type Parameter = {
  $ref?: string;
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
};

export type Operation = {
  operationId?: string;
  parameters?: Parameter[];
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
  "x-required-one-of"?: string[][];
};

export type OpenApiDocument = {
  openapi?: string;
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
};

export { HTTP_METHODS } from "@sapi-kit/spec/loader";

/** Follows local `#/...` references (repeatedly) and returns the target: the one spec loader's resolver. */
export function resolveRef<T>(document: OpenApiDocument, value: T): T {
  return resolveWithLoader(document, value);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
