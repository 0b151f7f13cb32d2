import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { DOCS_DIR } from "./support/paths.js";

declare module "vitest" {
  export interface ProvidedContext {
    buildStdout: string;
  }
}

// Every test looks at a site built from the current sources, not a stale one.
export default function setup(project: TestProject): void {
  const result = spawnSync(process.execPath, [join(DOCS_DIR, "scripts", "build.mjs")], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`docs build failed (exit ${result.status}):\n${result.stderr}`);
  project.provide("buildStdout", result.stdout);
}
