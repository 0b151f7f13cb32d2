#!/usr/bin/env node
import { runCli } from "./run-cli.js";

// The first Ctrl-C abandons the request in flight, and the CLI says the outcome
// is unknown and how to check it (exit 130); `sapi-kit sandbox` stops cleanly
// on it (exit 0). `once`: a second Ctrl-C ends the process at once, the default way.
const interrupt = new AbortController();
process.once("SIGINT", () => interrupt.abort());

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  signal: interrupt.signal,
});
