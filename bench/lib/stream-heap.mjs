// The stream heap check: heap after the first checkpoint's events against
// after the last (1,000 and 100,000 in a full run), for the floor and
// @sapi-kit/stream, each in a fresh `node --expose-gc` process
// (lib/stream-heap-child.mjs) fed by the event source. The verdict is the
// per-call heap check's (lib/heap-verdict.mjs), read per event.
import { fileURLToPath } from "node:url";
import { heapVerdict } from "./heap-verdict.mjs";
import { runJsonChild } from "./json-child.mjs";
import { platformWebSocketFlags } from "./platform-websocket.mjs";

const CHILD = fileURLToPath(new URL("./stream-heap-child.mjs", import.meta.url));

/** @param {{ source: { baseUrl: string, streamUrl: string }, contenders: { id: string, label: string, floor?: boolean }[], checkpoints: number[], cwd: string }} options */
export async function measureStreamHeap({ source, contenders, checkpoints, cwd }) {
  const rows = [];
  for (const contender of contenders) {
    const { readings } = await runJsonChild({
      command: process.execPath,
      args: ["--expose-gc", ...platformWebSocketFlags(), CHILD],
      cwd,
      env: { ...process.env, BENCH_STREAM_INPUT: JSON.stringify({ ...source, contender: contender.id, checkpoints }) },
      what: `stream heap check of ${contender.id}`,
    });
    if (readings.at(-1)?.calls !== checkpoints.at(-1)) throw new Error(`stream heap check of ${contender.id}: ended after ${readings.at(-1)?.calls} events`);
    rows.push({ id: contender.id, label: contender.label, ...(contender.floor ? { floor: true } : {}), readings: readings.map((reading) => ({ events: reading.calls, heapUsedBytes: reading.heapUsedBytes })), verdict: heapVerdict(readings) });
  }
  return rows;
}
