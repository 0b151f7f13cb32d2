// sapi-kit's ratio to the raw floor on Bun and Deno: one child per runtime
// (lib/runtime-child.mjs) runs the paired rounds against the sandbox this
// process serves; here the lists are seeded beforehand and every cancel is
// counted at the sandbox afterwards.
import { fileURLToPath } from "node:url";
import { runJsonChild } from "./json-child.mjs";
import { callsPerContender } from "./per-call.mjs";
import { preseededInput } from "./preseeded-target.mjs";
import { bunBinary, denoBinary } from "./runtime-binaries.mjs";

const CHILD = fileURLToPath(new URL("./runtime-child.mjs", import.meta.url));

/** How each runtime is started: nothing of the host's environment but PATH, Deno allowed the sandbox's host:port only. */
export const RUNTIMES = Object.freeze([
  {
    id: "bun",
    label: "Bun",
    binary: bunBinary,
    // --no-install: resolve from node_modules only, never auto-install from a registry.
    args: () => ["--no-install", CHILD],
    env: () => ({ BUN_OPTIONS: "", NO_COLOR: "1" }),
  },
  {
    id: "deno",
    label: "Deno",
    binary: denoBinary,
    args: (baseUrl) => ["run", "--no-lock", "--no-prompt", `--allow-net=${new URL(baseUrl).host}`, CHILD],
    // Deno's module cache stays inside the bench's git-ignored scratch directory.
    env: (scratch) => ({ DENO_DIR: scratch, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" }),
  },
]);

/**
 * @param {{ target: object, config: object, cwd: string, scratch: string, log?: (message: string) => void }} options
 */
export async function measureRuntimes({ target, config, cwd, scratch, log }) {
  const results = [];
  for (const runtime of RUNTIMES) {
    const { path, version } = runtime.binary();
    const calls = 2 * callsPerContender(config);
    const orders = await target.seed(calls);
    await target.clearRequests();
    const output = await runJsonChild({
      command: path,
      args: runtime.args(target.baseUrl),
      cwd,
      env: { PATH: process.env.PATH, ...runtime.env(scratch) },
      input: preseededInput(target, orders, config),
      what: `${runtime.label} ${version}`,
    });
    if (output.runtime.name !== runtime.id || output.runtime.version !== version) {
      throw new Error(`${runtime.label}: expected ${runtime.id} ${version} to run, got ${output.runtime.name} ${output.runtime.version}`);
    }
    if (output.calls !== calls) throw new Error(`${runtime.label}: sent ${output.calls} cancels, ${calls} were seeded`);
    await target.expectOnlyCancels(calls, `${runtime.label} ${version}`);
    const floor = output.rows.find((row) => row.id === "raw-fetch");
    const ours = output.rows.find((row) => row.id === "sapi-kit");
    results.push({ id: runtime.id, label: runtime.label, version, hmac: output.hmac, floor, sapiKit: ours });
    log?.(`  ${runtime.label} ${version}: sapi-kit ${ours.sequential.ratio.toFixed(3)}x sequential, ${ours.concurrent.ratio.toFixed(3)}x 64-way (floor: ${floor.label})`);
  }
  return results;
}
