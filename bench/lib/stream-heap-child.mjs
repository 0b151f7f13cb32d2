// One stream heap check, run by lib/stream-heap.mjs in a fresh
// `node --expose-gc` process: one consumer subscribes to the event source,
// takes events in batches (at most 10,000 frames a write) in its for-await
// loop, and at each checkpoint (e.g. 1,000, 10,000 and 100,000 events)
// collects garbage twice and reads `heapUsed`. Prints the readings as JSON.
import { blast, closeBlastAgent } from "./blast.mjs";
import { startEventLoopConsumer } from "./event-loop-consumer.mjs";
import { allowLoopbackOnly } from "./loopback-guard.mjs";
import { streamContenderById } from "./stream-contenders.mjs";

allowLoopbackOnly();
if (typeof globalThis.gc !== "function") throw new Error("stream-heap-child.mjs needs node --expose-gc");
const { baseUrl, streamUrl, contender: id, checkpoints } = JSON.parse(process.env.BENCH_STREAM_INPUT ?? "{}");
const BATCH = 10_000;

function settledHeap() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

const apiKey = `bench-heap-${id}`;
const opened = await streamContenderById(id).open({ baseUrl, streamUrl, apiKey, apiSecret: "bench-secret", WebSocket: globalThis.WebSocket });
// The loop runs from the start: it is what sees the stream's "subscribed" message.
const consumer = startEventLoopConsumer(opened);
await opened.subscribed;
const readings = [];
for (const checkpoint of checkpoints) {
  while (consumer.received < checkpoint) {
    const count = Math.min(BATCH, checkpoint - consumer.received);
    await consumer.take(count, () => blast(baseUrl, apiKey, count));
  }
  readings.push({ calls: consumer.received, heapUsedBytes: settledHeap() });
}
await consumer.close();
closeBlastAgent();
process.stdout.write(JSON.stringify({ readings }));
process.exit(0);
