import { describe, expect, it } from "vitest";
import type { Sandbox, SandboxAccount } from "../../src/index.js";
import { cancel } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

const FIXED_NOW = 1_574_040_868_128;

async function setup(): Promise<{ sandbox: Sandbox; account: SandboxAccount }> {
  const sandbox = await startTestSandbox({ now: () => FIXED_NOW });
  const account = await sandbox.createAccount({ type: "hmac" });
  return { sandbox, account };
}

describe("cancel an OCO order list", () => {
  it("cancels by orderListId with a seed-shaped response, both legs CANCELED", async () => {
    const { sandbox, account } = await setup();
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const result = await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: list.orderListId });

    expect(result.status).toBe(200);
    const [stopLeg, makerLeg] = list.legs;
    expect(result.body).toMatchObject({
      orderListId: list.orderListId,
      contingencyType: "OCO",
      listStatusType: "ALL_DONE",
      listOrderStatus: "ALL_DONE",
      listClientOrderId: list.listClientOrderId,
      transactionTime: FIXED_NOW,
      symbol: "LTCBTC",
      isIsolated: false,
      orders: [
        { symbol: "LTCBTC", orderId: stopLeg.orderId, clientOrderId: stopLeg.clientOrderId },
        { symbol: "LTCBTC", orderId: makerLeg.orderId, clientOrderId: makerLeg.clientOrderId },
      ],
    });
    const [stopReport, makerReport] = result.body.orderReports;
    expect(stopReport).toMatchObject({
      origClientOrderId: stopLeg.clientOrderId,
      orderId: stopLeg.orderId,
      orderListId: list.orderListId,
      price: "1.00000000",
      origQty: "10.00000000",
      executedQty: "0.00000000",
      cummulativeQuoteQty: "0.00000000",
      status: "CANCELED",
      timeInForce: "GTC",
      type: "STOP_LOSS_LIMIT",
      side: "SELL",
      stopPrice: "1.00000000",
      selfTradePreventionMode: "NONE",
    });
    expect(makerReport).toMatchObject({ type: "LIMIT_MAKER", price: "3.00000000", status: "CANCELED" });
    expect(makerReport).not.toHaveProperty("stopPrice");
    // Both reports carry the cancel's own client id, as in the seed example.
    expect(stopReport.clientOrderId).toBe(makerReport.clientOrderId);

    const after = sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId });
    expect(after).toMatchObject({ status: "CANCELED", cancelCount: 1, listOrderStatus: "ALL_DONE" });
    expect(after?.legs.map((leg) => leg.status)).toEqual(["CANCELED", "CANCELED"]);
  });

  it("cancels by listClientOrderId, including ids with reserved and non-ASCII characters", async () => {
    const { sandbox, account } = await setup();
    const listClientOrderId = "止损 OCO+@!'()~*";
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", listClientOrderId });
    const result = await cancel(sandbox, account, { symbol: "LTCBTC", listClientOrderId });
    expect(result.status).toBe(200);
    expect(result.body.orderListId).toBe(list.orderListId);
    expect(result.body.listClientOrderId).toBe(listClientOrderId);
  });

  it("with both ids sent, both must name the same list", async () => {
    const { sandbox, account } = await setup();
    const first = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const second = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const mismatch = await cancel(sandbox, account, {
      symbol: "LTCBTC",
      orderListId: first.orderListId,
      listClientOrderId: second.listClientOrderId,
    });
    expect(mismatch.body).toEqual({ code: -2011, msg: "Unknown order list sent." });
    expect(sandbox.orderLists().every((list) => list.status === "OPEN")).toBe(true);

    const match = await cancel(sandbox, account, {
      symbol: "LTCBTC",
      orderListId: second.orderListId,
      listClientOrderId: second.listClientOrderId,
    });
    expect(match.status).toBe(200);
    expect(sandbox.getOrderList(account.apiKey, { orderListId: first.orderListId })?.status).toBe("OPEN");
  });

  it("uses newClientOrderId when sent and generates a 22-char base62 one otherwise", async () => {
    const { sandbox, account } = await setup();
    const sent = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const generated = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });

    const withId = await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: sent.orderListId, newClientOrderId: "my-cancel_1" });
    expect(withId.body.orderReports.map((report: { clientOrderId: string }) => report.clientOrderId)).toEqual(["my-cancel_1", "my-cancel_1"]);

    const withoutId = await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: generated.orderListId });
    const [report] = withoutId.body.orderReports;
    expect(report.clientOrderId).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(sandbox.getOrderList(account.apiKey, { orderListId: generated.orderListId })?.cancelClientOrderId).toBe(report.clientOrderId);
  });

  it("cancelling the same list twice answers -2011 and cancels nothing more", async () => {
    const { sandbox, account } = await setup();
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    expect((await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: list.orderListId })).status).toBe(200);
    const again = await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: list.orderListId });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ code: -2011, msg: "Unknown order list sent." });
    expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.cancelCount).toBe(1);
  });

  it("unknown ids, another symbol or another account's list answer -2011", async () => {
    const { sandbox, account } = await setup();
    const other = await sandbox.createAccount({ type: "hmac" });
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const attempts = [
      await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: list.orderListId + 100 }),
      await cancel(sandbox, account, { symbol: "LTCBTC", listClientOrderId: "nope" }),
      await cancel(sandbox, account, { symbol: "BNBBTC", orderListId: list.orderListId }),
      await cancel(sandbox, other, { symbol: "LTCBTC", orderListId: list.orderListId }),
      // Ids beyond 2^53 are compared exactly, never rounded onto an existing id.
      await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: "18446744073709551615" }),
    ];
    for (const attempt of attempts) expect(attempt.body).toEqual({ code: -2011, msg: "Unknown order list sent." });
    expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status).toBe("OPEN");
  });
});

describe("cross and isolated margin", () => {
  it("an isolated list cancels only with isIsolated=TRUE; without it Binance answers -2011", async () => {
    const { sandbox, account } = await setup();
    const list = sandbox.createOcoList(account.apiKey, { symbol: "BNBUSDT", isIsolated: true });

    for (const isIsolated of [undefined, "FALSE"]) {
      const params = { symbol: "BNBUSDT", orderListId: list.orderListId, ...(isIsolated ? { isIsolated } : {}) };
      const rejected = await cancel(sandbox, account, params);
      expect(rejected.body).toEqual({ code: -2011, msg: "Unknown order list sent." });
      expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status).toBe("OPEN");
    }

    const accepted = await cancel(sandbox, account, { symbol: "BNBUSDT", isIsolated: "TRUE", orderListId: list.orderListId });
    expect(accepted.status).toBe(200);
    expect(accepted.body.isIsolated).toBe(true);
  });

  it("a cross list does not cancel with isIsolated=TRUE, and does with FALSE or nothing", async () => {
    const { sandbox, account } = await setup();
    const explicit = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const implicit = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });

    const wrongMode = await cancel(sandbox, account, { symbol: "LTCBTC", isIsolated: "TRUE", orderListId: explicit.orderListId });
    expect(wrongMode.body.code).toBe(-2011);
    expect(sandbox.getOrderList(account.apiKey, { orderListId: explicit.orderListId })?.status).toBe("OPEN");

    expect((await cancel(sandbox, account, { symbol: "LTCBTC", isIsolated: "FALSE", orderListId: explicit.orderListId })).body.isIsolated).toBe(false);
    expect((await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: implicit.orderListId })).body.isIsolated).toBe(false);
  });
});
