import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";
import { describe, expect, it } from "vitest";
import type { Sandbox, SandboxAccount } from "../../src/index.js";
import { BNB_OTO, SELL_OCO } from "../helpers/order-list-requests.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

/** The documented sapi-kit setup, pointed at the sandbox. */
function clientFor(sandbox: Sandbox, account: SandboxAccount) {
  const client = createClient({ baseUrl: sandbox.url });
  const credentials =
    account.keyType === "hmac"
      ? { apiKey: account.apiKey, apiSecret: account.apiSecret as string }
      : { apiKey: account.apiKey, privateKey: account.privateKeyPem as string };
  client.use(createSigner(credentials));
  return client;
}

async function setup(keyType: "hmac" | "ed25519" = "hmac", now?: () => number) {
  const sandbox = await startTestSandbox(now ? { now } : {});
  const account = await sandbox.createAccount({ type: keyType });
  return { sandbox, account, client: clientFor(sandbox, account) };
}

// BNBUSDT starts at 300 (the default symbol table).

describe("e2e: the margin order-list lifecycle through createClient + createSigner", () => {
  describe.each(["hmac", "ed25519"] as const)("%s key", (keyType) => {
    it("places an OCO, lists it open, queries it, cancels it and finds it in the 'all' list", async () => {
      const { sandbox, client } = await setup(keyType);
      const placed = await client.POST("/sapi/v1/margin/order/oco", {
        params: { query: { ...SELL_OCO, listClientOrderId: "my-oco" } },
      });
      expect(placed.error).toBeUndefined();
      expect(placed.response.headers.get("X-SAPI-USED-UID-WEIGHT-1M")).toBe("6");
      expect(placed.data).toMatchObject({ contingencyType: "OCO", listStatusType: "EXEC_STARTED", listClientOrderId: "my-oco" });
      expect(placed.data?.orderReports.map((report) => [report.type, report.status])).toEqual([
        ["STOP_LOSS_LIMIT", "NEW"],
        ["LIMIT_MAKER", "NEW"],
      ]);
      const orderListId = placed.data?.orderListId ?? -1;

      const open = await client.GET("/sapi/v1/margin/openOrderList", { params: { query: {} } });
      expect(open.error).toBeUndefined();
      expect(open.response.headers.get("X-SAPI-USED-IP-WEIGHT-1M")).toBe("10");
      expect(open.data?.map((list) => list.orderListId)).toEqual([orderListId]);

      const byId = await client.GET("/sapi/v1/margin/orderList", { params: { query: { orderListId } } });
      const byClientId = await client.GET("/sapi/v1/margin/orderList", { params: { query: { origClientOrderId: "my-oco" } } });
      expect(byId.data?.orderListId).toBe(orderListId);
      expect(byClientId.data?.orderListId).toBe(orderListId);

      const cancelled = await client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "BTCUSDT", orderListId } } });
      expect(cancelled.error).toBeUndefined();
      expect(cancelled.data?.listOrderStatus).toBe("ALL_DONE");

      const openAfter = await client.GET("/sapi/v1/margin/openOrderList", { params: { query: {} } });
      expect(openAfter.data).toEqual([]);
      const all = await client.GET("/sapi/v1/margin/allOrderList", { params: { query: {} } });
      expect(all.error).toBeUndefined();
      expect(all.response.headers.get("X-SAPI-USED-IP-WEIGHT-1M")).toBe("200");
      expect(all.data?.map((list) => [list.orderListId, list.listStatusType])).toEqual([[orderListId, "ALL_DONE"]]);
      expect(sandbox.getOrderList(sandbox.orderLists()[0]?.apiKey ?? "", { orderListId })?.status).toBe("CANCELED");
    });

    it("places an OTO whose pending order is placed when the working order fills", async () => {
      const { sandbox, client } = await setup(keyType);
      const { data, error } = await client.POST("/sapi/v1/margin/order/oto", { params: { query: BNB_OTO } });
      expect(error).toBeUndefined();
      expect(data?.orderReports.map((report) => report.status)).toEqual(["NEW", "PENDING_NEW"]);

      expect(sandbox.setPrice("BNBUSDT", "295")).toEqual([data?.orderListId]);
      const after = await client.GET("/sapi/v1/margin/orderList", { params: { query: { orderListId: data?.orderListId ?? -1 } } });
      expect(after.data?.listStatusType).toBe("EXEC_STARTED");
      expect(sandbox.orderLists()[0]?.legs.map((leg) => leg.status)).toEqual(["FILLED", "NEW"]);

      sandbox.setPrice("BNBUSDT", "310");
      expect(sandbox.orderLists()[0]?.legs.map((leg) => leg.status)).toEqual(["FILLED", "FILLED"]);
      const open = await client.GET("/sapi/v1/margin/openOrderList", { params: { query: {} } });
      expect(open.data).toEqual([]);
    });
  });

  it("places an isolated OTOCO; a price move over the admin route fills the working order, the pair then acts as an OCO", async () => {
    const { sandbox, client } = await setup();
    const { data, error } = await client.POST("/sapi/v1/margin/order/otoco", {
      params: {
        query: {
          symbol: "BNBUSDT",
          isIsolated: "TRUE",
          workingType: "LIMIT",
          workingSide: "BUY",
          workingPrice: "295",
          workingQuantity: "1",
          workingTimeInForce: "GTC",
          pendingSide: "SELL",
          pendingQuantity: "1",
          pendingAboveType: "LIMIT_MAKER",
          pendingAbovePrice: "301",
          pendingBelowType: "STOP_LOSS",
          pendingBelowStopPrice: "289",
        },
      },
    });
    expect(error).toBeUndefined();
    expect(data?.isIsolated).toBe(true);
    expect(data?.orderReports.map((report) => [report.type, report.status])).toEqual([
      ["LIMIT", "NEW"],
      ["STOP_LOSS", "PENDING_NEW"],
      ["LIMIT_MAKER", "PENDING_NEW"],
    ]);

    // Any language can move the price: plain HTTP, no key, no signature.
    const moved = await fetch(`${sandbox.url}/sandbox/v1/price`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ symbol: "BNBUSDT", price: "295" }),
    });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toEqual({ symbol: "BNBUSDT", price: "295.00000000", changedOrderListIds: [data?.orderListId] });
    const read = await fetch(`${sandbox.url}/sandbox/v1/price?symbol=BNBUSDT`);
    expect(await read.json()).toEqual({ symbol: "BNBUSDT", price: "295.00000000" });

    // The cross account does not see the isolated list; the isolated account of BNBUSDT does.
    const crossOpen = await client.GET("/sapi/v1/margin/openOrderList", { params: { query: {} } });
    expect(crossOpen.data).toEqual([]);
    const isolatedOpen = await client.GET("/sapi/v1/margin/openOrderList", {
      params: { query: { isIsolated: "TRUE", symbol: "BNBUSDT" } },
    });
    expect(isolatedOpen.data?.map((list) => list.orderListId)).toEqual([data?.orderListId]);
    expect(sandbox.orderLists()[0]?.legs.map((leg) => leg.status)).toEqual(["FILLED", "NEW", "NEW"]);

    // The pair is an OCO now: the stop triggers, the limit maker expires.
    await fetch(`${sandbox.url}/sandbox/v1/price`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ symbol: "BNBUSDT", price: "289" }),
    });
    expect(sandbox.orderLists()[0]?.legs.map((leg) => leg.status)).toEqual(["FILLED", "FILLED", "EXPIRED"]);
    expect(sandbox.orderLists()[0]?.status).toBe("DONE");
  });

  it("pages the 'all' list with fromId, startTime / endTime and limit", async () => {
    let now = 1_700_000_000_000;
    const { client } = await setup("hmac", () => now);
    const ids: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      now += 1000;
      const { data } = await client.POST("/sapi/v1/margin/order/oco", { params: { query: SELL_OCO } });
      ids.push(data?.orderListId ?? -1);
    }
    const all = async (query: Record<string, number>) =>
      (await client.GET("/sapi/v1/margin/allOrderList", { params: { query } })).data?.map((list) => list.orderListId);
    expect((await all({}))?.slice().sort()).toEqual(ids);
    expect((await all({ fromId: ids[2] ?? -1 }))?.slice().sort()).toEqual(ids.slice(2));
    expect(await all({ limit: 1 })).toHaveLength(1);
    const createdAt = (index: number) => 1_700_000_000_000 + (index + 1) * 1000;
    expect((await all({ startTime: createdAt(1), endTime: createdAt(2) }))?.slice().sort()).toEqual(ids.slice(1, 3));

    // The spec's x-parameter-rules: fromId excludes startTime / endTime (-1128).
    const excluded: Record<string, number> = { fromId: 0, startTime: createdAt(0) };
    const both = await client.GET("/sapi/v1/margin/allOrderList", { params: { query: excluded } });
    expect(both.error).toEqual({ code: -1128, msg: "Combination of optional parameters invalid." });
  });

  it("rejects with Binance's codes before touching state, still charging the weight", async () => {
    const { sandbox, client } = await setup();
    const belowLotSize = await client.POST("/sapi/v1/margin/order/oco", { params: { query: { ...SELL_OCO, quantity: "0.000005" } } });
    expect(belowLotSize.error).toEqual({ code: -1013, msg: "Filter failure: LOT_SIZE" });
    const badRelationship = await client.POST("/sapi/v1/margin/order/oco", {
      params: { query: { ...SELL_OCO, price: "59500" } },
    });
    expect(badRelationship.error).toEqual({ code: -2010, msg: "The relationship of the prices for the orders is not correct." });
    expect(badRelationship.response.headers.get("X-SAPI-USED-UID-WEIGHT-1M")).toBe("12");
    const unknown = await client.GET("/sapi/v1/margin/orderList", { params: { query: { orderListId: 99 } } });
    expect(unknown.error).toEqual({ code: -2013, msg: "Order does not exist." });
    expect(sandbox.orderLists()).toEqual([]);
  });
});
