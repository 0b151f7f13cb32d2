import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../../src/order-lists/engine/reads/history-window.js";
import { ALICE, BOB, createFixture, oto, rejectionOf, sellOco } from "./engine-fixture.js";

// Every leg is an order that the order reads find: one account at a time
// (cross, or the isolated account of a symbol), by either id.

const NO_SUCH_ORDER = { code: -2013, msg: "Order does not exist." };

describe("query one order", () => {
  it("finds a leg by orderId, by origClientOrderId, or by both when they name the same order", () => {
    const { engine } = createFixture();
    const placed = engine.placeOco(ALICE, { ...sellOco, limitClientOrderId: "take-profit" });
    const limit = placed.orders[1];
    if (!limit) throw new Error("no limit leg");
    const byId = engine.queryOrder(ALICE, { symbol: "BTCUSDT", orderId: limit.orderId });
    expect(Object.keys(byId)).toEqual([
      "clientOrderId", "cummulativeQuoteQty", "executedQty", "icebergQty", "isWorking", "orderId", "orderListId", "origQty",
      "price", "side", "status", "stopPrice", "symbol", "isIsolated", "time", "timeInForce", "type", "selfTradePreventionMode", "updateTime",
    ]);
    expect(byId).toMatchObject({ clientOrderId: "take-profit", price: "61000.00000000", stopPrice: "0.00000000", icebergQty: "0.00000000", status: "NEW" });
    expect(engine.queryOrder(ALICE, { symbol: "BTCUSDT", origClientOrderId: "take-profit" })).toEqual(byId);
    expect(engine.queryOrder(ALICE, { symbol: "BTCUSDT", orderId: limit.orderId, origClientOrderId: "take-profit" })).toEqual(byId);
    expect(rejectionOf(() => engine.queryOrder(ALICE, { symbol: "BTCUSDT", orderId: limit.orderId, origClientOrderId: "other" }))).toEqual(NO_SUCH_ORDER);
    expect(rejectionOf(() => engine.queryOrder(ALICE, { symbol: "BTCUSDT" })).code).toBe(-1102);
    expect(rejectionOf(() => engine.queryOrder(ALICE, { symbol: "BTCUSDT", orderId: 999 }))).toEqual(NO_SUCH_ORDER);
  });

  it("sees only the account it addresses: an isolated order without isIsolated=TRUE does not exist (-2013)", () => {
    const { engine } = createFixture();
    const placed = engine.placeOco(ALICE, { ...sellOco, isIsolated: true });
    const orderId = placed.orders[0]?.orderId ?? -1;
    expect(rejectionOf(() => engine.queryOrder(ALICE, { symbol: "BTCUSDT", orderId }))).toEqual(NO_SUCH_ORDER);
    expect(rejectionOf(() => engine.queryOrder(BOB, { symbol: "BTCUSDT", isIsolated: true, orderId }))).toEqual(NO_SUCH_ORDER);
    expect(rejectionOf(() => engine.queryOrder(ALICE, { symbol: "ETHUSDT", isIsolated: true, orderId }))).toEqual(NO_SUCH_ORDER);
    expect(engine.queryOrder(ALICE, { symbol: "BTCUSDT", isIsolated: true, orderId })).toMatchObject({ orderId, isIsolated: true });
  });
});

describe("open orders", () => {
  it("lists the account's live orders, PENDING_NEW included, on one symbol or (cross) every symbol, ascending orderId", () => {
    const { engine } = createFixture();
    const oco = engine.placeOco(ALICE, sellOco);
    const otoList = engine.placeOto(ALICE, oto);
    engine.placeOco(ALICE, { ...sellOco, isIsolated: true });
    engine.placeOco(BOB, sellOco);
    const ids = (orders: readonly { orderId: number }[]) => orders.map((order) => order.orderId);
    const ocoIds = ids(oco.orders);
    const otoIds = ids(otoList.orders);
    expect(ids(engine.queryOpenOrders(ALICE, {}))).toEqual([...ocoIds, ...otoIds]);
    expect(engine.queryOpenOrders(ALICE, { symbol: "BNBUSDT" }).map((order) => order.status)).toEqual(["NEW", "PENDING_NEW"]);
    expect(engine.queryOpenOrders(ALICE, { symbol: "BTCUSDT", isIsolated: true })).toHaveLength(2);
    expect(rejectionOf(() => engine.queryOpenOrders(ALICE, { isIsolated: true })).code).toBe(-1102);
    engine.setPrice("BTCUSDT", "61000");
    // Alice's cross and isolated OCOs and Bob's all filled.
    expect(ids(engine.queryOpenOrders(ALICE, {}))).toEqual(otoIds);
    expect(engine.queryOpenOrders(ALICE, { symbol: "BTCUSDT", isIsolated: true })).toEqual([]);
  });
});

