// Latency from a sandbox state change to the caller's `for await` loop, run
// by lib/stream-latency.mjs in a child process with the platform WebSocket.
// It forks the sandbox (lib/stream-sandbox-process.mjs), subscribes each
// consumer (the floor and @sapi-kit/stream, one account each) and takes
// samples in turn: open an OCO for that consumer's account, wait until its
// loop has the placement's events, fill it with a price move, and read the
// monotonic clock in the loop when the fill's executionReport (TRADE) and
// the list's ALL_DONE arrive. Input: JSON in BENCH_STREAM_INPUT; output:
// JSON on stdout.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { operationsOf } from "./child-rpc.mjs";
import { allowLoopbackOnly } from "./loopback-guard.mjs";
import { streamContenderById } from "./stream-contenders.mjs";

allowLoopbackOnly();
const { samples, warmupSamples, contenders: ids } = JSON.parse(process.env.BENCH_STREAM_INPUT ?? "{}");
if (typeof globalThis.WebSocket !== "function") throw new Error("no platform WebSocket in this runtime (Node 20: --experimental-websocket)");

const child = fork(fileURLToPath(new URL("./stream-sandbox-process.mjs", import.meta.url)), [String(ids.length)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
const { ready, ask } = operationsOf(child, "the stream sandbox");
const { baseUrl, streamUrl, accounts } = await ready;

/** The consumer's loop: when each list's events reached it, by orderListId. */
function watch(opened) {
  const seen = new Map();
  const waiters = new Map();
  let failure;
  const key = (orderListId, what) => `${orderListId}:${what}`;
  const mark = (orderListId, what) => {
    const at = process.hrtime.bigint();
    seen.set(key(orderListId, what), at);
    waiters.get(key(orderListId, what))?.resolve();
  };
  const loop = (async () => {
    for await (const message of opened.iterable) {
      const event = opened.eventOf(message);
      if (event === undefined) continue;
      if (event.e === "executionReport" && event.x === "TRADE") mark(event.g, "TRADE");
      else if (event.e === "listStatus") mark(event.g, event.l);
    }
  })().catch((error) => {
    failure = error;
    for (const waiter of waiters.values()) waiter.reject(error);
  });
  return {
    /** Resolves with the monotonic time (ns) at which that event reached the loop. */
    async when(orderListId, what) {
      if (!seen.has(key(orderListId, what))) {
        await new Promise((resolve, reject) => {
          if (failure) reject(failure);
          waiters.set(key(orderListId, what), { resolve, reject });
        });
        waiters.delete(key(orderListId, what));
      }
      return seen.get(key(orderListId, what));
    },
    async close() {
      await opened.close();
      await loop;
      if (failure) throw failure;
    },
  };
}

const consumers = [];
for (const [index, id] of ids.entries()) {
  const { apiKey, apiSecret } = accounts[index];
  const opened = await streamContenderById(id).open({ baseUrl, streamUrl, apiKey, apiSecret, WebSocket: globalThis.WebSocket });
  // The loop runs from the start: it is what sees the stream's "subscribed" message.
  const watcher = watch(opened);
  await opened.subscribed;
  consumers.push({ id, apiKey, watcher, fillMs: [], doneMs: [] });
}

async function sample(entry, record) {
  const orderListId = await ask("place", { apiKey: entry.apiKey });
  await entry.watcher.when(orderListId, "EXEC_STARTED");
  const before = BigInt(await ask("fill"));
  const filled = await entry.watcher.when(orderListId, "TRADE");
  const done = await entry.watcher.when(orderListId, "ALL_DONE");
  if (record) {
    entry.fillMs.push(Number(filled - before) / 1e6);
    entry.doneMs.push(Number(done - before) / 1e6);
  }
}
for (let index = 0; index < warmupSamples; index++) for (const entry of consumers) await sample(entry, false);
for (let index = 0; index < samples; index++) {
  for (let turn = 0; turn < consumers.length; turn++) await sample(consumers[(index + turn) % consumers.length], true);
}
for (const entry of consumers) await entry.watcher.close();
await ask("close");
child.disconnect();
process.stdout.write(JSON.stringify({ rows: consumers.map(({ id, fillMs, doneMs }) => ({ id, fillMs, doneMs })) }));
process.exit(0);
