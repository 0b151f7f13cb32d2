#!/usr/bin/env node
// `node large-book.mjs` (from bench/, after `npm run build`): how fast the
// sandbox answers the order reads and a placement when its book is large
// (issue 19: "against 10,000 lists, openOrders, allOrders and myTrades answer
// in <= 20 ms and a placement in <= 5 ms"). Latency of one signed HTTP call on
// loopback (keep-alive, node:http, node:crypto HMAC), measured by the caller,
// median and 95th percentile over many calls. A benchmark, never a test:
// nothing here asserts a time; it prints the numbers and where they stand.
//
// The book: one account on BTCUSDT with 10,000 OCO lists (the worst case for a
// per-account index: everything is in the account the reads address).
// 5,000 filled through their limit leg by one price move (5,000 trades,
// 10,000 done orders), 4,900 cancelled with one cancel-all, 100 left open
// (200 open orders); plus 10,000 lists of other accounts and symbols. A second
// book, informational, has all 10,000 of the account's lists open. Each row
// also shows its transport floor: the same bytes from a bare node:http server.
import { createHmac } from "node:crypto";
import http from "node:http";
import { startSandbox } from "@sapi-kit/sandbox";
import { allowLoopbackOnly } from "./lib/loopback-guard.mjs";
import { round } from "./lib/stats.mjs";

const SYMBOL = "BTCUSDT";
const LISTS = 10_000;
const CALLS = 200;
const TARGETS_MS = { read: 20, placement: 5 };
const OCO = { price: "61000", stopPrice: "59000", stopLimitPrice: "58900", quantity: "0.01" };

allowLoopbackOnly();
const log = (message) => process.stderr.write(`${message}\n`);

async function startBook() {
  const huge = 1_000_000_000;
  const sandbox = await startSandbox({
    rateLimit: { uidWeightPerMinute: huge, sapiIpWeightPerMinute: huge },
    requestLogLimit: 0,
  });
  const account = await sandbox.createAccount({ type: "hmac" });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let timestamp = sandbox.serverTime();
  /** One signed call; resolves with the status, the body's size and the caller-side latency in ms. */
  function call(method, path, params) {
    const query = new URLSearchParams({ ...params, timestamp: String(Math.max(++timestamp, sandbox.serverTime())) }).toString();
    const signature = createHmac("sha256", account.apiSecret).update(query).digest("hex");
    const started = process.hrtime.bigint();
    return new Promise((resolve, reject) => {
      const request = http.request(
        { host: sandbox.host, port: sandbox.port, method, path: `${path}?${query}&signature=${signature}`, agent, headers: { "X-MBX-APIKEY": account.apiKey } },
        (response) => {
          const chunks = [];
          response.on("data", (chunk) => chunks.push(chunk));
          response.on("end", () => {
            const body = Buffer.concat(chunks);
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            if (response.statusCode !== 200) reject(new Error(`${method} ${path} -> ${response.statusCode} ${body.toString().slice(0, 200)}`));
            else resolve({ ms, bytes: body.length, body });
          });
        },
      );
      request.on("error", reject);
      request.end();
    });
  }
  return { sandbox, account, call, close: async () => { agent.destroy(); await sandbox.close(); } };
}

/** Lists of other accounts and symbols: the book the reads must not wade through. */
async function addStrangers(book, count) {
  const others = await Promise.all(Array.from({ length: 10 }, () => book.sandbox.createAccount({ type: "hmac" })));
  for (let index = 0; index < count; index++) {
    const other = others[index % others.length];
    book.sandbox.createOcoList(other.apiKey, { symbol: index % 2 ? SYMBOL : "ETHUSDT", ...OCO, isIsolated: index % 3 === 0 });
  }
}

async function measure(name, calls, run) {
  for (let index = 0; index < 20; index++) await run(index);
  const times = [];
  let bytes = 0;
  for (let index = 0; index < calls; index++) {
    const result = await run(index);
    times.push(result.ms);
    bytes = result.bytes;
  }
  times.sort((a, b) => a - b);
  const pick = (quantile) => round(times[Math.min(times.length - 1, Math.floor(quantile * times.length))], 2);
  return { name, calls, medianMs: pick(0.5), p95Ms: pick(0.95), bodyBytes: bytes };
}

// The account's orderIds: the strangers' lists take 1..20,000, the account's 20,001..40,000.
const FIRST_OWN_ORDER_ID = 2 * LISTS + 1;

