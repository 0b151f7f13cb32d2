// Latency from a sandbox state change to the caller's loop
// (lib/stream-latency-child.mjs), per consumer: median and 95th percentile
// of the fill's executionReport and of the list's ALL_DONE, in ms.
import { fileURLToPath } from "node:url";
import { runJsonChild } from "./json-child.mjs";
import { platformWebSocketFlags } from "./platform-websocket.mjs";
import { median, percentile } from "./stats.mjs";

const CHILD = fileURLToPath(new URL("./stream-latency-child.mjs", import.meta.url));

/** @param {{ contenders: { id: string, label: string, floor?: boolean }[], samples: number, warmupSamples: number, cwd: string }} options */
export async function measureStreamLatency({ contenders, samples, warmupSamples, cwd }) {
  const result = await runJsonChild({
    command: process.execPath,
    args: [...platformWebSocketFlags(), CHILD],
    cwd,
    env: { ...process.env, BENCH_STREAM_INPUT: JSON.stringify({ samples, warmupSamples, contenders: contenders.map((contender) => contender.id) }) },
    what: "the stream bench's latency child",
  });
  return contenders.map((contender) => {
    const { fillMs, doneMs } = result.rows.find((row) => row.id === contender.id);
    if (fillMs.length !== samples || doneMs.length !== samples) throw new Error(`${contender.id}: ${fillMs.length} latency samples, expected ${samples}`);
    return {
      id: contender.id,
      label: contender.label,
      ...(contender.floor ? { floor: true } : {}),
      samples,
      fill: { medianMs: median(fillMs), p95Ms: percentile(fillMs, 0.95) },
      allDone: { medianMs: median(doneMs), p95Ms: percentile(doneMs, 0.95) },
    };
  });
}
