// The loopback server every contender calls: the project's own sandbox, run
// in a process of its own (lib/sandbox-process.mjs), never in the measuring
// process. A real client's server is on another machine: its CPU time is
// never spent on the client's event loop. In the same process, the server's
// work for each call (parsing, verifying the HMAC, the order logic, the
// answer) would run between the client's steps on the one event loop, and
// every µs of client CPU would also delay the server's turn: a client's own
// cost would count about twice in a sequential loop. Every row, the floor's
// included, talks to this one process; seeding and the request-log checks
// go over IPC, outside the timed sections.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { operationsOf } from "./child-rpc.mjs";

export { CANCEL_PATH } from "./cancel-path.mjs";

const CHILD = fileURLToPath(new URL("./sandbox-process.mjs", import.meta.url));

export async function startBenchSandbox() {
  const child = fork(CHILD, [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const { ready, ask } = operationsOf(child, "the bench's sandbox process");
  const { baseUrl, credentials } = await ready;
  return {
    baseUrl,
    credentials,
    /** Opens `count` fresh OCO lists and returns what to cancel, one per call. */
    seed: (count) => ask("seed", { count }),
    /** Exactly `calls` successful cancels since the last check, and nothing else but server-time requests; rejects otherwise. */
    expectOnlyCancels: (calls, who) => ask("expectOnlyCancels", { calls, who }),
    clearRequests: () => ask("clearRequests"),
    async close() {
      await ask("close");
      child.disconnect();
      await exited;
    },
  };
}
