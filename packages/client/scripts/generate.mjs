#!/usr/bin/env node
// Generates packages/client/src/generated/ from the English spec bundle.
//
//   node scripts/generate.mjs            write the files
//   node scripts/generate.mjs --check    exit 1 (with a diff-ish report) when the committed files are stale
//   --spec <file>   read another bundled spec (tests use fixtures)
//   --out <dir>     write/check another directory
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { describeDifference } from "./describe-difference.mjs";
import { renderGeneratedFiles } from "./render-generated-files.mjs";
import { defaultSpecPath, ensureSpecBundle, packageDir, repoRoot } from "./spec-bundle.mjs";

const FIX_COMMAND = "npx -y pnpm@10.34.9 --filter @sapi-kit/client generate";

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string" },
    out: { type: "string" },
  },
});

const specPath = values.spec ? resolve(values.spec) : defaultSpecPath;
const outDir = values.out ? resolve(values.out) : join(packageDir, "src/generated");
// The default bundle is built from spec/openapi.yaml; name the file people edit.
const source = values.spec ? relative(repoRoot, specPath).split(sep).join("/") : "spec/openapi.yaml";

if (!values.spec) ensureSpecBundle();
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
    console.error(`\nGenerated client files are stale. Run: ${FIX_COMMAND}`);
    process.exit(1);
  }
  console.log(`Generated client files are up to date with ${source}.`);
} else {
  await mkdir(outDir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) await writeFile(join(outDir, name), contents);
  console.log(`Wrote ${Object.keys(files).join(", ")} to ${relative(repoRoot, outDir)} from ${source}.`);
}
