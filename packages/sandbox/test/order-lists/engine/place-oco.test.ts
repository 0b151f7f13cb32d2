import { describe, expect, it } from "vitest";
import type { NewOcoRequest } from "../../../src/order-lists/engine/index.js";
import { ALICE, BOB, createFixture, rejectionOf, sellOco, T0 } from "./engine-fixture.js";

// BTCUSDT's default last price is 60000.
const buyOco: NewOcoRequest = { symbol: "BTCUSDT", side: "BUY", quantity: "0.01", price: "59000", stopPrice: "61000" };
const BAD_PRICES = { code: -2010, msg: "The relationship of the prices for the orders is not correct." };
const DUPLICATE = { code: -2010, msg: "Duplicate order sent." };

describe("place OCO: response shape", () => {
  it("answers RESULT by default: the list EXEC_STARTED / EXECUTING, the stop leg first, no marginBuyBorrow fields", () => {
    const { engine } = createFixture();
    const body = engine.placeOco(ALICE, { ...sellOco, listClientOrderId: "my-list", limitClientOrderId: "my-limit" });
    expect(Object.keys(body)).toEqual([
      "orderListId", "contingencyType", "listStatusType", "listOrderStatus", "listClientOrderId",
      "transactionTime", "symbol", "isIsolated", "orders", "orderReports",
    ]);
    expect(body).toMatchObject({
      orderListId: 0,
      contingencyType: "OCO",
      listStatusType: "EXEC_STARTED",
      listOrderStatus: "EXECUTING",
      listClientOrderId: "my-list",
      transactionTime: T0,
      symbol: "BTCUSDT",
      isIsolated: false,
    });
    const [stop, limit] = body.orderReports;
    expect(body.orders).toEqual([
      { symbol: "BTCUSDT", orderId: 1, clientOrderId: stop?.clientOrderId },
      { symbol: "BTCUSDT", orderId: 2, clientOrderId: "my-limit" },
    ]);
    expect(stop).toEqual({
      symbol: "BTCUSDT",
      orderId: 1,
      orderListId: 0,
      clientOrderId: stop?.clientOrderId,
      transactTime: T0,
      price: "58900.00000000",
      origQty: "0.01000000",
      executedQty: "0.00000000",
      cummulativeQuoteQty: "0.00000000",
      status: "NEW",
      timeInForce: "GTC",
      type: "STOP_LOSS_LIMIT",
      side: "SELL",
      stopPrice: "59000.00000000",
      selfTradePreventionMode: "NONE",
    });
    expect(stop?.clientOrderId).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(limit).toMatchObject({ type: "LIMIT_MAKER", price: "61000.00000000", status: "NEW", timeInForce: "GTC" });
    expect(limit).not.toHaveProperty("stopPrice");
    expect(body).not.toHaveProperty("marginBuyBorrowAmount");
    expect(body).not.toHaveProperty("marginBuyBorrowAsset");
  });

  it("ACK reports only identify the orders; FULL adds fills (none at placement)", () => {
    const { engine } = createFixture();
    const ack = engine.placeOco(ALICE, { ...sellOco, newOrderRespType: "ACK" });
    expect(ack.orderReports).toEqual([
      { symbol: "BTCUSDT", orderId: 1, orderListId: 0, clientOrderId: ack.orders[0]?.clientOrderId, transactTime: T0 },
      { symbol: "BTCUSDT", orderId: 2, orderListId: 0, clientOrderId: ack.orders[1]?.clientOrderId, transactTime: T0 },
    ]);
    const full = engine.placeOco(ALICE, { ...sellOco, newOrderRespType: "FULL" });
    expect(full.orderReports.map((report) => ("fills" in report ? report.fills : undefined))).toEqual([[], []]);
    const result = engine.placeOco(ALICE, { ...sellOco, newOrderRespType: "RESULT" });
    expect(result.orderReports[0]).not.toHaveProperty("fills");
  });

  it("without stopLimitPrice the stop leg is STOP_LOSS, printed with price 0", () => {
    const { engine } = createFixture();
    const [stop] = engine.placeOco(ALICE, buyOco).orderReports;
    expect(stop).toMatchObject({ type: "STOP_LOSS", side: "BUY", price: "0.00000000", stopPrice: "61000.00000000" });
  });

  it("accepts and echoes selfTradePreventionMode, accepts sideEffectType and autoRepayAtCancel, borrows nothing", () => {
    const { engine } = createFixture();
    const body = engine.placeOco(ALICE, {
      ...sellOco,
      selfTradePreventionMode: "EXPIRE_MAKER",
      sideEffectType: "AUTO_BORROW_REPAY",
      autoRepayAtCancel: false,
    });
    expect(body.orderReports.map((report) => ("selfTradePreventionMode" in report ? report.selfTradePreventionMode : ""))).toEqual([
      "EXPIRE_MAKER",
      "EXPIRE_MAKER",
    ]);
    expect(body).not.toHaveProperty("marginBuyBorrowAmount");
    expect(engine.getOrderList(ALICE, { orderListId: body.orderListId })).toMatchObject({
      sideEffectType: "AUTO_BORROW_REPAY",
      autoRepayAtCancel: false,
      selfTradePreventionMode: "EXPIRE_MAKER",
    });
  });

  it("echoes iceberg quantities on their legs", () => {
    const { engine } = createFixture();
    const [stop, limit] = engine.placeOco(ALICE, { ...sellOco, limitIcebergQty: "0.002", stopIcebergQty: "0.003" }).orderReports;
    expect(limit).toMatchObject({ icebergQty: "0.00200000" });
    expect(stop).toMatchObject({ icebergQty: "0.00300000" });
  });

  it("reports isIsolated and keeps ids increasing across accounts and modes", () => {
    const { engine } = createFixture();
    expect(engine.placeOco(ALICE, { ...sellOco, isIsolated: true })).toMatchObject({ orderListId: 0, isIsolated: true });
    const second = engine.placeOco(BOB, sellOco);
    expect(second).toMatchObject({ orderListId: 1, isIsolated: false });
    expect(second.orders.map((order) => order.orderId)).toEqual([3, 4]);
  });
});

