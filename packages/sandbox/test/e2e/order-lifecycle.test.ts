import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";
import { describe, expect, it } from "vitest";
import { SELL_OCO } from "../helpers/order-list-requests.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

// Issue 19's "done when", through the project's client and signer against a
// fresh sandbox: every leg is an order the order calls read, every fill a
// trade, a cancelled leg takes its list with it, and cancel-all sweeps a
// symbol. Every response is validated against the spec after each test.

async function setup(options: { commissionRate?: string } = {}) {
  const sandbox = await startTestSandbox(options);
  const account = await sandbox.createAccount({ type: "hmac" });
  const client = createClient({ baseUrl: sandbox.url });
  client.use(createSigner({ apiKey: account.apiKey, apiSecret: account.apiSecret ?? "" }));
  return { sandbox, account, client };
}

// BNBUSDT starts at 300 (the default symbol table).

describe("e2e: every leg is an order, every fill a trade", () => {
  it("an OCO whose limit leg the price moves through: that leg FILLED for its quantity, the other EXPIRED, one trade at the fill price", async () => {
    const { sandbox, client } = await setup();
    const placed = await client.POST("/sapi/v1/margin/order/oco", { params: { query: SELL_OCO } });
    const [stopLeg, limitLeg] = placed.data?.orders ?? [];
    if (!stopLeg || !limitLeg) throw new Error(`placement failed: ${JSON.stringify(placed.error)}`);
    sandbox.setPrice("BTCUSDT", "61000");

    const limit = await client.GET("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", orderId: limitLeg.orderId } } });
    expect(limit.error).toBeUndefined();
    expect(limit.response.headers.get("X-SAPI-USED-IP-WEIGHT-1M")).toBe("10");
    expect(limit.data).toMatchObject({ status: "FILLED", executedQty: "0.01000000", origQty: "0.01000000", cummulativeQuoteQty: "610.00000000", type: "LIMIT_MAKER" });
    const stop = await client.GET("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", origClientOrderId: stopLeg.clientOrderId } } });
    expect(stop.data).toMatchObject({ orderId: stopLeg.orderId, status: "EXPIRED", executedQty: "0.00000000" });

    const trades = await client.GET("/sapi/v1/margin/myTrades", { params: { query: { symbol: "BTCUSDT" } } });
    expect(trades.error).toBeUndefined();
    expect(trades.data).toMatchObject([
      { orderId: limitLeg.orderId, price: "61000.00000000", qty: "0.01000000", commission: "0.00000000", commissionAsset: "USDT", isBuyer: false, isMaker: true, isBestMatch: true, isIsolated: false },
    ]);

    const all = await client.GET("/sapi/v1/margin/allOrders", { params: { query: { symbol: "BTCUSDT" } } });
    expect(all.response.headers.get("X-SAPI-USED-IP-WEIGHT-1M")).toBe("200");
    expect(all.data?.map((order) => [order.orderId, order.status])).toEqual([
      [stopLeg.orderId, "EXPIRED"],
      [limitLeg.orderId, "FILLED"],
    ]);
  });

  it("FULL fills, cummulativeQuoteQty and the trade list agree under a commission rate", async () => {
    const { client } = await setup({ commissionRate: "0.001" });
    const placed = await client.POST("/sapi/v1/margin/order/oto", {
      params: {
        query: {
          symbol: "BNBUSDT",
          workingType: "LIMIT",
          workingSide: "BUY",
          workingPrice: "305",
          workingQuantity: "2",
          workingTimeInForce: "GTC",
          pendingType: "LIMIT",
          pendingSide: "SELL",
          pendingPrice: "310",
          pendingQuantity: "2",
          pendingTimeInForce: "GTC",
          newOrderRespType: "FULL",
        },
      },
    });
    const working = placed.data?.orderReports[0];
    expect(working).toMatchObject({ status: "FILLED", cummulativeQuoteQty: "600.00000000" });
    expect(working && "fills" in working ? working.fills : []).toEqual([
      { price: "300.00000000", qty: "2.00000000", commission: "0.00200000", commissionAsset: "BNB", tradeId: 1 },
    ]);
    const trades = await client.GET("/sapi/v1/margin/myTrades", { params: { query: { symbol: "BNBUSDT", fromId: 1 } } });
    expect(trades.data).toMatchObject([{ id: 1, price: "300.00000000", qty: "2.00000000", commission: "0.00200000", commissionAsset: "BNB", isMaker: false, isBuyer: true }]);
  });

  it("cancelling one leg of an OCO cancels the list: answered as the list, ALL_DONE, both legs CANCELED", async () => {
    const { client } = await setup();
    const placed = await client.POST("/sapi/v1/margin/order/oco", { params: { query: SELL_OCO } });
    const [stopLeg, limitLeg] = placed.data?.orders ?? [];
    if (!stopLeg || !limitLeg || !placed.data) throw new Error("placement failed");
    const cancelled = await client.DELETE("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", orderId: stopLeg.orderId } } });
    expect(cancelled.error).toBeUndefined();
    expect(cancelled.data).toMatchObject({ orderListId: placed.data.orderListId, listOrderStatus: "ALL_DONE" });
    const list = await client.GET("/sapi/v1/margin/orderList", { params: { query: { orderListId: placed.data.orderListId } } });
    expect(list.data).toMatchObject({ listStatusType: "ALL_DONE", listOrderStatus: "ALL_DONE" });
    for (const leg of [stopLeg, limitLeg]) {
      const order = await client.GET("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", orderId: leg.orderId } } });
      expect(order.data?.status).toBe("CANCELED");
    }
    const again = await client.DELETE("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", orderId: limitLeg.orderId } } });
    expect(again.error).toEqual({ code: -2011, msg: "Unknown order sent." });
  });

  it("an isolated order is not found without isIsolated=TRUE: -2013 on a query, -2011 on a cancel", async () => {
    const { client } = await setup();
    const placed = await client.POST("/sapi/v1/margin/order/oco", { params: { query: { ...SELL_OCO, isIsolated: "TRUE" } } });
    const orderId = placed.data?.orders[0]?.orderId ?? -1;
    const cross = await client.GET("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", orderId } } });
    expect(cross.error).toEqual({ code: -2013, msg: "Order does not exist." });
    const cancel = await client.DELETE("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", orderId } } });
    expect(cancel.error).toEqual({ code: -2011, msg: "Unknown order sent." });
    const isolated = await client.GET("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", isIsolated: "TRUE", orderId } } });
    expect(isolated.data).toMatchObject({ orderId, isIsolated: true, status: "NEW" });
  });

  it("cancel-all clears a symbol that has a standalone order, a list and a pending OTO, for that account only", async () => {
    const { sandbox, account, client } = await setup();
    const single = sandbox.createOrder(account.apiKey, { symbol: "BNBUSDT", price: "250" });
    const oco = await client.POST("/sapi/v1/margin/order/oco", {
      params: { query: { symbol: "BNBUSDT", side: "SELL", quantity: "1", price: "310", stopPrice: "290", stopLimitPrice: "289", stopLimitTimeInForce: "GTC" } },
    });
    const oto = await client.POST("/sapi/v1/margin/order/oto", {
      params: {
        query: {
          symbol: "BNBUSDT",
          workingType: "LIMIT",
          workingSide: "BUY",
          workingPrice: "295",
          workingQuantity: "1",
          workingTimeInForce: "GTC",
          pendingType: "LIMIT",
          pendingSide: "SELL",
          pendingPrice: "320",
          pendingQuantity: "1",
          pendingTimeInForce: "GTC",
        },
      },
    });
    const other = await client.POST("/sapi/v1/margin/order/oco", { params: { query: SELL_OCO } });
    const open = await client.GET("/sapi/v1/margin/openOrders", { params: { query: { symbol: "BNBUSDT" } } });
    expect(open.data?.map((order) => order.status)).toEqual(["NEW", "NEW", "NEW", "NEW", "PENDING_NEW"]);

    const swept = await client.DELETE("/sapi/v1/margin/openOrders", { params: { query: { symbol: "BNBUSDT" } } });
    expect(swept.error).toBeUndefined();
    expect(swept.response.headers.get("X-SAPI-USED-IP-WEIGHT-1M")).toBe("1");
    expect(swept.data?.map((item) => ("orderReports" in item ? `list ${item.orderListId}` : `order ${item.orderId}`))).toEqual([
      `order ${single.orderId}`,
      `list ${oco.data?.orderListId}`,
      `list ${oto.data?.orderListId}`,
    ]);
    const after = await client.GET("/sapi/v1/margin/openOrders", { params: { query: { symbol: "BNBUSDT" } } });
    expect(after.data).toEqual([]);
    const everywhere = await client.GET("/sapi/v1/margin/openOrders", { params: { query: {} } });
    expect(everywhere.data?.map((order) => order.orderListId)).toEqual([other.data?.orderListId, other.data?.orderListId]);
    const nothing = await client.DELETE("/sapi/v1/margin/openOrders", { params: { query: { symbol: "BNBUSDT" } } });
    expect(nothing.error).toEqual({ code: -2011, msg: "Unknown order sent." });
  });
});
