// The sandbox the stream latency check watches, in a process of its own
// (forked by lib/stream-latency-child.mjs): one HMAC account per consumer,
// and over IPC the two steps of a sample. `place` opens a SELL OCO on
// BTCUSDT (limit maker 61000 above the last price 60000, stop 59000 below);
// `fill` reads the monotonic clock, moves the price to 61000 through the JS
// API (the limit maker fills, its partner expires, the list is done: the
// sandbox sends the events from inside that call) and answers the clock
// reading from just before the move; then it moves the price back. Linux's
// monotonic clock (process.hrtime) is one clock for every process on the
// machine, so the consumer's reading of when an event reached its loop
// minus this one is the latency of the change.
import { startSandbox } from "@sapi-kit/sandbox";
import { serveOperations } from "./child-rpc.mjs";

const SYMBOL = "BTCUSDT";
const sandbox = await startSandbox({ host: "127.0.0.1", rateLimit: { uidWeightPerMinute: 1_000_000_000 }, requestLogLimit: 0 });
const count = Number(process.argv[2] ?? "1");
const accounts = [];
for (let index = 0; index < count; index++) accounts.push(await sandbox.createAccount({ type: "hmac" }));

const operations = {
  place({ apiKey }) {
    return sandbox.createOcoList(apiKey, { symbol: SYMBOL, price: "61000", stopPrice: "59000", stopLimitPrice: "58900", quantity: "0.01" }).orderListId;
  },
  fill() {
    const before = process.hrtime.bigint();
    const changed = sandbox.setPrice(SYMBOL, "61000");
    sandbox.setPrice(SYMBOL, "60000");
    if (changed.length !== 1) throw new Error(`the price move changed ${changed.length} lists, expected 1`);
    return String(before);
  },
  async close() {
    await sandbox.close();
  },
};

serveOperations(operations, { baseUrl: sandbox.url, streamUrl: sandbox.streamUrl, accounts: accounts.map(({ apiKey, apiSecret }) => ({ apiKey, apiSecret })) });
