import { describe, expect, it } from "vitest";
import { ALICE, BOB, createFixture, oto, rejectionOf, sellOco } from "./engine-fixture.js";

const UNKNOWN_ORDER = { code: -2011, msg: "Unknown order sent." };

describe("cancel one order", () => {
  it("cancelling one leg of an OCO cancels the whole list and answers the cancelled list", () => {
    const { engine, now } = createFixture();
    const placed = engine.placeOco(ALICE, sellOco);
    const [stop, limit] = placed.orders;
    const body = engine.cancelOrder(ALICE, { symbol: "BTCUSDT", orderId: limit?.orderId ?? -1, newClientOrderId: "my-cancel" });
    expect(body).toMatchObject({
      orderListId: placed.orderListId,
      contingencyType: "OCO",
      listStatusType: "ALL_DONE",
      listOrderStatus: "ALL_DONE",
      orders: placed.orders,
    });
    expect("orderReports" in body ? body.orderReports.map(({ orderId, status, clientOrderId, type }) => ({ orderId, status, clientOrderId, type })) : []).toEqual([
      { orderId: stop?.orderId, status: "CANCELED", clientOrderId: "my-cancel", type: "STOP_LOSS_LIMIT" },
      { orderId: limit?.orderId, status: "CANCELED", clientOrderId: "my-cancel", type: "LIMIT_MAKER" },
    ]);
    expect(engine.queryOrderList(ALICE, { account: { isIsolated: false }, orderListId: placed.orderListId })).toMatchObject({
      listStatusType: "ALL_DONE",
      listOrderStatus: "ALL_DONE",
      transactionTime: now(),
    });
    for (const leg of [stop, limit]) {
      expect(engine.queryOrder(ALICE, { symbol: "BTCUSDT", orderId: leg?.orderId ?? -1 })).toMatchObject({ status: "CANCELED", updateTime: now() });
    }
    expect(engine.getOrderList(ALICE, { orderListId: placed.orderListId })).toMatchObject({ status: "CANCELED", cancelClientOrderId: "my-cancel" });
    // Done now: a second cancel finds no live order.
    expect(rejectionOf(() => engine.cancelOrder(ALICE, { symbol: "BTCUSDT", orderId: stop?.orderId ?? -1 }))).toEqual(UNKNOWN_ORDER);
  });

  it("a pending OTO order cancels its list by its client id; a standalone order answers alone (orderId a string, orderListId -1)", () => {
    const { engine } = createFixture();
    const placed = engine.placeOto(ALICE, { ...oto, pendingClientOrderId: "later" });
    expect(engine.cancelOrder(ALICE, { symbol: "BNBUSDT", origClientOrderId: "later" })).toMatchObject({ listOrderStatus: "ALL_DONE", orderListId: placed.orderListId });
    expect(engine.queryOrder(ALICE, { symbol: "BNBUSDT", orderId: placed.orders[0]?.orderId ?? -1 }).status).toBe("CANCELED");
    const single = engine.seedOrder(ALICE, { symbol: "BNBUSDT", price: "250", clientOrderId: "lone" });
    expect(engine.cancelOrder(ALICE, { symbol: "BNBUSDT", orderId: single.orderId, newClientOrderId: "cancel-lone" })).toEqual({
      symbol: "BNBUSDT",
      isIsolated: false,
      orderId: String(single.orderId),
      orderListId: -1,
      origClientOrderId: "lone",
      clientOrderId: "cancel-lone",
      price: "250.00000000",
      origQty: "1.00000000",
      executedQty: "0.00000000",
      cummulativeQuoteQty: "0.00000000",
      status: "CANCELED",
      timeInForce: "GTC",
      type: "LIMIT",
      side: "BUY",
    });
  });

  it("-2011 for an unknown order, another account's, the wrong margin mode or symbol, or ids naming two orders; -1102 for neither id", () => {
    const { engine } = createFixture();
    const isolated = engine.placeOco(ALICE, { ...sellOco, isIsolated: true, limitClientOrderId: "tp" });
    const orderId = isolated.orders[1]?.orderId ?? -1;
    expect(rejectionOf(() => engine.cancelOrder(ALICE, { symbol: "BTCUSDT", orderId }))).toEqual(UNKNOWN_ORDER);
    expect(rejectionOf(() => engine.cancelOrder(BOB, { symbol: "BTCUSDT", isIsolated: true, orderId }))).toEqual(UNKNOWN_ORDER);
    expect(rejectionOf(() => engine.cancelOrder(ALICE, { symbol: "ETHUSDT", isIsolated: true, orderId }))).toEqual(UNKNOWN_ORDER);
    expect(rejectionOf(() => engine.cancelOrder(ALICE, { symbol: "BTCUSDT", isIsolated: true, orderId, origClientOrderId: "other" }))).toEqual(UNKNOWN_ORDER);
    expect(rejectionOf(() => engine.cancelOrder(ALICE, { symbol: "BTCUSDT", isIsolated: true, orderId: 12345 }))).toEqual(UNKNOWN_ORDER);
    expect(rejectionOf(() => engine.cancelOrder(ALICE, { symbol: "BTCUSDT", isIsolated: true })).code).toBe(-1102);
    expect(engine.queryOpenOrders(ALICE, { symbol: "BTCUSDT", isIsolated: true })).toHaveLength(2);
    expect(engine.cancelOrder(ALICE, { symbol: "BTCUSDT", isIsolated: true, orderId, origClientOrderId: "tp" })).toMatchObject({ isIsolated: true, listOrderStatus: "ALL_DONE" });
  });
});

