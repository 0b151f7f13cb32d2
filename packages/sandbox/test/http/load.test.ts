import { Agent, request } from "node:http";
import { describe, expect, it } from "vitest";
import type { Sandbox, SandboxAccount } from "../../src/index.js";
import { CANCEL_PATH } from "../helpers/http.js";
import { type QueryParams, unsignedQuery, withSignature } from "../helpers/independent-signing.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

const LISTS = 1000;

/** node:http with a bounded keep-alive agent: 1,000 requests in flight from the caller's view, 64 sockets. */
function sendCancel(sandbox: Sandbox, agent: Agent, account: SandboxAccount, params: QueryParams) {
  const query = withSignature(account, unsignedQuery(params, sandbox.serverTime()));
  const options = {
    host: sandbox.host,
    port: sandbox.port,
    agent,
    method: "DELETE",
    path: `${CANCEL_PATH}?${query}`,
    headers: { "X-MBX-APIKEY": account.apiKey },
  };
  return new Promise<{ status: number | undefined; body: string }>((resolve, reject) => {
    const req = request(options, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("load", () => {
  it(`${LISTS} concurrent cancels of distinct OCO lists each succeed exactly once`, { timeout: 120_000 }, async () => {
    // A frozen server clock: on a busy machine the last of 1,000 queued requests can arrive
    // seconds after it was signed, and this test is about exactly-once execution, not recvWindow.
    const frozenAt = Date.now();
    const sandbox = await startTestSandbox({ rateLimit: { uidWeightPerMinute: LISTS }, now: () => frozenAt });
    const accounts = await Promise.all([sandbox.createAccount({ type: "hmac" }), sandbox.createAccount({ type: "ed25519" })]);
    // Mixed accounts, key types and margin modes, so no shortcut serves them all.
    const targets = Array.from({ length: LISTS }, (_, index) => {
      const account = accounts[index % accounts.length] as SandboxAccount;
      const isIsolated = index % 3 === 0;
      return { account, list: sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", isIsolated }) };
    });

    const agent = new Agent({ keepAlive: true, maxSockets: 64 });
    let results: { status: number | undefined; body: string }[];
    try {
      results = await Promise.all(
        targets.map(({ account, list }) =>
          sendCancel(sandbox, agent, account, {
            symbol: "LTCBTC",
            ...(list.isIsolated ? { isIsolated: "TRUE" } : {}),
            orderListId: list.orderListId,
          }),
        ),
      );
    } finally {
      agent.destroy();
    }

    expect(results.filter((result) => result.status !== 200)).toEqual([]);
    const cancelledIds = results.map((result) => JSON.parse(result.body).orderListId as number);
    expect(cancelledIds.sort((a, b) => a - b)).toEqual(targets.map(({ list }) => list.orderListId));

    const lists = sandbox.orderLists();
    expect(lists).toHaveLength(LISTS);
    expect(lists.filter((list) => list.status === "OPEN")).toEqual([]);
    expect(lists.filter((list) => list.cancelCount !== 1)).toEqual([]);
    expect(sandbox.requests.filter((entry) => entry.executed)).toHaveLength(LISTS);
  });
});
