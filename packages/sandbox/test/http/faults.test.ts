import { describe, expect, it } from "vitest";
import { FaultPredicateError, type Sandbox } from "../../src/index.js";
import { CANCEL_PATH, cancel, send } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

async function setup(options: Parameters<typeof startTestSandbox>[0] = {}) {
  const sandbox = await startTestSandbox(options);
  const account = await sandbox.createAccount({ type: "hmac" });
  const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
  const cancelIt = () => cancel(sandbox, account, { symbol: "LTCBTC", orderListId: list.orderListId });
  const status = () => sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status;
  return { sandbox, account, list, cancelIt, status };
}

const cancelsReceived = (sandbox: Sandbox) => sandbox.requests.filter((entry) => entry.path === CANCEL_PATH).length;

describe("fault injection", () => {
  it.each([500, 502, 503, 504] as const)("answers HTTP %i once, without executing, then recovers", async (httpStatus) => {
    const { sandbox, cancelIt, status } = await setup();
    sandbox.faults.inject({ type: "http-status", status: httpStatus });
    const failed = await cancelIt();
    expect(failed.status).toBe(httpStatus);
    expect(failed.body.code).toBe(-1001);
    expect(status()).toBe("OPEN");
    expect(sandbox.faults.active).toHaveLength(0);
    expect((await cancelIt()).status).toBe(200);
  });

  it("can execute the cancel and still answer 5xx: the lost-response case a client must reconcile", async () => {
    const { sandbox, cancelIt, status } = await setup();
    sandbox.faults.inject({ type: "http-status", status: 503 }, { executes: true });
    expect((await cancelIt()).status).toBe(503);
    expect(status()).toBe("CANCELED");
    expect(sandbox.requests.at(-1)).toMatchObject({ status: 503, fault: "http-status", executed: true });
    // A blind retry now fails: the list is gone.
    expect((await cancelIt()).body.code).toBe(-2011);
  });

  it("answers -1007 (execution status unknown), HTTP 500 by default or the status asked for", async () => {
    const { sandbox, cancelIt, status } = await setup();
    sandbox.faults.inject({ type: "binance-error", code: -1007 });
    sandbox.faults.inject({ type: "binance-error", code: -1007, status: 503 });
    const first = await cancelIt();
    const second = await cancelIt();
    expect([first.status, second.status]).toEqual([500, 503]);
    for (const result of [first, second]) {
      expect(result.body).toEqual({
        code: -1007,
        msg: "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
      });
    }
    expect(status()).toBe("OPEN");
  });

  it("drops the connection without a response; the cancel was received once and not executed", async () => {
    const { sandbox, cancelIt, status } = await setup();
    sandbox.faults.inject({ type: "drop-connection" });
    await expect(cancelIt()).rejects.toThrow();
    expect(status()).toBe("OPEN");
    expect(cancelsReceived(sandbox)).toBe(1);
    expect(sandbox.requests.at(-1)).toMatchObject({ fault: "drop-connection", executed: false });
    expect(sandbox.requests.at(-1)?.status).toBeUndefined();
  });

  it("drops the connection after executing when asked", async () => {
    const { sandbox, cancelIt, status } = await setup();
    sandbox.faults.inject({ type: "drop-connection" }, { executes: true });
    await expect(cancelIt()).rejects.toThrow();
    expect(status()).toBe("CANCELED");
    expect(cancelsReceived(sandbox)).toBe(1);
  });

  it("sends a truncated, unparseable JSON body after executing", async () => {
    const { sandbox, cancelIt, status } = await setup();
    sandbox.faults.inject({ type: "malformed-json" });
    const result = await cancelIt();
    expect(result.status).toBe(200);
    expect(() => JSON.parse(result.text)).toThrow(SyntaxError);
    expect(result.text.startsWith('{"orderListId"')).toBe(true);
    expect(status()).toBe("CANCELED");
  });

  it("delays a response by the given ms and then answers normally", async () => {
    const { sandbox, cancelIt } = await setup();
    sandbox.faults.inject({ type: "delay", ms: 200 });
    const started = performance.now();
    const result = await cancelIt();
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(result.status).toBe(200);
  });

  it("close() does not wait for pending delays", async () => {
    const sandbox = await startTestSandbox();
    // Longer than the test may run: a close() that waited for it would time the test out.
    const rule = sandbox.faults.inject({ type: "delay", ms: 600_000 }, { times: 1 });
    const pending = send(sandbox, "GET", "/api/v3/time").then(
      () => "answered",
      () => "failed",
    );
    // The request has arrived and is being delayed once its rule is consumed.
    while (rule.remaining > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await sandbox.close();
    expect(await pending).toBe("failed");
  });

  it("matches rules by path, method and predicate, for a number of times or as a standing rule", async () => {
    const { sandbox, cancelIt, status } = await setup();
    sandbox.faults.inject({ type: "http-status", status: 502 }, { match: { path: "/api/v3/time" }, times: 2 });
    expect((await send(sandbox, "GET", "/api/v3/time")).status).toBe(502);
    expect(sandbox.faults.active[0]?.remaining).toBe(1);
    expect((await send(sandbox, "GET", "/api/v3/time")).status).toBe(502);
    expect((await send(sandbox, "GET", "/api/v3/time")).status).toBe(200);

    const standing = sandbox.faults.inject(
      { type: "http-status", status: 500 },
      { times: Number.POSITIVE_INFINITY, match: { method: "delete", when: ({ query }) => query.includes("orderListId=") } },
    );
    expect((await send(sandbox, "GET", "/api/v3/time")).status).toBe(200);
    expect((await cancelIt()).status).toBe(500);
    expect((await cancelIt()).status).toBe(500);
    standing.remove();
    expect(sandbox.faults.active).toEqual([]);
    expect((await cancelIt()).status).toBe(200);
    expect(status()).toBe("CANCELED");
  });

  it("clear() removes every rule and invalid faults are refused", async () => {
    const { sandbox, cancelIt } = await setup();
    sandbox.faults.inject({ type: "http-status", status: 500 }, { times: 5 });
    sandbox.faults.clear();
    expect((await cancelIt()).status).toBe(200);
    // @ts-expect-error 501 is not a supported fault status
    expect(() => sandbox.faults.inject({ type: "http-status", status: 501 })).toThrow(TypeError);
    expect(() => sandbox.faults.inject({ type: "delay", ms: -1 })).toThrow(TypeError);
    expect(() => sandbox.faults.inject({ type: "delay", ms: 1 }, { times: 0 })).toThrow(TypeError);
  });
});

describe("server clock skew", () => {
  it("shifts /api/v3/time, timestamp checks and transactionTime", async () => {
    const base = 1_700_000_000_000;
    const { sandbox, account, list } = await setup({ now: () => base, clockSkewMs: 2500 });
    expect((await send(sandbox, "GET", "/api/v3/time")).body.serverTime).toBe(base + 2500);
    sandbox.setClockSkew(-7000);
    expect(sandbox.clockSkewMs).toBe(-7000);
    expect((await send(sandbox, "GET", "/api/v3/time")).body.serverTime).toBe(base - 7000);

    // A client on the unskewed clock is 7 s ahead of the server: -1021.
    const skewed = await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: list.orderListId }, base);
    expect(skewed.body.code).toBe(-1021);
    // Resync the way clients do: offset = serverTime - local time.
    const offset = (await send(sandbox, "GET", "/api/v3/time")).body.serverTime - base;
    const synced = await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: list.orderListId }, base + offset);
    expect(synced.status).toBe(200);
    expect(synced.body.transactionTime).toBe(base - 7000);
  });

  it("refuses a non-finite skew", async () => {
    const sandbox = await startTestSandbox();
    expect(() => sandbox.setClockSkew(Number.NaN)).toThrow(TypeError);
  });
});

