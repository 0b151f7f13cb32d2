// Per-call cost on Node, each contender in a process of its own beside the
// floor (lib/per-call-child.mjs): in every child the floor and that one
// contender take turns in the paired rounds of lib/per-call.mjs.
//
// Why not all of them in one process: the peer SDKs bring large heaps and a
// lot of code (ccxt alone adds some 50 MB of heap), and in the process
// that held them all, the floor's own calls took about 420 µs against about
// 190 beside one contender (full runs, same machine), and the lighter
// clients' ratios came out a few per cent higher than in a process of their own. No app loads four SDKs for one
// exchange; each row is measured as an app that uses it would run it. The
// lists are seeded before a child starts and passed on stdin; afterwards the
// sandbox must have seen exactly that many successful cancels.
import { fileURLToPath } from "node:url";
import { runJsonChild } from "./json-child.mjs";
import { callsPerContender } from "./per-call.mjs";
import { preseededInput } from "./preseeded-target.mjs";

const CHILD = fileURLToPath(new URL("./per-call-child.mjs", import.meta.url));

/**
 * @param {{ contenders: { id: string, label: string, floor?: boolean }[], target: object, config: object, cwd: string, log?: (message: string) => void }} options
 * @returns {Promise<object[]>} a row per contender as measurePerCall returns them; the floor's row is the one measured beside sapi-kit,
 *   and every other row carries `floor`, the floor's row from its own process
 */
export async function measurePerCallInProcesses({ contenders, target, config, cwd, log }) {
  const rows = [];
  let floorRow;
  for (const contender of contenders) {
    if (contender.floor) continue;
    const calls = 2 * callsPerContender(config);
    const orders = await target.seed(calls);
    await target.clearRequests();
    const output = await runJsonChild({
      command: process.execPath,
      args: [CHILD],
      cwd,
      env: process.env,
      input: preseededInput(target, orders, config, { contender: contender.id }),
      what: `per-call rounds of ${contender.id}`,
    });
    if (output.calls !== calls) throw new Error(`${contender.id}: sent ${output.calls} cancels, ${calls} were seeded`);
    await target.expectOnlyCancels(calls, `${contender.id} (per call)`);
    const floor = output.rows.find((row) => row.id !== contender.id);
    const own = output.rows.find((row) => row.id === contender.id);
    if (contender.id === "sapi-kit" || floorRow === undefined) floorRow = floor;
    rows.push({ ...own, floor: { sequential: floor.sequential, concurrent: floor.concurrent } });
    log?.(`  ${contender.id}: ${own.sequential.ratio.toFixed(3)}x sequential, ${own.concurrent.ratio.toFixed(3)}x 64-way (floor beside it: ${floor.sequential.medianUs.toFixed(0)} µs)`);
  }
  return contenders.map((contender) => (contender.floor ? { ...floorRow, id: contender.id, label: contender.label } : rows.find((row) => row.id === contender.id)));
}
