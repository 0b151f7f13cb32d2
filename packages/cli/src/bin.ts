#!/usr/bin/env node
import { STOP_SIGNALS } from "./output/io.js";
import { runCli } from "./run-cli.js";

// The first Ctrl-C, SIGTERM or SIGHUP abandons the request in flight, and the
// CLI says whether anything was sent and the outcome (exit 130, 143 or 129);
// `sapi-kit sandbox` stops cleanly on it (exit 0, its key file removed), and
// `sapi-kit margin watch` unsubscribes and closes its connection (exit 0).
// `once`: a second one of the same signal ends the process at once, the default way.
const interrupt = new AbortController();
for (const name of STOP_SIGNALS) process.once(name, () => interrupt.abort(name));

// A closed stdout (`sapi-kit sandbox | head`) or stderr makes later writes fail
// with EPIPE as an 'error' event, which would crash the process unhandled:
// stop writing there instead, and let `sapi-kit sandbox` stop and clean up.
const outputClosed = new AbortController();
let stdoutOpen = true;
let stderrOpen = true;
process.stdout.on("error", () => {
  stdoutOpen = false;
  outputClosed.abort();
});
process.stderr.on("error", () => {
  stderrOpen = false;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => {
    if (stdoutOpen) process.stdout.write(text);
  },
  stderr: (text) => {
    if (stderrOpen) process.stderr.write(text);
  },
  env: process.env,
  signal: interrupt.signal,
  outputClosed: outputClosed.signal,
});
