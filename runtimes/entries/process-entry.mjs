// Entry point for the runtimes that run a file as a process (Node, Bun, Deno):
// the input arrives in one environment variable, the report leaves as one
// stdout line. node:process and node:module are imports all three share.
import { createRequire } from "node:module";
import process from "node:process";
import { runScenario } from "../scenario/run-scenario.mjs";
import { INPUT_VARIABLE, REPORT_PREFIX } from "./scenario-io.mjs";

const raw = process.env[INPUT_VARIABLE];
if (!raw) throw new Error(`${INPUT_VARIABLE} is not set`);
const report = await runScenario(JSON.parse(raw));
// Whether the `ws` package was loaded: it is CommonJS, so its files sit in require's cache. It is the
// stream's fallback where there is no platform WebSocket (Node 20), and nothing else here loads it.
const wsLoaded = Object.keys(createRequire(import.meta.url).cache ?? {}).some((path) => /[\\/]node_modules[\\/]ws[\\/]/.test(path));
const stream = { ...report.stream, webSocket: { ...report.stream.webSocket, wsLoaded } };
process.stdout.write(`${REPORT_PREFIX}${JSON.stringify({ ...report, stream })}\n`);
