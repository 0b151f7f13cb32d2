// Where the generator reads the spec from, and how to get it on a fresh
// checkout: spec/dist/ is build output (gitignored), built by the spec package.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The spec package (spec/). */
export const specDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = resolve(specDir, "..");
/** The English bundle: the client's doc comments are in English. */
export const defaultSpecPath = join(repoRoot, "spec/dist/openapi.en.yaml");

/** Builds the spec bundle if it is missing; throws if that is impossible. */
export function ensureSpecBundle() {
  if (existsSync(defaultSpecPath)) return;
  const bundler = join(specDir, "scripts/bundle.mjs");
  if (!existsSync(bundler)) throw new Error(`Neither ${defaultSpecPath} nor the spec bundler ${bundler} exists.`);
  const build = spawnSync(process.execPath, [bundler], { cwd: specDir, stdio: "inherit" });
  if (build.status !== 0) throw new Error(`Building the spec bundle failed (exit ${build.status}).`);
}
