import { describe, expect, it } from "vitest";
import type { MarginAccountRef, NewOcoRequest } from "../../../src/order-lists/engine/index.js";
import { ALICE, BOB, createFixture, rejectionOf, T0 } from "./engine-fixture.js";

const oco = (symbol = "BTCUSDT"): NewOcoRequest =>
  symbol === "BTCUSDT"
    ? { symbol, side: "SELL", quantity: "0.01", price: "61000", stopPrice: "59000" }
    : { symbol, side: "SELL", quantity: "0.01", price: "3100", stopPrice: "2900" };
const CROSS: MarginAccountRef = { isIsolated: false };
const ISOLATED_BTC: MarginAccountRef = { isIsolated: true, symbol: "BTCUSDT" };

describe("query one order list", () => {
  it("finds a list by orderListId or origClientOrderId in the list-status shape (no orderReports)", () => {
    const { engine } = createFixture();
    const placed = engine.placeOco(ALICE, { ...oco(), listClientOrderId: "mine" });
    const byId = engine.queryOrderList(ALICE, { account: CROSS, orderListId: 0n });
    expect(byId).toEqual({
      orderListId: 0,
      contingencyType: "OCO",
      listStatusType: "EXEC_STARTED",
      listOrderStatus: "EXECUTING",
      listClientOrderId: "mine",
      transactionTime: T0,
      symbol: "BTCUSDT",
      isIsolated: false,
      orders: placed.orders,
    });
    expect(engine.queryOrderList(ALICE, { account: CROSS, origClientOrderId: "mine" })).toEqual(byId);
    expect(engine.queryOrderList(ALICE, { account: CROSS, orderListId: 0, origClientOrderId: "mine" })).toEqual(byId);
  });

  it("-2013 Order does not exist. for unknown ids, mismatched ids, another account or the other margin mode", () => {
    const { engine } = createFixture();
    engine.placeOco(ALICE, { ...oco(), listClientOrderId: "mine" });
    const missing = { code: -2013, msg: "Order does not exist." };
    expect(rejectionOf(() => engine.queryOrderList(ALICE, { account: CROSS, orderListId: 1 }))).toEqual(missing);
    expect(rejectionOf(() => engine.queryOrderList(ALICE, { account: CROSS, orderListId: 0, origClientOrderId: "other" }))).toEqual(missing);
    expect(rejectionOf(() => engine.queryOrderList(BOB, { account: CROSS, orderListId: 0 }))).toEqual(missing);
    expect(rejectionOf(() => engine.queryOrderList(ALICE, { account: ISOLATED_BTC, orderListId: 0 }))).toEqual(missing);
  });

  it("-1102 when neither id is sent", () => {
    const { engine } = createFixture();
    expect(rejectionOf(() => engine.queryOrderList(ALICE, { account: CROSS }))).toEqual({
      code: -1102,
      msg: "Param 'orderListId' or 'origClientOrderId' must be sent, but both were empty/null!",
    });
  });

  it("shows a done list with its final status and time; a reused client id finds the open list", () => {
    const { engine, advance } = createFixture();
    engine.placeOco(ALICE, { ...oco(), listClientOrderId: "again" });
    const doneAt = advance(5000);
    engine.setPrice("BTCUSDT", "61000");
    expect(engine.queryOrderList(ALICE, { account: CROSS, orderListId: 0 })).toMatchObject({
      listStatusType: "ALL_DONE",
      listOrderStatus: "ALL_DONE",
      transactionTime: doneAt,
    });
    expect(engine.queryOrderList(ALICE, { account: CROSS, origClientOrderId: "again" }).orderListId).toBe(0);
    engine.setPrice("BTCUSDT", "60000");
    engine.placeOco(ALICE, { ...oco(), listClientOrderId: "again" });
    expect(engine.queryOrderList(ALICE, { account: CROSS, origClientOrderId: "again" }).orderListId).toBe(1);
  });
});

describe("cross vs isolated accounts", () => {
  it("cross spans every symbol of the account; isolated is one account per symbol", () => {
    const { engine } = createFixture();
    engine.placeOco(ALICE, oco("BTCUSDT")); // 0 cross
    engine.placeOco(ALICE, oco("ETHUSDT")); // 1 cross
    engine.placeOco(ALICE, { ...oco("BTCUSDT"), isIsolated: true }); // 2 isolated BTCUSDT
    engine.placeOco(ALICE, { ...oco("ETHUSDT"), isIsolated: true }); // 3 isolated ETHUSDT
    engine.placeOco(BOB, oco("BTCUSDT")); // 4 another account
    const ids = (bodies: readonly { orderListId: number }[]) => bodies.map((body) => body.orderListId);
    expect(ids(engine.queryOpenOrderLists(ALICE, CROSS))).toEqual([0, 1]);
    expect(ids(engine.queryOpenOrderLists(ALICE, ISOLATED_BTC))).toEqual([2]);
    expect(ids(engine.queryOpenOrderLists(ALICE, { isIsolated: true, symbol: "ETHUSDT" }))).toEqual([3]);
    expect(ids(engine.queryOpenOrderLists(ALICE, { isIsolated: true, symbol: "BNBUSDT" }))).toEqual([]);
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS }))).toEqual([1, 0]);
    expect(ids(engine.queryAllOrderLists(BOB, { account: CROSS }))).toEqual([4]);
    expect(engine.queryOpenOrderLists(ALICE, ISOLATED_BTC)[0]?.isIsolated).toBe(true);
  });
});

