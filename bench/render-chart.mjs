#!/usr/bin/env node
// Redraws bench/chart.en.svg and bench/chart.zh-CN.svg from
// bench/results.json without re-running the benchmark (`npm run bench` does
// both). `node render-chart.mjs path/to/results.json` draws next to that file.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCharts } from "./lib/chart-files.mjs";

const resultsFile = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "results.json"));
const results = JSON.parse(readFileSync(resultsFile, "utf8"));
for (const file of writeCharts(results, dirname(resultsFile))) console.log(`written to ${file}`);
