// Per-event cost, run by lib/stream-per-event.mjs in a child process with
// the platform WebSocket: the floor and @sapi-kit/stream subscribe to the
// same event source, then take turns (order rotated every round) asking it
// for `eventsPerRound` frames, sent in one write as fast as the socket takes
// them. A round's cost per event is the time from its first event to its
// last in the caller's loop, divided by the gaps between them: the
// consumer, not the sender, sets that pace. Input: JSON in BENCH_STREAM_INPUT;
// output: JSON on stdout.

import { blast, closeBlastAgent } from "./blast.mjs";
import { startEventLoopConsumer } from "./event-loop-consumer.mjs";
import { allowLoopbackOnly } from "./loopback-guard.mjs";
import { streamContenderById } from "./stream-contenders.mjs";

allowLoopbackOnly();
const input = JSON.parse(process.env.BENCH_STREAM_INPUT ?? "{}");
const { baseUrl, streamUrl, rounds, eventsPerRound, warmupEvents, contenders: ids } = input;
if (typeof globalThis.WebSocket !== "function") throw new Error("no platform WebSocket in this runtime (Node 20: --experimental-websocket)");

const consumers = [];
for (const id of ids) {
  const contender = streamContenderById(id);
  // One API key per consumer: the event source sends each one's frames to its own connection.
  const apiKey = `bench-${id}`;
  const opened = await contender.open({ baseUrl, streamUrl, apiKey, apiSecret: "bench-secret", WebSocket: globalThis.WebSocket });
  // The loop runs from the start: it is what sees the stream's "subscribed" message.
  const consumer = startEventLoopConsumer(opened);
  await opened.subscribed;
  consumers.push({ id, apiKey, consumer, perEventUs: [] });
}
const round = (entry, count) => entry.consumer.take(count, () => blast(baseUrl, entry.apiKey, count));
for (const entry of consumers) await round(entry, warmupEvents);
for (let index = 0; index < rounds; index++) {
  for (let turn = 0; turn < consumers.length; turn++) {
    const entry = consumers[(index + turn) % consumers.length];
    const { firstAt, lastAt } = await round(entry, eventsPerRound);
    entry.perEventUs.push(((lastAt - firstAt) * 1000) / (eventsPerRound - 1));
  }
}
const received = Object.fromEntries(consumers.map((entry) => [entry.id, entry.consumer.received]));
for (const entry of consumers) await entry.consumer.close();
closeBlastAgent();
process.stdout.write(
  JSON.stringify({
    runtime: `node ${process.version}`,
    webSocket: process.execArgv.includes("--experimental-websocket") ? "platform WebSocket (--experimental-websocket)" : "platform WebSocket",
    received,
    rows: consumers.map((entry) => ({ id: entry.id, perEventUs: entry.perEventUs })),
  }),
);
process.exit(0);
