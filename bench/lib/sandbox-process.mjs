// The bench's sandbox, in a process of its own (forked by sandbox-target.mjs):
// the loopback server every contender calls, with a rate limit no benchmark
// reaches, and an account whose lists are seeded outside the timed sections.
// The parent asks over IPC; every answer carries the request's id.
import { startSandbox } from "@sapi-kit/sandbox";
import { CANCEL_PATH } from "./cancel-path.mjs";
import { serveOperations } from "./child-rpc.mjs";

const SYMBOL = "LTCBTC";

// The log keeps every request of the largest block counted at once: one contender's per-call
// child (lib/per-call-processes.mjs), about 27,000 cancels with the floor's, some 40 MB of entries.
const sandbox = await startSandbox({
  host: "127.0.0.1",
  rateLimit: { uidWeightPerMinute: 1_000_000_000 },
  requestLogLimit: 40_000,
  requestLogMaxBytes: 96 * 1024 * 1024,
});
const account = await sandbox.createAccount({ type: "hmac" });

const operations = {
  /** Opens `count` fresh OCO lists and returns what to cancel, one per call. */
  seed({ count }) {
    const targets = new Array(count);
    for (let index = 0; index < count; index++) {
      targets[index] = { symbol: SYMBOL, orderListId: sandbox.createOcoList(account.apiKey, { symbol: SYMBOL }).orderListId };
    }
    return targets;
  },
  /**
   * Proof that a contender really talked to the sandbox and succeeded:
   * exactly `calls` cancels arrived, every one answered 200 and executed.
   * Only a server-time request is tolerated besides (clock sync).
   */
  expectOnlyCancels({ calls, who }) {
    const requests = sandbox.requests;
    sandbox.clearRequests();
    const cancels = requests.filter((entry) => entry.path === CANCEL_PATH);
    const others = requests.filter((entry) => entry.path !== CANCEL_PATH && entry.path !== "/api/v3/time");
    const failed = cancels.filter((entry) => entry.status !== 200 || !entry.executed);
    if (cancels.length !== calls || others.length > 0 || failed.length > 0) {
      throw new Error(
        `${who}: expected ${calls} successful cancels at the sandbox, saw ${cancels.length} ` +
          `(${failed.length} failed, ${others.length} other requests: ${others.map((entry) => entry.path).join(", ")})`,
      );
    }
  },
  clearRequests() {
    sandbox.clearRequests();
  },
  async close() {
    // The parent disconnects once it has the answer; with the server closed, nothing else keeps this process.
    await sandbox.close();
  },
};

serveOperations(operations, { baseUrl: sandbox.url, credentials: { apiKey: account.apiKey, apiSecret: account.apiSecret } });