describe("cancel all open orders on a symbol", () => {
  it("cancels this account's standalone orders, lists and pending OTO orders on the symbol; standalone items first, one cancel id", () => {
    const { engine } = createFixture();
    const single = engine.seedOrder(ALICE, { symbol: "BNBUSDT", price: "250" });
    const otoList = engine.placeOto(ALICE, oto);
    const ocoList = engine.placeOco(ALICE, { ...sellOco, symbol: "BNBUSDT", quantity: "1", price: "310", stopPrice: "290", stopLimitPrice: "289" });
    const isolated = engine.placeOto(ALICE, { ...oto, isIsolated: true });
    const bobs = engine.placeOto(BOB, oto);
    const other = engine.placeOco(ALICE, sellOco);

    const items = engine.cancelOpenOrders(ALICE, { symbol: "BNBUSDT" });
    expect(items.map((item) => ("contingencyType" in item ? `list ${item.orderListId}` : `order ${item.orderId}`))).toEqual([
      `order ${single.orderId}`,
      `list ${otoList.orderListId}`,
      `list ${ocoList.orderListId}`,
    ]);
    const [first, second] = items;
    expect(first).toMatchObject({ orderListId: -1, status: "CANCELED", selfTradePreventionMode: "NONE", isIsolated: false });
    expect(second).toMatchObject({ listStatusType: "ALL_DONE", listOrderStatus: "ALL_DONE", contingencyType: "OTO" });
    // The working order and the PENDING_NEW order both reported CANCELED.
    expect(second && "orderReports" in second ? second.orderReports.map((report) => report.status) : []).toEqual(["CANCELED", "CANCELED"]);
    const cancelIds = new Set(items.flatMap((item) => ("orderReports" in item ? item.orderReports.map((report) => report.clientOrderId) : [item.clientOrderId])));
    expect(cancelIds.size).toBe(1);

    expect(engine.queryOpenOrders(ALICE, { symbol: "BNBUSDT" })).toEqual([]);
    expect(engine.queryOpenOrders(ALICE, { symbol: "BNBUSDT", isIsolated: true })).toHaveLength(2);
    expect(engine.queryOpenOrders(BOB, { symbol: "BNBUSDT" })).toHaveLength(2);
    expect(engine.queryOpenOrders(ALICE, { symbol: "BTCUSDT" })).toHaveLength(2);
    expect(engine.getOrderList(ALICE, { orderListId: isolated.orderListId })?.status).toBe("OPEN");
    expect(engine.getOrderList(BOB, { orderListId: bobs.orderListId })?.status).toBe("OPEN");
    expect(engine.getOrderList(ALICE, { orderListId: other.orderListId })?.status).toBe("OPEN");
    expect(rejectionOf(() => engine.cancelOpenOrders(ALICE, { symbol: "BNBUSDT" }))).toEqual(UNKNOWN_ORDER);
    expect(engine.cancelOpenOrders(ALICE, { symbol: "BNBUSDT", isIsolated: true })).toHaveLength(1);
  });
});
