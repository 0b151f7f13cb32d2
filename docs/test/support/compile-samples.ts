import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { DOCS_DIR, REPO_ROOT } from "./paths.js";

const require = createRequire(import.meta.url);

export interface CompiledSamples {
  /** tsc's exit status and diagnostics: type errors in a sample fail the test. */
  status: number | null;
  diagnostics: string;
  /** Runnable ESM file of a sample, by its repository-relative source path. */
  outputOf(sourcePath: string): string;
}

/**
 * Type-checks and compiles the samples with tsc (strict, the repo's base
 * options, @sapi-kit/* resolved from the workspace build) into a folder inside
 * docs/, so that Node resolves the same packages when running them.
 */
export function compileSamples(sourcePaths: readonly string[]): CompiledSamples {
  const workDir = join(DOCS_DIR, ".test-results", "samples");
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(join(workDir, "src"), { recursive: true });
  const names = new Map<string, string>();
  for (const sourcePath of sourcePaths) {
    // spec/samples/cancel-oco.ts and docs/samples/x.ts must not collide.
    const name = `${sourcePath.startsWith("spec/") ? "spec-" : ""}${basename(sourcePath)}`;
    names.set(sourcePath, name);
    copyFileSync(join(REPO_ROOT, sourcePath), join(workDir, "src", name));
  }
  writeFileSync(
    join(workDir, "tsconfig.json"),
    JSON.stringify({
      extends: join(REPO_ROOT, "tsconfig.base.json"),
      compilerOptions: { types: ["node"], rootDir: "src", outDir: "out", declaration: false, noEmit: false },
      include: ["src"],
    }),
  );
  const tsc = join(require.resolve("typescript/package.json"), "..", "bin", "tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", join(workDir, "tsconfig.json"), "--pretty", "false"], {
    encoding: "utf8",
  });
  return {
    status: result.status,
    diagnostics: `${result.stdout}${result.stderr}`,
    outputOf(sourcePath) {
      const name = names.get(sourcePath);
      if (!name) throw new Error(`${sourcePath} was not compiled.`);
      return join(workDir, "out", name.replace(/\.ts$/, ".js"));
    },
  };
}
