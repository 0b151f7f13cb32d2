// `isIsolated` in any letter case, as Binance reads it: ccxt sends `isIsolated=true`
// for `{ marginMode: "isolated" }` (ccxt/binance-api-node#464; spec/README.md,
// "Letter case of `isIsolated`"). Each spelling reaches the isolated account.
import { describe, expect, it } from "vitest";
import { signed } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

const NOW = 1_760_000_000_000;

async function setup() {
  const sandbox = await startTestSandbox({ now: () => NOW });
  const account = await sandbox.createAccount({ type: "hmac" });
  const isolated = sandbox.createOrder(account.apiKey, { symbol: "BTCUSDT", price: "50000", isIsolated: true });
  const cross = sandbox.createOrder(account.apiKey, { symbol: "BTCUSDT", price: "50001" });
  return { sandbox, account, isolated, cross };
}

describe("isIsolated in any letter case", () => {
  it.each(["true", "True", "TRUE"])("GET /sapi/v1/margin/order with isIsolated=%s finds the isolated account's order", async (isIsolated) => {
    const { sandbox, account, isolated } = await setup();
    const answer = await signed(sandbox, account, "GET", "/sapi/v1/margin/order", { symbol: "BTCUSDT", isIsolated, orderId: isolated.orderId });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ orderId: isolated.orderId, isIsolated: true });
  });

  it("lists the isolated account's open orders for isIsolated=true, the cross account's for isIsolated=false", async () => {
    const { sandbox, account, isolated, cross } = await setup();
    const isolatedOrders = await signed(sandbox, account, "GET", "/sapi/v1/margin/openOrders", { symbol: "BTCUSDT", isIsolated: "true" });
    expect(isolatedOrders.body.map((order: { orderId: number }) => order.orderId)).toEqual([isolated.orderId]);
    const crossOrders = await signed(sandbox, account, "GET", "/sapi/v1/margin/openOrders", { symbol: "BTCUSDT", isIsolated: "false" });
    expect(crossOrders.body.map((order: { orderId: number }) => order.orderId)).toEqual([cross.orderId]);
  });

  it("applies the isolated rules to isIsolated=true: symbol is required (-1102)", async () => {
    const { sandbox, account } = await setup();
    const answer = await signed(sandbox, account, "GET", "/sapi/v1/margin/openOrders", { isIsolated: "true" });
    expect([answer.status, answer.body.code]).toEqual([400, -1102]);
  });

  it("places an OCO in the isolated account for isIsolated=true", async () => {
    const { sandbox, account } = await setup();
    const placed = await signed(sandbox, account, "POST", "/sapi/v1/margin/order/oco", {
      symbol: "BTCUSDT",
      isIsolated: "true",
      side: "SELL",
      quantity: "0.01",
      price: "61000",
      stopPrice: "59000",
      stopLimitPrice: "58900",
      stopLimitTimeInForce: "GTC",
    });
    expect(placed.status).toBe(200);
    expect(placed.body.isIsolated).toBe(true);
  });

  it("still refuses a value that is neither true nor false, in any case (-1100)", async () => {
    const { sandbox, account, isolated } = await setup();
    const answer = await signed(sandbox, account, "GET", "/sapi/v1/margin/order", { symbol: "BTCUSDT", isIsolated: "yes", orderId: isolated.orderId });
    expect([answer.status, answer.body.code]).toEqual([400, -1100]);
  });
});
