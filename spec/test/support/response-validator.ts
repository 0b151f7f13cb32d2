// Compiles the spec's schemas with the one Ajv set-up (@sapi-kit/spec/loader)
// so examples can be validated exactly as a consumer would.
import { createSpecValidator } from "@sapi-kit/spec/loader";
import type { Json } from "./spec-document.js";

export type SchemaOptions = {
  /** Treat every object schema as closed, to prove an example has no field the schema does not declare. */
  closed?: boolean;
};

export function compileComponentSchema(document: Json, name: string, options: SchemaOptions = {}) {
  return createSpecValidator(document, options).component(name);
}
