// One cold-start sample, run in a fresh `node` process by cold-start.mjs:
// import the contender's packages, create its client, send its first signed
// cancel to the bench's sandbox (its own process), and print the timings as JSON.
//
// The clock starts after this script and the contender table are loaded, so
// Node's own start-up and the ESM loader's boot (paid alike by every
// contender, and paid by a real app for its own code first) stay out.
import { contenderById } from "../contenders/index.mjs";
import { allowLoopbackOnly } from "./loopback-guard.mjs";

allowLoopbackOnly();
const env = process.env;
const contender = contenderById(env.BENCH_CONTENDER ?? "");

const started = performance.now();
await Promise.all((contender.packages ?? []).map((name) => import(name)));
const imported = performance.now();
const cancel = await contender.create({ baseUrl: env.BENCH_BASE_URL, apiKey: env.BENCH_API_KEY, apiSecret: env.BENCH_API_SECRET });
await cancel({ symbol: env.BENCH_SYMBOL, orderListId: Number(env.BENCH_ORDER_LIST_ID) });
const done = performance.now();

process.stdout.write(JSON.stringify({ importMs: imported - started, coldStartMs: done - started }));
// Keep-alive sockets and SDK timers must not hold the process open.
process.exit(0);
