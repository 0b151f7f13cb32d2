// The strict Redocly config from redocly.yaml, loaded once per test file,
// and shortcuts to lint a document held in memory.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { lintFromString, stringifyYaml } from "@redocly/openapi-core";
import { loadStrictConfig } from "../../scripts/locale-bundles.mjs";
import type { Json } from "./spec-document.js";

export const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/", import.meta.url));
// Where an in-memory copy of the spec pretends to live: beside the source, so
// its `$ref`s to ./samples/*.ts resolve as they do for spec/openapi.yaml.
const SPEC_DIR = fileURLToPath(new URL("../../", import.meta.url));

export type Finding = { ruleId: string; pointer: string | undefined; message: string };

let strictConfig: ReturnType<typeof loadStrictConfig> | undefined;
export function strict() {
  strictConfig ??= loadStrictConfig();
  return strictConfig;
}

/** Lints a document object as if it were a file beside spec/openapi.yaml. */
export async function lintDocument(document: Json): Promise<Finding[]> {
  const problems = await lintFromString({
    source: stringifyYaml(document),
    absoluteRef: join(SPEC_DIR, "in-memory.yaml"),
    config: await strict(),
  });
  return findings(problems);
}

export function findings(problems: Awaited<ReturnType<typeof lintFromString>>): Finding[] {
  return problems.map((problem) => ({
    ruleId: problem.ruleId,
    pointer: problem.location[0]?.pointer,
    message: problem.message,
  }));
}
