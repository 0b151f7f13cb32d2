// Compiles the spec's schemas with Ajv (JSON Schema 2020-12, the dialect of
// OpenAPI 3.1) so examples can be validated exactly as a consumer would.
import { Ajv2020 } from "ajv/dist/2020.js";
import type { Json } from "./spec-document.js";

const SPEC_ID = "https://sapi-kit.invalid/openapi.json";
// Keywords that annotate rather than constrain.
const ANNOTATIONS = ["example", "x-description-zh-CN", "x-summary-zh-CN"];

export type SchemaOptions = {
  /** Treat every object schema as closed, to prove an example has no field the schema does not declare. */
  closed?: boolean;
};

export function compileComponentSchema(document: Json, name: string, options: SchemaOptions = {}) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addVocabulary(ANNOTATIONS);
  // Ids are int64 on the wire; JSON numbers here are integers within 2^53.
  ajv.addFormat("int64", { type: "number", validate: (value: number) => Number.isInteger(value) });
  // Ajv only accepts schema keywords at the root, so the component schemas
  // move under $defs and their $refs follow them.
  const schemas = rewriteComponentRefs(structuredClone(document.components.schemas));
  if (options.closed) for (const schema of Object.values(schemas)) closeObjects(schema);
  ajv.addSchema({ $id: SPEC_ID, $defs: schemas });
  const validate = ajv.getSchema(`${SPEC_ID}#/$defs/${name}`);
  if (!validate) throw new Error(`No component schema named ${name}.`);
  return validate;
}

function rewriteComponentRefs(node: Json): Json {
  if (typeof node !== "object" || node === null) return node;
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") node[key] = value.replace("#/components/schemas/", "#/$defs/");
    else rewriteComponentRefs(value);
  }
  return node;
}

function closeObjects(schema: Json): void {
  if (typeof schema !== "object" || schema === null) return;
  if (schema.type === "object" && schema.properties) schema.additionalProperties = false;
  for (const value of Object.values(schema)) closeObjects(value);
}
