#!/usr/bin/env node
// `npm run bench`: sapi-kit against the floor (raw node:http + node:crypto
// HMAC), a second reference (raw fetch + node:crypto HMAC) and the peer SDKs
// on Node; sapi-kit against raw fetch + the fastest HMAC on Bun and Deno; the
// heap after 100,000 calls against after 1,000. Measured in one run on
// loopback, written to bench/results.json, printed as a table and drawn as
// bench/chart.*.svg. Timings live here, never in tests (bench/test/ only
// enforces the size budget and checks the pure pieces).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { contenders, floorContender } from "./contenders/index.mjs";
import { bundleSizePreferBrowser } from "./lib/bundle-size.mjs";
import { writeCharts } from "./lib/chart-files.mjs";
import { measureColdStart } from "./lib/cold-start.mjs";
import { measureHeap } from "./lib/heap-check.mjs";
import { FLAT_LIMIT_BYTES } from "./lib/heap-verdict.mjs";
import { allowLoopbackOnly } from "./lib/loopback-guard.mjs";
import { measurePerCallInProcesses } from "./lib/per-call-processes.mjs";
import { formatTable } from "./lib/report-table.mjs";
import { measureRuntimes } from "./lib/runtime-ratios.mjs";
import { startBenchSandbox } from "./lib/sandbox-target.mjs";
import { round } from "./lib/stats.mjs";
import { timedSteps } from "./lib/timed-steps.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");

// Many short rounds rather than a few long ones: contenders alternate every
// few milliseconds. Bun and Deno get a smaller run (two contenders each); the
// heap check sends its calls in batches of 64 to a cheap replay server.
const config = quick
  ? {
      rounds: 4,
      sequentialCalls: 20,
      concurrentBatches: 1,
      warmupCalls: 50,
      coldStartSamples: 2,
      runtimes: { rounds: 3, sequentialCalls: 10, concurrentBatches: 1, warmupCalls: 20 },
      heapCheckpoints: [1_000, 2_000, 5_000],
    }
  : {
      // 60, not 30: the median of twice as many per-round ratios moves about 30 % less between runs.
      rounds: 60,
      sequentialCalls: 25,
      concurrentBatches: 3,
      warmupCalls: 500,
      coldStartSamples: 7,
      runtimes: { rounds: 16, sequentialCalls: 20, concurrentBatches: 2, warmupCalls: 300 },
      heapCheckpoints: [1_000, 10_000, 100_000],
    };

// From issues 12 and 18. The size budget is also a test (test/size.test.ts).
const { rounds, sequentialCalls, concurrentBatches, warmupCalls } = config;
const perCallConfig = { rounds, sequentialCalls, concurrentBatches, warmupCalls };

const TARGETS = { perCallRatioMax: 1.1, coldStartOverFloorMsMax: 10, gzipBytesMax: 6000 };

const log = (message) => process.stderr.write(`${message}\n`);

allowLoopbackOnly();
const loadAtStart = os.loadavg().map((load) => round(load, 2));

const { durations, step } = timedSteps(log);

const scratch = join(benchDir, ".tmp");
mkdirSync(scratch, { recursive: true });
const target = await startBenchSandbox();
let perCall;
let coldStart;
let runtimes;
let heap;
try {
  perCall = await step("perCall", "per-call cost against the loopback sandbox, each contender in a process of its own beside the floor…", () =>
    measurePerCallInProcesses({ contenders, target, config: perCallConfig, cwd: benchDir, log }),
  );
  coldStart = await step("coldStart", "cold start: import + first signed call, fresh processes…", () =>
    measureColdStart({ contenders, target, samples: config.coldStartSamples, cwd: benchDir, log }),
  );
  runtimes = await step("runtimes", "Bun and Deno: sapi-kit against raw fetch + the fastest HMAC…", () =>
    measureRuntimes({ target, config: config.runtimes, cwd: benchDir, scratch: join(scratch, "deno-dir"), log }),
  );
  const heapContenders = [floorContender, contenders.find((contender) => contender.id === "sapi-kit")];
  heap = await step("heap", `heap after ${config.heapCheckpoints.map((calls) => calls.toLocaleString("en-US")).join(" / ")} calls (forced GC)…`, () =>
    measureHeap({ contenders: heapContenders, target, checkpoints: config.heapCheckpoints, cwd: benchDir, log }),
  );
} finally {
  await target.close();
}

log("bundled min+gzip size…");
const sizeStarted = performance.now();
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

durations.size = round((performance.now() - sizeStarted) / 1000, 1);

