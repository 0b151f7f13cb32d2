#!/usr/bin/env node
// `npm run build` in spec/: lint spec/openapi.yaml with the strict config,
// then write spec/dist/openapi.en.yaml and spec/dist/openapi.zh-CN.yaml.
// Any lint problem, in the source or in a bundle, fails the build.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { formatProblems, getTotals } from "@redocly/openapi-core";
import { bundleLocale, LOCALES, lintSource, loadStrictConfig, REPO_ROOT, SOURCE_PATH } from "./locale-bundles.mjs";

function report(what, problems) {
  if (problems.length === 0) return false;
  console.error(`✗ ${what}: ${problems.length} problem(s)`);
  formatProblems(problems, { format: "stylish", totals: getTotals(problems), version: "sapi-kit" });
  return true;
}

const config = await loadStrictConfig();
if (report(relative(REPO_ROOT, SOURCE_PATH), await lintSource(SOURCE_PATH, config))) process.exit(1);

const bundles = await Promise.all(LOCALES.map((locale) => bundleLocale(locale, config)));
let failed = false;
for (const { locale, problems } of bundles) failed = report(`bundle ${locale}`, problems) || failed;
if (failed) process.exit(1);

for (const { outputPath, text } of bundles) {
  await mkdir(dirname(outputPath), { recursive: true });
  await writeFile(outputPath, text);
  console.log(`✓ ${relative(REPO_ROOT, outputPath)}`);
}
