import { createClient } from "@sapi-kit/client";
import { createSigner, RateLimitError, UnknownExecutionStatusError } from "@sapi-kit/signer";
import { describe, expect, it } from "vitest";
import type { Sandbox, SandboxAccount } from "../../src/index.js";
import { CANCEL_PATH } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

/** The documented sapi-kit setup, pointed at the sandbox. */
function clientFor(sandbox: Sandbox, account: SandboxAccount, now?: () => number) {
  const client = createClient({ baseUrl: sandbox.url });
  const credentials =
    account.keyType === "hmac"
      ? { apiKey: account.apiKey, apiSecret: account.apiSecret as string }
      : { apiKey: account.apiKey, privateKey: account.privateKeyPem as string };
  client.use(createSigner({ ...credentials, ...(now ? { now } : {}) }));
  return client;
}

const cancelsReceived = (sandbox: Sandbox) => sandbox.requests.filter((entry) => entry.path === CANCEL_PATH);

describe("e2e: createClient + createSigner against the sandbox", () => {
  describe.each(["hmac", "rsa", "ed25519"] as const)("%s key", (keyType) => {
    it("cancels a cross list by orderListId and an isolated list by listClientOrderId", async () => {
      const sandbox = await startTestSandbox();
      const account = await sandbox.createAccount({ type: keyType });
      const client = clientFor(sandbox, account);
      const cross = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
      const isolated = sandbox.createOcoList(account.apiKey, { symbol: "BNBUSDT", isIsolated: true, listClientOrderId: "iso 止损+'!" });

      const byId = await client.DELETE("/sapi/v1/margin/orderList", {
        params: { query: { symbol: "LTCBTC", orderListId: cross.orderListId } },
      });
      expect(byId.error).toBeUndefined();
      expect(byId.data?.orderListId).toBe(cross.orderListId);
      expect(byId.data?.isIsolated).toBe(false);

      const byClientId = await client.DELETE("/sapi/v1/margin/orderList", {
        params: { query: { symbol: "BNBUSDT", isIsolated: "TRUE", listClientOrderId: isolated.listClientOrderId } },
      });
      expect(byClientId.error).toBeUndefined();
      expect(byClientId.data?.listClientOrderId).toBe("iso 止损+'!");
      expect(byClientId.data?.orderReports.map((report) => report.status)).toEqual(["CANCELED", "CANCELED"]);

      expect(sandbox.orderLists().map((list) => [list.status, list.cancelCount])).toEqual([
        ["CANCELED", 1],
        ["CANCELED", 1],
      ]);
    });

    it.each(["币安人生USDT", "１２３４５６"])("cancels a list on the non-ASCII symbol %s", async (symbol) => {
      const sandbox = await startTestSandbox();
      const account = await sandbox.createAccount({ type: keyType });
      const list = sandbox.createOcoList(account.apiKey, { symbol });
      const { data, error } = await clientFor(sandbox, account).DELETE("/sapi/v1/margin/orderList", {
        params: { query: { symbol, orderListId: list.orderListId } },
      });
      expect(error).toBeUndefined();
      expect(data?.symbol).toBe(symbol);
      expect(data?.orderReports.map((report) => report.symbol)).toEqual([symbol, symbol]);
      expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.cancelCount).toBe(1);
    });

    it("cancels an isolated list by orderListId and a cross list by listClientOrderId", async () => {
      const sandbox = await startTestSandbox();
      const account = await sandbox.createAccount({ type: keyType });
      const client = clientFor(sandbox, account);
      const isolated = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", isIsolated: true });
      const cross = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });

      const isolatedResult = await client.DELETE("/sapi/v1/margin/orderList", {
        params: { query: { symbol: "LTCBTC", isIsolated: "TRUE", orderListId: isolated.orderListId } },
      });
      expect(isolatedResult.data?.isIsolated).toBe(true);
      const crossResult = await client.DELETE("/sapi/v1/margin/orderList", {
        params: { query: { symbol: "LTCBTC", isIsolated: "FALSE", listClientOrderId: cross.listClientOrderId } },
      });
      expect(crossResult.data?.orderListId).toBe(cross.orderListId);
    });
  });

  it("returns Binance's -2011 as the typed error for an isolated list cancelled without isIsolated=TRUE", async () => {
    const sandbox = await startTestSandbox();
    const account = await sandbox.createAccount({ type: "hmac" });
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", isIsolated: true });
    const { data, error, response } = await clientFor(sandbox, account).DELETE("/sapi/v1/margin/orderList", {
      params: { query: { symbol: "LTCBTC", orderListId: list.orderListId } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error).toEqual({ code: -2011, msg: "Unknown order list sent." });
    expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status).toBe("OPEN");
  });
});