describe("all orders", () => {
  it("without orderId or times: the orders placed within the last 24 hours, ascending, the most recent `limit`", () => {
    const { engine, advance } = createFixture();
    const old = engine.placeOco(ALICE, sellOco);
    advance(DAY_MS + 1);
    const recent = engine.placeOco(ALICE, { ...sellOco, quantity: "0.02" });
    const ids = (orders: readonly { orderId: number }[]) => orders.map((order) => order.orderId);
    expect(ids(engine.queryAllOrders(ALICE, { symbol: "BTCUSDT" }))).toEqual(ids(recent.orders));
    expect(ids(engine.queryAllOrders(ALICE, { symbol: "BTCUSDT", limit: 1 }))).toEqual(ids(recent.orders).slice(-1));
    // orderId: orders >= it, oldest first, whatever their age.
    expect(ids(engine.queryAllOrders(ALICE, { symbol: "BTCUSDT", orderId: old.orders[1]?.orderId ?? -1, limit: 2 }))).toEqual([
      old.orders[1]?.orderId,
      recent.orders[0]?.orderId,
    ]);
    // startTime alone: the 24 hours after it.
    expect(ids(engine.queryAllOrders(ALICE, { symbol: "BTCUSDT", startTime: old.transactionTime }))).toEqual(ids(old.orders));
    expect(ids(engine.queryAllOrders(ALICE, { symbol: "BTCUSDT", isIsolated: true }))).toEqual([]);
    expect(rejectionOf(() => engine.queryAllOrders(ALICE, { symbol: "BTCUSDT", startTime: 0, endTime: DAY_MS + 1 }))).toEqual({
      code: -1127,
      msg: "More than 24 hours between startTime and endTime.",
    });
    expect(engine.queryAllOrders(ALICE, { symbol: "BTCUSDT", startTime: 0, endTime: DAY_MS })).toEqual([]);
    expect(rejectionOf(() => engine.queryAllOrders(ALICE, { symbol: "BTCUSDT", limit: 501 })).code).toBe(-1130);
  });
});

describe("trade list", () => {
  it("pages by fromId, filters by orderId, keeps the 24-hour default window and refuses fromId with a time", () => {
    const { engine, advance } = createFixture();
    const first = engine.placeOto(ALICE, oto);
    engine.setPrice("BNBUSDT", "295");
    engine.setPrice("BNBUSDT", "310");
    advance(DAY_MS + 1);
    const second = engine.placeOto(ALICE, oto);
    engine.setPrice("BNBUSDT", "295");
    const ids = (trades: readonly { id: number }[]) => trades.map((trade) => trade.id);
    expect(ids(engine.queryTrades(ALICE, { symbol: "BNBUSDT" }))).toEqual([3]);
    expect(ids(engine.queryTrades(ALICE, { symbol: "BNBUSDT", fromId: 2 }))).toEqual([2, 3]);
    expect(ids(engine.queryTrades(ALICE, { symbol: "BNBUSDT", fromId: 1, limit: 2 }))).toEqual([1, 2]);
    expect(engine.queryTrades(ALICE, { symbol: "BNBUSDT", orderId: first.orders[1]?.orderId ?? -1 })).toMatchObject([{ id: 2, price: "310.00000000" }]);
    expect(engine.queryTrades(ALICE, { symbol: "BNBUSDT", orderId: second.orders[0]?.orderId ?? -1 })).toMatchObject([{ id: 3 }]);
    expect(engine.queryTrades(BOB, { symbol: "BNBUSDT", fromId: 1 })).toEqual([]);
    expect(engine.queryTrades(ALICE, { symbol: "BNBUSDT", isIsolated: true, fromId: 1 })).toEqual([]);
    expect(rejectionOf(() => engine.queryTrades(ALICE, { symbol: "BNBUSDT", fromId: 1, startTime: 0 })).code).toBe(-1128);
    expect(rejectionOf(() => engine.queryTrades(ALICE, { symbol: "BNBUSDT", limit: 1001 })).code).toBe(-1130);
    expect(rejectionOf(() => engine.queryTrades(ALICE, { symbol: "BNBUSDT", startTime: 0, endTime: DAY_MS + 1 })).code).toBe(-1127);
  });
});
