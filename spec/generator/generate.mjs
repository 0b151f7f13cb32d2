#!/usr/bin/env node
// Generates, from the English spec bundle, the client's types
// (packages/client/src/generated/) and the per-operation request contract
// (packages/contract/src/generated/), and from spec/asyncapi.yaml the user
// data stream's types (client, user-data-events.ts). `npm run generate` runs it.
//
//   node generator/generate.mjs            write the files
//   node generator/generate.mjs --check    exit 1 (with a diff-ish report) when committed files are stale
//   --spec <file>          read another bundled spec (tests use fixtures)
//   --out <dir>            write/check the client files in another directory
//   --contract-out <dir>   write/check the contract file in another directory
//                          (default: --out when given, so a fixture keeps all its output in one place)
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { ASYNC_API_PATH } from "../loader/index.js";
import { describeDifference } from "./describe-difference.mjs";
import { renderGeneratedFiles } from "./render-generated-files.mjs";
import { defaultSpecPath, ensureSpecBundle, repoRoot } from "./spec-bundle.mjs";

const FIX_COMMAND = "npm run generate";

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string" },
    out: { type: "string" },
    "contract-out": { type: "string" },
  },
});

const specPath = values.spec ? resolve(values.spec) : defaultSpecPath;
const clientDir = values.out ? resolve(values.out) : join(repoRoot, "packages/client/src/generated");
const contractDir = values["contract-out"]
  ? resolve(values["contract-out"])
  : values.out
    ? clientDir
    : join(repoRoot, "packages/contract/src/generated");
// The default bundle is built from spec/openapi.yaml; name the file people edit.
const source = values.spec ? relative(repoRoot, specPath).split(sep).join("/") : "spec/openapi.yaml";

if (!values.spec) ensureSpecBundle();
// The real spec comes with the user data stream's AsyncAPI document; a fixture spec (--spec) without it.
const generated = await renderGeneratedFiles(specPath, values.spec ? { source } : { source, asyncApiPath: ASYNC_API_PATH });
/** @type {[string, string][]} absolute target path -> contents */
const files = [
  ...Object.entries(generated.client).map(([name, contents]) => /** @type {[string, string]} */ ([join(clientDir, name), contents])),
  ...Object.entries(generated.contract).map(([name, contents]) => /** @type {[string, string]} */ ([join(contractDir, name), contents])),
];

if (values.check) {
  const stale = [];
  for (const [target, expected] of files) {
    const actual = existsSync(target) ? await readFile(target, "utf8") : undefined;
    if (actual !== expected) stale.push(describeDifference(relative(repoRoot, target), actual, expected));
  }
  if (stale.length) {
    console.error(stale.join("\n\n"));
    console.error(`\nGenerated files are stale. Run: ${FIX_COMMAND}`);
    process.exit(1);
  }
  console.log(`Generated client and contract files are up to date with ${values.spec ? source : `${source} and spec/asyncapi.yaml`}.`);
} else {
  for (const [target, contents] of files) {
    await mkdir(resolve(target, ".."), { recursive: true });
    await writeFile(target, contents);
  }
  console.log(`Wrote ${files.map(([target]) => relative(repoRoot, target)).join(", ")} from ${values.spec ? source : `${source} and spec/asyncapi.yaml`}.`);
}
