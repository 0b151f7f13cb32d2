// Per-event cost of each stream consumer, measured in one child process
// (lib/stream-per-event-child.mjs) against the event source, and each
// round's cost divided by the floor's from the same round (paired ratio).
import { fileURLToPath } from "node:url";
import { runJsonChild } from "./json-child.mjs";
import { platformWebSocketFlags } from "./platform-websocket.mjs";
import { median, pairedMedianRatio } from "./stats.mjs";

const CHILD = fileURLToPath(new URL("./stream-per-event-child.mjs", import.meta.url));

/**
 * @param {{ source: { baseUrl: string, streamUrl: string }, contenders: { id: string, label: string, floor?: boolean }[], rounds: number, eventsPerRound: number, warmupEvents: number, cwd: string }} options
 */
export async function measurePerEvent({ source, contenders, rounds, eventsPerRound, warmupEvents, cwd }) {
  const result = await runJsonChild({
    command: process.execPath,
    args: [...platformWebSocketFlags(), CHILD],
    cwd,
    env: {
      ...process.env,
      BENCH_STREAM_INPUT: JSON.stringify({ ...source, rounds, eventsPerRound, warmupEvents, contenders: contenders.map((contender) => contender.id) }),
    },
    what: "the stream bench's per-event child",
  });
  const expected = warmupEvents + rounds * eventsPerRound;
  for (const contender of contenders) {
    if (result.received[contender.id] !== expected) {
      throw new Error(`${contender.id}: received ${result.received[contender.id]} events, expected ${expected}`);
    }
  }
  const floorId = contenders.find((contender) => contender.floor)?.id;
  const floor = result.rows.find((row) => row.id === floorId).perEventUs;
  return {
    runtime: result.runtime,
    webSocket: result.webSocket,
    eventsPerContender: expected,
    rows: contenders.map((contender) => {
      const { perEventUs } = result.rows.find((row) => row.id === contender.id);
      return {
        id: contender.id,
        label: contender.label,
        ...(contender.floor ? { floor: true } : {}),
        medianUs: median(perEventUs),
        ratio: pairedMedianRatio(perEventUs, floor),
        ratioOfMedians: median(perEventUs) / median(floor),
        perEventUs,
      };
    }),
  };
}
