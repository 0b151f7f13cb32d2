#!/usr/bin/env node
// `npm run bench`: sapi-kit against raw fetch and the peer SDKs, measured in
// one run on loopback, written to bench/results.json and printed as a table.
// Timings live here, never in tests (bench/test/ only enforces the size budget).
import { writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { contenders } from "./contenders/index.mjs";
import { bundleSizePreferBrowser } from "./lib/bundle-size.mjs";
import { measureColdImport } from "./lib/cold-import.mjs";
import { allowLoopbackOnly } from "./lib/loopback-guard.mjs";
import { measurePerCall } from "./lib/per-call.mjs";
import { formatTable } from "./lib/report-table.mjs";
import { startBenchSandbox } from "./lib/sandbox-target.mjs";
import { round } from "./lib/stats.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");

// Sized to finish in under 3 minutes on 2 cores. Many short rounds rather
// than a few long ones: contenders alternate every few milliseconds.
const config = quick
  ? { rounds: 4, sequentialCalls: 20, concurrentBatches: 1, warmupCalls: 50, importSamples: 3 }
  : { rounds: 24, sequentialCalls: 25, concurrentBatches: 1, warmupCalls: 200, importSamples: 7 };

const TARGETS = { perCallRatioMax: 1.1, importMsMax: 15, gzipBytesMax: 6144 };

const log = (message) => process.stderr.write(`${message}\n`);

allowLoopbackOnly();
const loadAtStart = os.loadavg().map((load) => round(load, 2));
const baseline = contenders.find((contender) => contender.baseline);

log("per-call cost against the loopback sandbox…");
const target = await startBenchSandbox();
let perCall;
try {
  perCall = await measurePerCall({ contenders, target, ...config, log });
} finally {
  await target.close();
}
const baselineRow = perCall.find((row) => row.id === baseline.id);
for (const row of perCall) {
  row.sequential.ratio = round(row.sequential.medianUs / baselineRow.sequential.medianUs, 3);
  row.concurrent.ratio = round(row.concurrent.medianUs / baselineRow.concurrent.medianUs, 3);
}

const packaged = contenders.filter((contender) => contender.packages);
log("cold import time (fresh processes)…");
const coldImport = measureColdImport({ subjects: packaged, samples: config.importSamples, cwd: benchDir });

log("bundled min+gzip size…");
const bundles = new Map();
for (const contender of packaged) {
  const { code: _code, ...size } = await bundleSizePreferBrowser({ entry: contender.sizeEntry, resolveDir: benchDir });
  bundles.set(contender.id, size);
}

const rows = perCall.map((row) => ({
  ...row,
  sequential: { ...row.sequential, medianUs: round(row.sequential.medianUs, 1) },
  concurrent: { ...row.concurrent, medianUs: round(row.concurrent.medianUs, 1) },
  ...(() => {
    const found = coldImport.results.find((result) => result.id === row.id);
    return found ? { importMs: round(found.importMs, 2), importWallMinusEmptyMs: round(found.wallMinusEmptyMs, 1) } : {};
  })(),
  bundle: bundles.get(row.id),
}));

const ours = rows.find((row) => row.id === "sapi-kit");
const verdicts = [
  { what: "sapi-kit sequential per-call vs raw", measured: `${ours.sequential.ratio}x`, target: `<= ${TARGETS.perCallRatioMax}x`, met: ours.sequential.ratio <= TARGETS.perCallRatioMax },
  { what: "sapi-kit 64-way per-call vs raw", measured: `${ours.concurrent.ratio}x`, target: `<= ${TARGETS.perCallRatioMax}x`, met: ours.concurrent.ratio <= TARGETS.perCallRatioMax },
  { what: "sapi-kit cold import", measured: `${ours.importMs} ms`, target: `<= ${TARGETS.importMsMax} ms`, met: ours.importMs <= TARGETS.importMsMax },
  { what: "sapi-kit client+signer min+gzip", measured: `${ours.bundle.gzipBytes} B`, target: `<= ${TARGETS.gzipBytesMax} B`, met: ours.bundle.gzipBytes <= TARGETS.gzipBytesMax },
];

const results = {
  generatedAt: new Date().toISOString(),
  environment: {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    // Ratios survive a busy machine better than absolute numbers; this says how busy it was.
    loadAverage: { atStart: loadAtStart, atEnd: os.loadavg().map((load) => round(load, 2)) },
  },
  quick,
  config,
  baseline: { id: baseline.id, label: baseline.label },
  targets: TARGETS,
  coldImport: { emptyProcessMs: round(coldImport.emptyProcessMs, 2), samples: coldImport.samples },
  contenders: rows,
  verdicts,
};

writeFileSync(join(benchDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(formatTable(results));
log(`\nwritten to ${join(benchDir, "results.json")}`);
