// Entry point for the runtimes that run a file as a process (Node, Bun, Deno):
// the input arrives in one environment variable, the report leaves as one
// stdout line. node:process is the one import all three share.
import process from "node:process";
import { runScenario } from "../scenario/run-scenario.mjs";
import { INPUT_VARIABLE, REPORT_PREFIX } from "./scenario-io.mjs";

const raw = process.env[INPUT_VARIABLE];
if (!raw) throw new Error(`${INPUT_VARIABLE} is not set`);
const report = await runScenario(JSON.parse(raw));
process.stdout.write(`${REPORT_PREFIX}${JSON.stringify(report)}\n`);
