// Where the spec lives and how to read it. The source (`openapi.yaml`) is
// what people edit; the bundles (`dist/openapi.<locale>.yaml`, built by
// `scripts/bundle.mjs`) are what generators and the docs read.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** Absolute path of the hand-written source spec. */
export const SOURCE_SPEC_PATH = fileURLToPath(new URL("../openapi.yaml", import.meta.url));

/**
 * Absolute path of a built per-locale bundle (it may not exist before `build`).
 * @param {"en" | "zh-CN"} locale
 */
export function bundlePath(locale) {
  return fileURLToPath(new URL(`../dist/openapi.${locale}.yaml`, import.meta.url));
}

/**
 * Parses an OpenAPI document (YAML or JSON) and checks it has paths. A `$ref`
 * to a file that is not YAML or JSON (the source's `x-codeSamples` name their
 * `samples/*.ts`) is replaced by that file's text, relative to the document,
 * exactly as the bundler inlines it: readers see what the bundles hold.
 * @param {string} [file] defaults to the source spec
 * @returns {any}
 */
export function readSpec(file = SOURCE_SPEC_PATH) {
  const document = parse(readFileSync(file, "utf8"));
  if (document === null || typeof document !== "object" || typeof document.paths !== "object" || document.paths === null) {
    throw new Error(`${file} is not an OpenAPI document with paths`);
  }
  return inlineTextFiles(document, dirname(file));
}

const TEXT_REF = /^\.{1,2}\/(?!.*\.(ya?ml|json)$)/;

/** @param {any} node @param {string} dir @returns {any} */
function inlineTextFiles(node, dir) {
  if (Array.isArray(node)) return node.map((item) => inlineTextFiles(item, dir));
  if (node === null || typeof node !== "object") return node;
  if (typeof node.$ref === "string" && TEXT_REF.test(node.$ref)) return readFileSync(resolve(dir, node.$ref), "utf8");
  for (const key of Object.keys(node)) node[key] = inlineTextFiles(node[key], dir);
  return node;
}
