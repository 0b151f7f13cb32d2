#!/usr/bin/env node
// Generates packages/client/src/generated/ from the English spec bundle.
//
//   node scripts/generate.mjs            write the files
//   node scripts/generate.mjs --check    exit 1 (with a diff-ish report) when the committed files are stale
//   --spec <file>   read another bundled spec (tests use fixtures)
//   --out <dir>     write/check another directory
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { describeDifference } from "./describe-difference.mjs";
import { renderGeneratedFiles } from "./render-generated-files.mjs";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(packageDir, "../..");
const defaultSpec = join(repoRoot, "spec/dist/openapi.en.yaml");

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string" },
    out: { type: "string" },
  },
});

const specPath = values.spec ? resolve(values.spec) : defaultSpec;
const outDir = values.out ? resolve(values.out) : join(packageDir, "src/generated");
// The default bundle is built from spec/openapi.yaml; name the source users edit.
const source = values.spec ? relative(repoRoot, specPath).split(sep).join("/") : "spec/openapi.yaml";

if (!values.spec && !existsSync(specPath)) {
  // The bundle is build output (gitignored); build it rather than fail on a fresh checkout.
  const bundler = join(repoRoot, "spec/scripts/bundle.mjs");
  if (!existsSync(bundler)) {
    console.error(`Cannot find ${relative(repoRoot, specPath)} nor the spec bundler ${relative(repoRoot, bundler)}.`);
    process.exit(1);
  }
  const build = spawnSync(process.execPath, [bundler], { cwd: join(repoRoot, "spec"), stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const files = await renderGeneratedFiles(specPath, { source });

if (values.check) {
  const stale = [];
  for (const [name, expected] of Object.entries(files)) {
    const target = join(outDir, name);
    const actual = existsSync(target) ? await readFile(target, "utf8") : undefined;
    if (actual !== expected) stale.push(describeDifference(relative(repoRoot, target), actual, expected));
  }
  if (stale.length) {
    console.error(stale.join("\n\n"));
    console.error("\nGenerated client files are stale. Run: npx -y pnpm@10.34.9 --filter @sapi-kit/client generate");
    process.exit(1);
  }
  console.log(`Generated client files are up to date with ${source}.`);
} else {
  await mkdir(outDir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) await writeFile(join(outDir, name), contents);
  console.log(`Wrote ${Object.keys(files).join(", ")} to ${relative(repoRoot, outDir)} from ${source}.`);
}