const floorColdStart = coldStart.find((row) => row.id === floorContender.id);
const roundedTiming = (timing) => ({
  ...timing,
  medianUs: round(timing.medianUs, 1),
  ratio: round(timing.ratio, 3),
  ratioOfMedians: round(timing.ratioOfMedians, 3),
});

/** One runtime's result as recorded: its floor's times and sapi-kit's ratios to it. */
function roundRuntime(runtime) {
  const row = (entry) => ({ label: entry.label, sequential: roundedTiming(entry.sequential), concurrent: roundedTiming(entry.concurrent) });
  return {
    id: runtime.id,
    label: runtime.label,
    version: runtime.version,
    hmac: { chosen: runtime.hmac.chosen, usPerSign: Object.fromEntries(runtime.hmac.timings.map((timing) => [timing.id, round(timing.usPerSign, 2)])) },
    floor: row(runtime.floor),
    sapiKit: row(runtime.sapiKit),
  };
}

const rows = perCall.map((row) => {
  const cold = coldStart.find((result) => result.id === row.id);
  return {
    id: row.id,
    label: row.label,
    ...(row.id === floorContender.id ? { floor: true } : {}),
    ...(contenders.find((contender) => contender.id === row.id)?.reference ? { reference: true } : {}),
    sequential: roundedTiming(row.sequential),
    concurrent: roundedTiming(row.concurrent),
    // The floor as measured in this row's own process (per-call-processes.mjs).
    ...(row.floor ? { floorBeside: { sequentialUs: round(row.floor.sequential.medianUs, 1), concurrentUs: round(row.floor.concurrent.medianUs, 1) } } : {}),
    coldStart: {
      ms: round(cold.coldStartMs, 1),
      overFloorMs: round(cold.coldStartMs - floorColdStart.coldStartMs, 1),
      importMs: round(cold.importMs, 1),
    },
    ...bundles.get(row.id),
  };
});

const ours = rows.find((row) => row.id === "sapi-kit");
const ourHeap = heap.find((row) => row.id === "sapi-kit");
const floorHeap = heap.find((row) => row.id === floorContender.id);
const heapShown = (row) => `${row.verdict.growthBytes >= 0 ? "+" : ""}${round(row.verdict.growthBytes / 1e6, 2)} MB, ${row.verdict.verdict}`;
const verdicts = [
  { what: "sapi-kit sequential per-call vs the floor", measured: `${ours.sequential.ratio}x`, target: `<= ${TARGETS.perCallRatioMax}x`, met: ours.sequential.ratio <= TARGETS.perCallRatioMax },
  { what: "sapi-kit 64-way per-call vs the floor", measured: `${ours.concurrent.ratio}x`, target: `<= ${TARGETS.perCallRatioMax}x`, met: ours.concurrent.ratio <= TARGETS.perCallRatioMax },
  { what: "sapi-kit cold start over the floor's", measured: `${ours.coldStart.overFloorMs >= 0 ? "+" : ""}${ours.coldStart.overFloorMs} ms`, target: `<= +${TARGETS.coldStartOverFloorMsMax} ms`, met: ours.coldStart.overFloorMs <= TARGETS.coldStartOverFloorMsMax },
  { what: "sapi-kit client+signer min+gzip", measured: `${ours.bundle.gzipBytes} B`, target: `<= ${TARGETS.gzipBytesMax} B`, met: ours.bundle.gzipBytes <= TARGETS.gzipBytesMax },
  {
    what: `sapi-kit heap, ${ourHeap.verdict.fromCalls} -> ${ourHeap.verdict.toCalls} calls`,
    measured: `${heapShown(ourHeap)} (floor: ${heapShown(floorHeap)})`,
    target: "flat, or settles (no growth per call)",
    met: ourHeap.verdict.verdict !== "grows",
  },
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
  durationsS: { ...durations, total: round(performance.now() / 1000, 1) },
  floor: { id: floorContender.id, label: floorContender.label },
  targets: TARGETS,
  contenders: rows,
  runtimes: runtimes.map(roundRuntime),
  heap: {
    flatLimitBytes: FLAT_LIMIT_BYTES,
    rows: heap.map((row) => ({ ...row, verdict: { ...row.verdict, bytesPerCall: round(row.verdict.bytesPerCall, 2) } })),
  },
  verdicts,
};

// A smoke run never replaces the published results and charts.
const outDir = quick ? scratch : benchDir;
writeFileSync(join(outDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(formatTable(results));
log(`\nwritten to ${join(outDir, "results.json")}`);
for (const file of writeCharts(results, outDir)) log(`written to ${file}`);
