// The built `sapi-kit` as a user's shell runs it, kept running: what it has
// printed so far and how it exits, for the tests that signal it (Ctrl-C) or
// talk to it while it runs (`sapi-kit sandbox`).
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));

export interface RunningBin {
  readonly child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** The exit code (null when killed by a signal), once its output has been read to the end. */
  readonly exited: Promise<number | null>;
}

/**
 * Starts `node [...nodeArgs] dist/bin.js ...args` with only PATH and the given
 * variables in its environment.
 */
export function startBin(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  nodeArgs: readonly string[] = [],
): RunningBin {
  const child = spawn(process.execPath, [...nodeArgs, BIN, ...args], { env: { PATH: process.env.PATH, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  // "close", not "exit": the process has exited and its stdout and stderr have ended, so nothing printed is missed.
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}
