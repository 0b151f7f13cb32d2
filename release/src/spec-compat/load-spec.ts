import { readSpec } from "@sapi-kit/spec/loader";
import type { OpenApiDocument } from "./openapi-document.js";

/** Reads a spec file through the one spec loader (which checks it has paths). */
export function loadSpec(file: string): OpenApiDocument {
  return readSpec(file) as OpenApiDocument;
}