describe("a fault predicate that throws", () => {
  it("fails that request with HTTP 500 -1000 naming the rule, processes nothing, exposes the error, no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const sandbox = await startTestSandbox();
      const account = await sandbox.createAccount({ type: "hmac" });
      const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
      const boom = new Error("predicate bug");
      const rule = sandbox.faults.inject({ type: "http-status", status: 503 }, {
        times: 2,
        match: {
          when: () => {
            throw boom;
          },
        },
      });
      const result = await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: list.orderListId });
      expect(result.status).toBe(500);
      expect(result.body).toEqual({
        code: -1000,
        msg: `Sandbox fault rule #${rule.id}: its match.when predicate threw; the request was not processed. See sandbox.faults.errors.`,
      });
      expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status).toBe("OPEN");
      expect(sandbox.faults.errors).toHaveLength(1);
      expect(sandbox.faults.errors[0]).toBeInstanceOf(FaultPredicateError);
      expect(sandbox.faults.errors[0]?.ruleId).toBe(rule.id);
      expect(sandbox.faults.errors[0]?.cause).toBe(boom);
      expect(rule.remaining).toBe(2);
      // The server keeps serving.
      expect((await send(sandbox, "GET", "/api/v3/time")).status).toBe(500);
      sandbox.faults.clear();
      expect(sandbox.faults.errors).toEqual([]);
      expect((await send(sandbox, "GET", "/api/v3/time")).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});