describe("place OCO: price relationships (SELL limit > last > stop; BUY limit < last < stop)", () => {
  const { engine } = createFixture();
  const cases: [string, NewOcoRequest][] = [
    ["SELL limit below last", { ...sellOco, price: "59500" }],
    ["SELL limit at last", { ...sellOco, price: "60000" }],
    ["SELL stop at last", { ...sellOco, stopPrice: "60000" }],
    ["SELL stop above last", { ...sellOco, stopPrice: "60500", stopLimitPrice: "60400" }],
    ["BUY limit above last", { ...buyOco, price: "60500" }],
    ["BUY limit at last", { ...buyOco, price: "60000" }],
    ["BUY stop at last", { ...buyOco, stopPrice: "60000" }],
    ["BUY stop below last", { ...buyOco, stopPrice: "59500" }],
  ];
  for (const [name, request] of cases) {
    it(`${name}: -2010`, () => expect(rejectionOf(() => engine.placeOco(ALICE, request))).toEqual(BAD_PRICES));
  }

  it("follows the last price: after setPrice the same OCO is valid or not", () => {
    const { engine: fresh } = createFixture();
    fresh.setPrice("BTCUSDT", "61500");
    expect(rejectionOf(() => fresh.placeOco(ALICE, sellOco))).toEqual(BAD_PRICES);
    fresh.setPrice("BTCUSDT", "60999.99");
    expect(fresh.placeOco(ALICE, sellOco).listOrderStatus).toBe("EXECUTING");
  });

  it("leaves nothing behind when rejected", () => {
    expect(engine.orderLists(ALICE)).toEqual([]);
  });
});

