// Cold start: import + first signed call, in a fresh `node` process per
// sample (lib/cold-start-child.mjs). The sandbox stays in this process, so
// children are awaited asynchronously: the event loop has to answer them.
// Samples are interleaved across contenders, order rotated, after one
// throwaway pass that warms the OS file cache for every contender.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median } from "./stats.mjs";

const CHILD = fileURLToPath(new URL("./cold-start-child.mjs", import.meta.url));

function runChild({ contender, target, cwd }) {
  const [order] = target.seed(1);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        BENCH_CONTENDER: contender.id,
        BENCH_BASE_URL: target.baseUrl,
        BENCH_API_KEY: target.credentials.apiKey,
        BENCH_API_SECRET: target.credentials.apiSecret,
        BENCH_SYMBOL: order.symbol,
        BENCH_ORDER_LIST_ID: String(order.orderListId),
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => {
      if (status !== 0) {
        reject(new Error(`cold start of ${contender.id} failed (exit ${status}): ${stderr.trim().split("\n").slice(0, 5).join("\n")}`));
        return;
      }
      try {
        target.expectOnlyCancels(1, `${contender.id} (cold start)`);
        resolve(JSON.parse(stdout));
      } catch (error) {
        reject(error);
      }
    });
  });
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
