// One heap check, run by heap-check.mjs in a fresh `node --expose-gc`
// process: create the contender's client, send signed cancels in batches of
// 64 to the replay server the parent runs, and after the first and the last
// checkpoint (e.g. 1,000 and 100,000 calls) collect garbage and read
// `heapUsed`. Prints the readings as JSON.
import { contenderById } from "../contenders/index.mjs";
import { allowLoopbackOnly } from "./loopback-guard.mjs";

allowLoopbackOnly();
const env = process.env;
if (typeof globalThis.gc !== "function") throw new Error("heap-child.mjs needs node --expose-gc");
const contender = contenderById(env.BENCH_CONTENDER ?? "");
const checkpoints = (env.BENCH_HEAP_CHECKPOINTS ?? "").split(",").map(Number);
const BATCH = 64;

/** Two full collections: the second frees what the first one's finalizers released. */
function settledHeap() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

const cancel = await contender.create({ baseUrl: env.BENCH_BASE_URL, apiKey: env.BENCH_API_KEY, apiSecret: env.BENCH_API_SECRET });
const readings = [];
let sent = 0;
let orderListId = 1;
for (const checkpoint of checkpoints) {
  while (sent < checkpoint) {
    const size = Math.min(BATCH, checkpoint - sent);
    const batch = new Array(size);
    for (let index = 0; index < size; index++) batch[index] = cancel({ symbol: "LTCBTC", orderListId: orderListId++ });
    await Promise.all(batch);
    sent += size;
  }
  readings.push({ calls: sent, heapUsedBytes: settledHeap() });
}
process.stdout.write(JSON.stringify({ readings }));
process.exit(0);
