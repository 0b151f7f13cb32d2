import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { OpenApiDocument } from "./openapi-document.js";

export function loadSpec(file: string): OpenApiDocument {
  const document = parse(readFileSync(file, "utf8")) as OpenApiDocument;
  if (!document || typeof document !== "object" || !document.paths) {
    throw new Error(`${file} is not an OpenAPI document with paths`);
  }
  return document;
}
