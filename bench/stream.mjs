#!/usr/bin/env node
// `node stream.mjs` (from bench/, after `npm run build`): the user data
// stream client against the floor, raw platform WebSocket + JSON.parse
// (issue 20, "Measured, in the bench"), all in one run on loopback:
//
// - per-event cost: both consumers subscribe to one event source (a process
//   of its own that writes pre-built Binance-shaped frames as fast as the
//   socket takes them) and take turns, paired and interleaved rounds; the
//   ratio is the median of the per-round ratios to the floor (target <= 1.20x);
// - latency from a sandbox state change (a price move that fills an OCO
//   leg) to the caller's `for await` loop, median and 95th percentile
//   (target <= 2 ms median);
// - memory: heap after 100,000 events against after 1,000 (flat, or explained).
//
// A benchmark, never a test: it prints a table and where each number stands,
// and asserts nothing about time. `--quick`: a smoke run; `--json`: the
// results as JSON on stdout (the table then goes to stderr). Configuration
// for the harness's own test: BENCH_STREAM_CONFIG (JSON, overrides).
import os from "node:os";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { startEventSourceProcess } from "./lib/event-source-target.mjs";
import { allowLoopbackOnly } from "./lib/loopback-guard.mjs";
import { round } from "./lib/stats.mjs";
import { streamContenders } from "./lib/stream-contenders.mjs";
import { measureStreamHeap } from "./lib/stream-heap.mjs";
import { measureStreamLatency } from "./lib/stream-latency.mjs";
import { measurePerEvent } from "./lib/stream-per-event.mjs";
import { formatStreamTable } from "./lib/stream-table.mjs";
import { timedSteps } from "./lib/timed-steps.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");
const asJson = process.argv.includes("--json");

export const TARGETS = { perEventRatioMax: 1.2, latencyMedianMsMax: 2 };

// Many short rounds (about 50 ms each) rather than a few long ones: on a shared
// machine a round's neighbour a moment later can run much slower, and pairing
// only cancels drift between rounds that are close in time.
const config = {
  ...(quick
    ? { rounds: 6, eventsPerRound: 5_000, warmupEvents: 5_000, latencySamples: 40, latencyWarmupSamples: 5, heapCheckpoints: [1_000, 10_000, 30_000] }
    : { rounds: 60, eventsPerRound: 5_000, warmupEvents: 30_000, latencySamples: 300, latencyWarmupSamples: 30, heapCheckpoints: [1_000, 10_000, 100_000] }),
  ...JSON.parse(process.env.BENCH_STREAM_CONFIG ?? "{}"),
};
// Which consumers to run: both by default; the harness's test may name fewer.
const contenders = config.contenders ? streamContenders.filter((contender) => config.contenders.includes(contender.id)) : streamContenders;

const log = (message) => process.stderr.write(`${message}\n`);
allowLoopbackOnly();
const loadAtStart = os.loadavg().map((load) => round(load, 2));
const { durations, step } = timedSteps(log);

const source = await startEventSourceProcess();
let perEvent;
let heap;
try {
  perEvent = await step("perEvent", `per-event cost: ${config.rounds} rounds of ${config.eventsPerRound} events per consumer…`, () =>
    measurePerEvent({ source, contenders, rounds: config.rounds, eventsPerRound: config.eventsPerRound, warmupEvents: config.warmupEvents, cwd: benchDir }),
  );
  heap = await step("heap", `heap after ${config.heapCheckpoints.map((events) => events.toLocaleString("en-US")).join(" / ")} events (forced GC)…`, () =>
    measureStreamHeap({ source, contenders, checkpoints: config.heapCheckpoints, cwd: benchDir }),
  );
} finally {
  await source.close();
}
const latency = await step("latency", `latency from a price move to the loop: ${config.latencySamples} samples per consumer…`, () =>
  measureStreamLatency({ contenders, samples: config.latencySamples, warmupSamples: config.latencyWarmupSamples, cwd: benchDir }),
);

const ours = (rows) => rows.find((row) => row.id === "sapi-kit-stream");
const verdicts = ours(perEvent.rows)
  ? [
      {
        what: "@sapi-kit/stream per event vs the floor",
        measured: `${round(ours(perEvent.rows).ratio, 2)}x`,
        target: `<= ${TARGETS.perEventRatioMax}x`,
        met: ours(perEvent.rows).ratio <= TARGETS.perEventRatioMax,
      },
      {
        what: "@sapi-kit/stream latency, price move to loop (fill's executionReport), median",
        measured: `${round(ours(latency).fill.medianMs, 2)} ms`,
        target: `<= ${TARGETS.latencyMedianMsMax} ms`,
        met: ours(latency).fill.medianMs <= TARGETS.latencyMedianMsMax,
      },
      {
        what: `@sapi-kit/stream heap, ${ours(heap).verdict.fromCalls} -> ${ours(heap).verdict.toCalls} events`,
        measured: `${round(ours(heap).verdict.growthBytes / 1e6, 2)} MB, ${ours(heap).verdict.verdict}`,
        target: "flat, or settles (nothing kept per event)",
        met: ours(heap).verdict.verdict !== "grows",
      },
    ]
  : [];

const results = {
  generatedAt: new Date().toISOString(),
  environment: {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    loadAverage: { atStart: loadAtStart, atEnd: os.loadavg().map((load) => round(load, 2)) },
  },
  quick,
  config,
  durationsS: durations,
  targets: TARGETS,
  perEvent,
  latency,
  heap,
  verdicts,
};
const table = formatStreamTable(results);
if (asJson) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
  log(table);
} else process.stdout.write(`${table}\n`);