async function readsAgainst(book, label, lastTradeId, calls) {
  const { call } = book;
  const results = [];
  results.push(await measure(`${label}: openOrders symbol=${SYMBOL}`, calls, () => call("GET", "/sapi/v1/margin/openOrders", { symbol: SYMBOL })));
  results.push(await measure(`${label}: openOrders (every symbol)`, calls, () => call("GET", "/sapi/v1/margin/openOrders", {})));
  results.push(await measure(`${label}: allOrders (last 24 h, newest 500)`, calls, () => call("GET", "/sapi/v1/margin/allOrders", { symbol: SYMBOL })));
  results.push(
    await measure(`${label}: allOrders orderId=<middle> limit=500`, calls, () =>
      call("GET", "/sapi/v1/margin/allOrders", { symbol: SYMBOL, orderId: String(FIRST_OWN_ORDER_ID + LISTS), limit: "500" }),
    ),
  );
  if (lastTradeId > 0) {
    results.push(await measure(`${label}: myTrades (last 24 h, newest 500)`, calls, () => call("GET", "/sapi/v1/margin/myTrades", { symbol: SYMBOL })));
    results.push(
      await measure(`${label}: myTrades fromId=<middle> limit=1000`, calls, () =>
        call("GET", "/sapi/v1/margin/myTrades", { symbol: SYMBOL, fromId: String(Math.floor(lastTradeId / 2)), limit: "1000" }),
      ),
    );
    results.push(
      await measure(`${label}: order by orderId`, calls, (index) => call("GET", "/sapi/v1/margin/order", { symbol: SYMBOL, orderId: String(FIRST_OWN_ORDER_ID + index * 7) })),
    );
  }
  return results;
}

async function placements(book, label, calls) {
  return measure(`${label}: POST order/oco (placement)`, calls, () =>
    book.call("POST", "/sapi/v1/margin/order/oco", { symbol: SYMBOL, side: "SELL", stopLimitTimeInForce: "GTC", ...OCO }),
  );
}

const results = [];

log(`book 1: ${LISTS} lists of one account (5,000 filled, 4,900 cancelled, 100 open) + ${LISTS} of others`);
const book = await startBook();
try {
  const seed = (count) => {
    for (let index = 0; index < count; index++) book.sandbox.createOcoList(book.account.apiKey, { symbol: SYMBOL, ...OCO });
  };
  await addStrangers(book, LISTS);
  seed(5_000);
  book.sandbox.setPrice(SYMBOL, "61000");
  book.sandbox.setPrice(SYMBOL, "60000");
  seed(4_900);
  const swept = await book.call("DELETE", "/sapi/v1/margin/openOrders", { symbol: SYMBOL });
  results.push({ name: "book 1: DELETE openOrders sweeping 4,900 open lists (one call)", calls: 1, medianMs: round(swept.ms, 2), p95Ms: round(swept.ms, 2), bodyBytes: swept.bytes });
  seed(100);
  const trades = JSON.parse((await book.call("GET", "/sapi/v1/margin/myTrades", { symbol: SYMBOL, fromId: "1", limit: "1000" })).body.toString());
  if (trades.length !== 1000) throw new Error(`expected a full page of trades, got ${trades.length}`);
  results.push(...(await readsAgainst(book, "book 1", 5_000, CALLS)));
  results.push(await placements(book, "book 1", CALLS));
} finally {
  await book.close();
}

log(`book 2 (informational): ${LISTS} open lists of one account`);
const open = await startBook();
try {
  await addStrangers(open, LISTS);
  for (let index = 0; index < LISTS; index++) open.sandbox.createOcoList(open.account.apiKey, { symbol: SYMBOL, ...OCO });
  // Every read here answers 20,000 open orders (megabytes): fewer calls.
  results.push(...(await readsAgainst(open, "book 2", 0, 30)));
  results.push(await placements(open, "book 2", CALLS));
} finally {
  await open.close();
}

// The transport floor: the same number of bytes from a bare node:http server in this process,
// measured the same way. On this 2-core machine a body of ~200 kB costs a few ms on loopback by
// itself; what a row spends above its floor is the sandbox's own work.
const floor = http.createServer((request, response) => {
  const body = "x".repeat(Number(request.url?.slice(1)));
  response.writeHead(200, { "Content-Type": "application/json", "Content-Length": body.length });
  response.end(body);
});
await new Promise((resolve) => floor.listen(0, "127.0.0.1", resolve));
const floorAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const floorCall = (bytes) =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    http
      .get({ host: "127.0.0.1", port: floor.address().port, path: `/${bytes}`, agent: floorAgent }, (response) => {
        response.on("data", () => {});
        response.on("end", () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, bytes }));
      })
      .on("error", reject);
  });
const floors = new Map();
for (const result of results) {
  if (!floors.has(result.bodyBytes)) floors.set(result.bodyBytes, await measure("floor", CALLS, () => floorCall(result.bodyBytes)));
}
floorAgent.destroy();
floor.close();

const verdict = (result) => {
  if (result.name.startsWith("book 2") || result.name.includes("sweeping")) return "(info)";
  const target = result.name.includes("placement") ? TARGETS_MS.placement : TARGETS_MS.read;
  return result.p95Ms <= target ? `<= ${target} ms: yes` : `<= ${target} ms: NO`;
};
const width = Math.max(...results.map((result) => result.name.length));
process.stdout.write(`node ${process.version}, calls per row as shown, after 20 warm-up calls; caller-side latency\n`);
process.stdout.write(`${"call".padEnd(width)}  calls  median ms  p95 ms  body bytes  floor median / p95  target\n`);
for (const result of results) {
  process.stdout.write(
    `${result.name.padEnd(width)}  ${String(result.calls).padStart(5)}  ${String(result.medianMs).padStart(9)}  ${String(result.p95Ms).padStart(6)}  ${String(result.bodyBytes).padStart(10)}  ${`${floors.get(result.bodyBytes)?.medianMs} / ${floors.get(result.bodyBytes)?.p95Ms}`.padStart(17)}  ${verdict(result)}\n`,
  );
}