describe("e2e: failure outcomes", () => {
  async function setup() {
    const sandbox = await startTestSandbox();
    const account = await sandbox.createAccount({ type: "hmac" });
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const client = clientFor(sandbox, account);
    const cancelIt = () =>
      client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: list.orderListId } } });
    return { sandbox, account, list, cancelIt };
  }

  it.each([500, 503] as const)("HTTP %i yields UnknownExecutionStatusError after exactly one cancel", async (status) => {
    const { sandbox, cancelIt } = await setup();
    sandbox.faults.inject({ type: "http-status", status });
    const failure = await cancelIt().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnknownExecutionStatusError);
    expect((failure as UnknownExecutionStatusError).status).toBe(status);
    expect(cancelsReceived(sandbox)).toHaveLength(1);
  });

  it("-1007 yields UnknownExecutionStatusError carrying the code, after exactly one cancel", async () => {
    const { sandbox, cancelIt } = await setup();
    sandbox.faults.inject({ type: "binance-error", code: -1007 });
    const failure = await cancelIt().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnknownExecutionStatusError);
    expect((failure as UnknownExecutionStatusError).binanceCode).toBe(-1007);
    expect(cancelsReceived(sandbox)).toHaveLength(1);
  });

  it("a dropped connection after execution yields UnknownExecutionStatusError; the cancel happened once", async () => {
    const { sandbox, account, list, cancelIt } = await setup();
    sandbox.faults.inject({ type: "drop-connection" }, { executes: true });
    const failure = await cancelIt().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnknownExecutionStatusError);
    expect(cancelsReceived(sandbox)).toHaveLength(1);
    expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.cancelCount).toBe(1);
  });

  it("429 surfaces Retry-After as RateLimitError.retryAfterSeconds; /sapi keeps answering 429, never a 418 ban", async () => {
    let now = 1_700_000_040_000 + 20_000;
    const sandbox = await startTestSandbox({ now: () => now, rateLimit: { uidWeightPerMinute: 1 } });
    const account = await sandbox.createAccount({ type: "ed25519" });
    const client = clientFor(sandbox, account, () => now);
    const cancelNew = () => {
      const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
      return client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: list.orderListId } } });
    };
    expect((await cancelNew()).data).toBeDefined();
    const limited = await cancelNew().catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).retryAfterSeconds).toBe(40);
    expect((limited as RateLimitError).banned).toBe(false);
    const again = await cancelNew().catch((error: unknown) => error);
    expect(again).toBeInstanceOf(RateLimitError);
    expect((again as RateLimitError).banned).toBe(false);
    expect((again as RateLimitError).retryAfterSeconds).toBe(40);
    now += 40_000;
    expect((await cancelNew()).data).toBeDefined();
  });

  it("a skewed client clock recovers through the signer's -1021 resync, cancelling once", async () => {
    const { sandbox, account, list } = await setup();
    sandbox.setClockSkew(-5000);
    const client = clientFor(sandbox, account, () => Date.now());
    const result = await client.DELETE("/sapi/v1/margin/orderList", {
      params: { query: { symbol: "LTCBTC", orderListId: list.orderListId } },
    });
    expect(result.data?.orderListId).toBe(list.orderListId);
    const cancels = cancelsReceived(sandbox);
    expect(cancels.map((entry) => [entry.status, entry.code])).toEqual([
      [400, -1021],
      [200, undefined],
    ]);
    expect(sandbox.requests.some((entry) => entry.path === "/api/v3/time")).toBe(true);
    expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.cancelCount).toBe(1);
  });
});