describe("open order lists", () => {
  it("lists only EXEC_STARTED lists, oldest first", () => {
    const { engine } = createFixture();
    engine.placeOco(ALICE, oco());
    engine.placeOco(ALICE, { ...oco(), price: "62000" });
    engine.placeOco(ALICE, oco());
    engine.cancelOrderList(ALICE, { symbol: "BTCUSDT", orderListId: 2 });
    engine.setPrice("BTCUSDT", "61500"); // fills list 0 (limit 61000), not list 1 (limit 62000)
    expect(engine.queryOpenOrderLists(ALICE, CROSS).map((body) => body.orderListId)).toEqual([1]);
  });
});

describe("all order lists: fromId / startTime / endTime / limit", () => {
  // Six lists, ids 0..5, created 1 s apart: createdAt = T0 + id * 1000.
  function sixLists() {
    const fixture = createFixture();
    for (let id = 0; id < 6; id++) {
      fixture.engine.placeOco(ALICE, oco());
      fixture.advance(1000);
    }
    return fixture.engine;
  }
  const ids = (bodies: readonly { orderListId: number }[]) => bodies.map((body) => body.orderListId);

  it("without bounds: the most recent `limit`, newest first (default 500)", () => {
    const engine = sixLists();
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS }))).toEqual([5, 4, 3, 2, 1, 0]);
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS, limit: 2 }))).toEqual([5, 4]);
  });

  it("fromId: ids >= fromId, the `limit` closest to it, newest first", () => {
    const engine = sixLists();
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS, fromId: 2n }))).toEqual([5, 4, 3, 2]);
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS, fromId: 2, limit: 2 }))).toEqual([3, 2]);
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS, fromId: 5 }))).toEqual([5]);
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS, fromId: 6 }))).toEqual([]);
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS, fromId: 2n ** 63n }))).toEqual([]);
  });

  it("startTime / endTime are inclusive creation-time bounds; startTime pages forward", () => {
    const engine = sixLists();
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS, startTime: T0 + 2000 }))).toEqual([5, 4, 3, 2]);
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS, startTime: T0 + 2000, limit: 2 }))).toEqual([3, 2]);
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS, endTime: T0 + 2000 }))).toEqual([2, 1, 0]);
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS, endTime: T0 + 2000, limit: 1 }))).toEqual([2]);
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS, startTime: T0 + 1000, endTime: T0 + 3000 }))).toEqual([3, 2, 1]);
    expect(ids(engine.queryAllOrderLists(ALICE, { account: CROSS, startTime: T0 + 3000, endTime: T0 + 1000 }))).toEqual([]);
  });

  it("fromId with a time bound is -1128; a limit outside 1..1000 is -1130", () => {
    const engine = sixLists();
    const combo = { code: -1128, msg: "Combination of optional parameters invalid." };
    expect(rejectionOf(() => engine.queryAllOrderLists(ALICE, { account: CROSS, fromId: 1, startTime: T0 }))).toEqual(combo);
    expect(rejectionOf(() => engine.queryAllOrderLists(ALICE, { account: CROSS, fromId: 1, endTime: T0 }))).toEqual(combo);
    const badLimit = { code: -1130, msg: "Data sent for parameter 'limit' is not valid." };
    for (const limit of [0, 1001, 2.5]) {
      expect(rejectionOf(() => engine.queryAllOrderLists(ALICE, { account: CROSS, limit }))).toEqual(badLimit);
    }
    expect(engine.queryAllOrderLists(ALICE, { account: CROSS, limit: 1000 })).toHaveLength(6);
    expect(engine.queryAllOrderLists(ALICE, { account: CROSS, limit: 1 })).toHaveLength(1);
  });

  it("caps at 500 by default", () => {
    const { engine } = createFixture();
    for (let index = 0; index < 501; index++) engine.placeOco(ALICE, oco());
    const page = engine.queryAllOrderLists(ALICE, { account: CROSS });
    expect(page).toHaveLength(500);
    expect([page[0]?.orderListId, page.at(-1)?.orderListId]).toEqual([500, 1]);
  });
});
