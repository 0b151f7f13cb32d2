// The heap check: heap after the first checkpoint's calls against the heap
// after the last (1,000 and 100,000 in a full run), for sapi-kit and for the
// floor, each in a fresh `node --expose-gc` process (lib/heap-child.mjs)
// calling the replay server (lib/replay-server.mjs) that this process runs.
import { fileURLToPath } from "node:url";
import { heapVerdict } from "./heap-verdict.mjs";
import { runJsonChild } from "./json-child.mjs";
import { recordCancelAnswer, startReplayServer } from "./replay-server.mjs";

const CHILD = fileURLToPath(new URL("./heap-child.mjs", import.meta.url));

/**
 * @param {{ contenders: { id: string, label: string }[], target: object, checkpoints: number[], cwd: string, log?: (message: string) => void }} options
 */
export async function measureHeap({ contenders, target, checkpoints, cwd, log }) {
  const answer = await recordCancelAnswer(target);
  const replay = await startReplayServer({ ...target.credentials, answer });
  const calls = checkpoints.at(-1);
  try {
    const rows = [];
    for (const contender of contenders) {
      const { readings } = await runJsonChild({
        command: process.execPath,
        args: ["--expose-gc", CHILD],
        cwd,
        env: {
          ...process.env,
          BENCH_CONTENDER: contender.id,
          BENCH_BASE_URL: replay.baseUrl,
          BENCH_API_KEY: target.credentials.apiKey,
          BENCH_API_SECRET: target.credentials.apiSecret,
          BENCH_HEAP_CHECKPOINTS: checkpoints.join(","),
        },
        what: `heap check of ${contender.id}`,
      });
      const counts = replay.takeCounts();
      if (counts.verified !== calls || counts.refused !== 0) {
        throw new Error(`heap check of ${contender.id}: expected ${calls} verified cancels, saw ${counts.verified} (${counts.refused} refused)`);
      }
      rows.push({ id: contender.id, label: contender.label, readings });
      log?.(`  ${contender.id}: ${readings.map((reading) => `${reading.calls} calls ${(reading.heapUsedBytes / 1e6).toFixed(2)} MB`).join(", ")}`);
    }
    return rows.map((row) => ({ ...row, verdict: heapVerdict(row.readings) }));
  } finally {
    await replay.close();
  }
}
