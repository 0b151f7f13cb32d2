#!/usr/bin/env node
// `npm run bench`: sapi-kit against the floor (raw fetch + node:crypto HMAC)
// and the peer SDKs, measured in one run on loopback, written to
// bench/results.json, printed as a table and drawn as bench/chart.*.svg.
// Timings live here, never in tests (bench/test/ only enforces the size budget).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { contenders, floorContender } from "./contenders/index.mjs";
import { bundleSizePreferBrowser } from "./lib/bundle-size.mjs";
import { writeCharts } from "./lib/chart-files.mjs";
import { measureColdStart } from "./lib/cold-start.mjs";
import { allowLoopbackOnly } from "./lib/loopback-guard.mjs";
import { measurePerCall } from "./lib/per-call.mjs";
import { formatTable } from "./lib/report-table.mjs";
import { startBenchSandbox } from "./lib/sandbox-target.mjs";
import { round } from "./lib/stats.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");

// Sized to finish in about 35 s on an idle 2-core machine. Many short rounds rather
// than a few long ones: contenders alternate every few milliseconds.
const config = quick
  ? { rounds: 4, sequentialCalls: 20, concurrentBatches: 1, warmupCalls: 50, coldStartSamples: 2 }
  : { rounds: 30, sequentialCalls: 25, concurrentBatches: 3, warmupCalls: 500, coldStartSamples: 7 };

// From issue 12. The size budget is also a test (test/size.test.ts).
const TARGETS = { perCallRatioMax: 1.1, coldStartOverFloorMsMax: 10, gzipBytesMax: 6100 };

const log = (message) => process.stderr.write(`${message}\n`);

allowLoopbackOnly();
const loadAtStart = os.loadavg().map((load) => round(load, 2));

const target = await startBenchSandbox();
let perCall;
let coldStart;
try {
  log("per-call cost against the loopback sandbox…");
  perCall = await measurePerCall({ contenders, target, ...config, log });
  log("cold start: import + first signed call, fresh processes…");
  coldStart = await measureColdStart({ contenders, target, samples: config.coldStartSamples, cwd: benchDir, log });
} finally {
  await target.close();
}

log("bundled min+gzip size…");
const bundles = new Map();
const sizeOf = async (entry) => {
  const { code: _code, ...size } = await bundleSizePreferBrowser({ entry, resolveDir: benchDir });
  return size;
};
for (const contender of contenders.filter((candidate) => candidate.sizeEntry)) {
  bundles.set(contender.id, {
    bundle: await sizeOf(contender.sizeEntry),
    ...(contender.hmacOnlySizeEntry ? { bundleHmacOnly: await sizeOf(contender.hmacOnlySizeEntry) } : {}),
  });
}

const floorColdStart = coldStart.find((row) => row.id === floorContender.id);
const rows = perCall.map((row) => {
  const cold = coldStart.find((result) => result.id === row.id);
  return {
    id: row.id,
    label: row.label,
    ...(row.id === floorContender.id ? { floor: true } : {}),
    ...(contenders.find((contender) => contender.id === row.id)?.reference ? { reference: true } : {}),
    sequential: {
      ...row.sequential,
      medianUs: round(row.sequential.medianUs, 1),
      ratio: round(row.sequential.ratio, 3),
      ratioOfMedians: round(row.sequential.ratioOfMedians, 3),
    },
    concurrent: {
      ...row.concurrent,
      medianUs: round(row.concurrent.medianUs, 1),
      ratio: round(row.concurrent.ratio, 3),
      ratioOfMedians: round(row.concurrent.ratioOfMedians, 3),
    },
    coldStart: {
      ms: round(cold.coldStartMs, 1),
      overFloorMs: round(cold.coldStartMs - floorColdStart.coldStartMs, 1),
      importMs: round(cold.importMs, 1),
    },
    ...bundles.get(row.id),
  };
});

const ours = rows.find((row) => row.id === "sapi-kit");
const verdicts = [
  { what: "sapi-kit sequential per-call vs the floor", measured: `${ours.sequential.ratio}x`, target: `<= ${TARGETS.perCallRatioMax}x`, met: ours.sequential.ratio <= TARGETS.perCallRatioMax },
  { what: "sapi-kit 64-way per-call vs the floor", measured: `${ours.concurrent.ratio}x`, target: `<= ${TARGETS.perCallRatioMax}x`, met: ours.concurrent.ratio <= TARGETS.perCallRatioMax },
  { what: "sapi-kit cold start over the floor's", measured: `${ours.coldStart.overFloorMs >= 0 ? "+" : ""}${ours.coldStart.overFloorMs} ms`, target: `<= +${TARGETS.coldStartOverFloorMsMax} ms`, met: ours.coldStart.overFloorMs <= TARGETS.coldStartOverFloorMsMax },
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
  floor: { id: floorContender.id, label: floorContender.label },
  targets: TARGETS,
  contenders: rows,
  verdicts,
};

// A smoke run never replaces the published results and charts.
const outDir = quick ? join(benchDir, ".tmp") : benchDir;
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(formatTable(results));
log(`\nwritten to ${join(outDir, "results.json")}`);
for (const file of writeCharts(results, outDir)) log(`written to ${file}`);
