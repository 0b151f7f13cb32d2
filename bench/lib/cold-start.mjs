// Cold start: import + first signed call, in a fresh `node` process per
// sample (lib/cold-start-child.mjs), against the bench's sandbox process.
// Samples are interleaved across contenders, order rotated, after one
// throwaway pass that warms the OS file cache for every contender.
import { fileURLToPath } from "node:url";
import { runJsonChild } from "./json-child.mjs";
import { median } from "./stats.mjs";

const CHILD = fileURLToPath(new URL("./cold-start-child.mjs", import.meta.url));

async function runChild({ contender, target, cwd }) {
  const [order] = await target.seed(1);
  const timing = await runJsonChild({
    command: process.execPath,
    args: [CHILD],
    cwd,
    env: {
      ...process.env,
      BENCH_CONTENDER: contender.id,
      BENCH_BASE_URL: target.baseUrl,
      BENCH_API_KEY: target.credentials.apiKey,
      BENCH_API_SECRET: target.credentials.apiSecret,
      BENCH_SYMBOL: order.symbol,
      BENCH_ORDER_LIST_ID: String(order.orderListId),
    },
    what: `cold start of ${contender.id}`,
  });
  await target.expectOnlyCancels(1, `${contender.id} (cold start)`);
  return timing;
}

/**
 * @param {{ contenders: { id: string }[], target: object, samples: number, cwd: string, log?: (message: string) => void }} options
 * @returns {Promise<{ id: string, coldStartMs: number, importMs: number }[]>} medians per contender
 */
export async function measureColdStart({ contenders, target, samples, cwd, log }) {
  const timings = new Map(contenders.map((contender) => [contender.id, []]));
  for (const contender of contenders) await runChild({ contender, target, cwd });
  for (let sample = 0; sample < samples; sample++) {
    const order = contenders.map((_, index) => contenders[(index + sample) % contenders.length]);
    for (const contender of order) timings.get(contender.id).push(await runChild({ contender, target, cwd }));
    log?.(`  sample ${sample + 1}/${samples} done`);
  }
  return contenders.map((contender) => {
    const samplesOf = timings.get(contender.id);
    return {
      id: contender.id,
      coldStartMs: median(samplesOf.map((timing) => timing.coldStartMs)),
      importMs: median(samplesOf.map((timing) => timing.importMs)),
    };
  });
}