describe("place OCO: parameter rules", () => {
  const { engine } = createFixture();
  it("stopLimitPrice requires stopLimitTimeInForce (-1102)", () => {
    const { stopLimitTimeInForce: _, ...request } = sellOco;
    expect(rejectionOf(() => engine.placeOco(ALICE, request))).toEqual({
      code: -1102,
      msg: "Mandatory parameter 'stopLimitTimeInForce' was not sent, was empty/null, or malformed.",
    });
  });

  it("stopLimitTimeInForce without stopLimitPrice is -1106", () => {
    expect(rejectionOf(() => engine.placeOco(ALICE, { ...buyOco, stopLimitTimeInForce: "GTC" }))).toEqual({
      code: -1106,
      msg: "Parameter 'stopLimitTimeInForce' sent when not required.",
    });
  });

  it("an iceberg on a STOP_LOSS leg, or with IOC/FOK, is an unsupported combination (-2010)", () => {
    const unsupported = { code: -2010, msg: "Unsupported order combination" };
    expect(rejectionOf(() => engine.placeOco(ALICE, { ...buyOco, stopIcebergQty: "0.001" }))).toEqual(unsupported);
    expect(rejectionOf(() => engine.placeOco(ALICE, { ...sellOco, stopLimitTimeInForce: "IOC", stopIcebergQty: "0.001" }))).toEqual(
      unsupported,
    );
  });

  it("an iceberg as large as the order is -2010 IcebergQty exceeds QTY.", () => {
    expect(rejectionOf(() => engine.placeOco(ALICE, { ...sellOco, limitIcebergQty: "0.01" }))).toEqual({
      code: -2010,
      msg: "IcebergQty exceeds QTY.",
    });
  });

  it("accepts IOC and FOK stop limit legs", () => {
    expect(engine.placeOco(ALICE, { ...sellOco, stopLimitTimeInForce: "FOK" }).orderReports[0]).toMatchObject({ timeInForce: "FOK" });
  });
});

describe("place OCO: client order ids", () => {
  it("a listClientOrderId is unique among the account's open lists, reusable once done (-2010 Duplicate order sent.)", () => {
    const { engine } = createFixture();
    const first = engine.placeOco(ALICE, { ...sellOco, listClientOrderId: "same" });
    expect(rejectionOf(() => engine.placeOco(ALICE, { ...sellOco, listClientOrderId: "same" }))).toEqual(DUPLICATE);
    // Other accounts and the isolated account have their own namespace.
    expect(engine.placeOco(BOB, { ...sellOco, listClientOrderId: "same" }).listClientOrderId).toBe("same");
    expect(engine.placeOco(ALICE, { ...sellOco, listClientOrderId: "same", isIsolated: true }).listClientOrderId).toBe("same");
    engine.cancelOrderList(ALICE, { symbol: "BTCUSDT", orderListId: first.orderListId });
    expect(engine.placeOco(ALICE, { ...sellOco, listClientOrderId: "same" }).orderListId).toBe(3);
  });

  it("leg client ids are unique among open orders and within the request", () => {
    const { engine } = createFixture();
    expect(rejectionOf(() => engine.placeOco(ALICE, { ...sellOco, limitClientOrderId: "x", stopClientOrderId: "x" }))).toEqual(DUPLICATE);
    engine.placeOco(ALICE, { ...sellOco, limitClientOrderId: "leg" });
    expect(rejectionOf(() => engine.placeOco(ALICE, { ...sellOco, stopClientOrderId: "leg" }))).toEqual(DUPLICATE);
    // A list's id and an order's id live in different namespaces.
    expect(engine.placeOco(ALICE, { ...sellOco, listClientOrderId: "leg" }).listClientOrderId).toBe("leg");
  });

  it("generates client ids deterministically from the injected generator", () => {
    let n = 0;
    const { engine } = createFixture({ clientOrderId: () => `id${++n}` });
    const body = engine.placeOco(ALICE, sellOco);
    expect([body.listClientOrderId, ...body.orders.map((order) => order.clientOrderId)]).toEqual(["id1", "id2", "id3"]);
  });
});
