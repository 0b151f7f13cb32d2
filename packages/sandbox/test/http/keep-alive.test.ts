// A well-behaved keep-alive client must never write a request into a
// connection the sandbox is closing (it would get ECONNRESET). The sandbox
// therefore keeps idle connections open longer than common clients do, and
// says how long in the Keep-Alive header (README, "Other behaviour").
import { Agent, type AgentOptions, get, globalAgent } from "node:http";
import type { Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../../src/index.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

/** Node's own server default, which equals its global agent's free-socket timeout. */
const NODE_DEFAULT_IDLE_MS = 5_000;

let agent: Agent | undefined;
afterEach(() => agent?.destroy());

/** GET /api/v3/time through `agent`: the status, the Keep-Alive header and the client socket it went out on. */
function getTime(sandbox: Sandbox, through: Agent): Promise<{ status: number; keepAlive: string | undefined; socket: Socket }> {
  return new Promise((resolve, reject) => {
    get(`${sandbox.url}/api/v3/time`, { agent: through }, (response) => {
      const { socket } = response;
      response.resume();
      const keepAlive = response.headers["keep-alive"];
      response.on("end", () => resolve({ status: response.statusCode ?? 0, keepAlive: typeof keepAlive === "string" ? keepAlive : undefined, socket }));
      response.on("error", reject);
    }).on("error", reject);
  });
}

describe("keep-alive connections", () => {
  it("advertises an idle timeout longer than Node's and undici's idle-socket timeouts", async () => {
    const sandbox = await startTestSandbox();
    agent = new Agent({ keepAlive: true });
    const { keepAlive } = await getTime(sandbox, agent);
    const advertisedMs = Number(/^timeout=(\d+)$/.exec(keepAlive ?? "")?.[1]) * 1000;
    expect(advertisedMs).toBe(120_000);
    // Node's global agent: keepAlive, 5 s free-socket timeout (its `options` are not in @types/node).
    const { options } = globalAgent as Agent & { options: AgentOptions };
    expect(advertisedMs).toBeGreaterThan(options.timeout ?? 0);
    // undici (fetch) keeps an idle socket 4 s, or the server's hint minus a margin.
    expect(advertisedMs).toBeGreaterThan(4_000);
  });

  // Real idle time is the point here. The server's timer and the wait run in
  // this one process, so a server that closes at Node's default always closes
  // first, however loaded the machine is.
  it("serves a second request on the same connection after longer than Node's default idle", { timeout: 60_000 }, async () => {
    const sandbox = await startTestSandbox();
    // Like python-requests / urllib3: no idle timeout of its own, one connection.
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await getTime(sandbox, agent);
    await new Promise((resolve) => setTimeout(resolve, NODE_DEFAULT_IDLE_MS + 1_000));
    const second = await getTime(sandbox, agent);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.socket).toBe(first.socket);
  });
});
