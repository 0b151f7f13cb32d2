import { describe, expect, it } from "vitest";
import type { NewOcoRequest, NewOtocoRequest, NewOtoRequest } from "../../../src/order-lists/engine/index.js";
import { ALICE, createFixture } from "./engine-fixture.js";

// BTCUSDT starts at 60000, BNBUSDT at 300.
const sellOco: NewOcoRequest = { symbol: "BTCUSDT", side: "SELL", quantity: "0.01", price: "61000", stopPrice: "59000" };
const buyOco: NewOcoRequest = { symbol: "BTCUSDT", side: "BUY", quantity: "0.01", price: "59000", stopPrice: "61000" };

function statuses(engine: ReturnType<typeof createFixture>["engine"], orderListId: number) {
  const list = engine.getOrderList(ALICE, { orderListId });
  return { list: list?.listStatusType, orders: list?.legs.map((order) => order.status) };
}

describe("setPrice", () => {
  it("moves and reports the last price, and refuses unlisted symbols and bad prices", () => {
    const { engine } = createFixture();
    expect(engine.lastPrice("BTCUSDT")).toBe("60000.00000000");
    engine.setPrice("BTCUSDT", "123.45");
    expect(engine.lastPrice("BTCUSDT")).toBe("123.45000000");
    expect(engine.lastPrice("NOPE")).toBeUndefined();
    expect(() => engine.setPrice("NOPE", "1")).toThrow(TypeError);
    for (const bad of ["0", "-1", "1e3", "1.000000001", ""]) expect(() => engine.setPrice("BTCUSDT", bad)).toThrow(TypeError);
  });

  it("touches only lists on the moved symbol and reports which changed", () => {
    const { engine } = createFixture();
    const btc = engine.placeOco(ALICE, sellOco);
    const eth = engine.placeOco(ALICE, { ...sellOco, symbol: "ETHUSDT", price: "3100", stopPrice: "2900" });
    expect(engine.setPrice("BTCUSDT", "60500")).toEqual([]);
    expect(engine.setPrice("BTCUSDT", "61000")).toEqual([btc.orderListId]);
    expect(statuses(engine, eth.orderListId).list).toBe("EXEC_STARTED");
  });
});

describe("OCO transitions", () => {
  it("SELL: the limit maker fills when the price reaches it, at its own price; the stop leg expires; ALL_DONE", () => {
    const { engine, advance } = createFixture();
    const { orderListId } = engine.placeOco(ALICE, sellOco);
    engine.setPrice("BTCUSDT", "60999.99");
    expect(statuses(engine, orderListId)).toEqual({ list: "EXEC_STARTED", orders: ["NEW", "NEW"] });
    const at = advance(1000);
    engine.setPrice("BTCUSDT", "61500");
    const list = engine.getOrderList(ALICE, { orderListId });
    expect(list).toMatchObject({ listStatusType: "ALL_DONE", listOrderStatus: "ALL_DONE", status: "DONE", transactionTime: at });
    expect(list?.legs).toEqual([
      expect.objectContaining({ type: "STOP_LOSS", status: "EXPIRED", executedQty: "0.00000000", updateTime: at }),
      expect.objectContaining({ type: "LIMIT_MAKER", status: "FILLED", executedQty: "0.01000000", cummulativeQuoteQty: "610.00000000" }),
    ]);
  });

  it("SELL: a STOP_LOSS triggers when the price falls to the stop and fills at the last price", () => {
    const { engine } = createFixture();
    const { orderListId } = engine.placeOco(ALICE, sellOco);
    engine.setPrice("BTCUSDT", "58000");
    expect(engine.getOrderList(ALICE, { orderListId })?.legs).toEqual([
      expect.objectContaining({ status: "FILLED", triggered: true, cummulativeQuoteQty: "580.00000000" }),
      expect.objectContaining({ status: "EXPIRED" }),
    ]);
  });

  it("BUY: the limit fills when the price falls to it, the stop triggers when it rises to it", () => {
    const { engine } = createFixture();
    const low = engine.placeOco(ALICE, buyOco);
    const high = engine.placeOco(ALICE, { ...buyOco, quantity: "0.02" });
    engine.setPrice("BTCUSDT", "59000");
    expect(statuses(engine, low.orderListId).orders).toEqual(["EXPIRED", "FILLED"]);
    expect(statuses(engine, high.orderListId).orders).toEqual(["EXPIRED", "FILLED"]);
    const third = engine.placeOco(ALICE, { ...buyOco, price: "58000", stopPrice: "60000" });
    engine.setPrice("BTCUSDT", "60000");
    expect(statuses(engine, third.orderListId)).toEqual({ list: "ALL_DONE", orders: ["FILLED", "EXPIRED"] });
  });

  it("STOP_LOSS_LIMIT: triggers (the limit maker expires at once), then rests until its limit price is reached", () => {
    const { engine } = createFixture();
    const { orderListId } = engine.placeOco(ALICE, { ...sellOco, stopLimitPrice: "58500", stopLimitTimeInForce: "GTC" });
    engine.setPrice("BTCUSDT", "58400");
    expect(engine.getOrderList(ALICE, { orderListId })).toMatchObject({
      listStatusType: "EXEC_STARTED",
      legs: [{ status: "NEW", triggered: true }, { status: "EXPIRED" }],
    });
    engine.setPrice("BTCUSDT", "58499.99");
    expect(statuses(engine, orderListId)).toEqual({ list: "EXEC_STARTED", orders: ["NEW", "EXPIRED"] });
    engine.setPrice("BTCUSDT", "58600");
    expect(engine.getOrderList(ALICE, { orderListId })).toMatchObject({
      listStatusType: "ALL_DONE",
      // A resting limit order fills at its own price.
      legs: [{ status: "FILLED", cummulativeQuoteQty: "585.00000000" }, { status: "EXPIRED" }],
    });
  });

  it("STOP_LOSS_LIMIT: fills at the last price when triggered inside its limit; IOC/FOK expire when not", () => {
    const { engine } = createFixture();
    const inside = engine.placeOco(ALICE, { ...sellOco, stopLimitPrice: "58500", stopLimitTimeInForce: "GTC" });
    const ioc = engine.placeOco(ALICE, { ...sellOco, stopPrice: "58000", stopLimitPrice: "57000", stopLimitTimeInForce: "IOC" });
    engine.setPrice("BTCUSDT", "58800");
    expect(engine.getOrderList(ALICE, { orderListId: inside.orderListId })?.legs[0]).toMatchObject({
      status: "FILLED",
      cummulativeQuoteQty: "588.00000000",
    });
    engine.setPrice("BTCUSDT", "56000");
    expect(statuses(engine, ioc.orderListId)).toEqual({ list: "ALL_DONE", orders: ["EXPIRED", "EXPIRED"] });
  });
});

const oto: NewOtoRequest = {
  symbol: "BNBUSDT",
  workingType: "LIMIT_MAKER",
  workingSide: "BUY",
  workingPrice: "295",
  workingQuantity: "1",
  pendingType: "LIMIT",
  pendingSide: "SELL",
  pendingPrice: "310",
  pendingQuantity: "1",
  pendingTimeInForce: "GTC",
};
const otoco: NewOtocoRequest = {
  symbol: "BNBUSDT",
  workingType: "LIMIT",
  workingSide: "BUY",
  workingPrice: "295",
  workingQuantity: "1",
  workingTimeInForce: "GTC",
  pendingSide: "SELL",
  pendingQuantity: "1",
  pendingAboveType: "LIMIT_MAKER",
  pendingAbovePrice: "301",
  pendingBelowType: "STOP_LOSS_LIMIT",
  pendingBelowStopPrice: "289",
  pendingBelowPrice: "288",
  pendingBelowTimeInForce: "GTC",
};

describe("OTO transitions", () => {
  it("places the pending order (PENDING_NEW -> NEW) when the working order fills, then fills it", () => {
    const { engine } = createFixture();
    const { orderListId } = engine.placeOto(ALICE, oto);
    engine.setPrice("BNBUSDT", "296");
    expect(statuses(engine, orderListId).orders).toEqual(["NEW", "PENDING_NEW"]);
    engine.setPrice("BNBUSDT", "295");
    expect(statuses(engine, orderListId)).toEqual({ list: "EXEC_STARTED", orders: ["FILLED", "NEW"] });
    engine.setPrice("BNBUSDT", "310");
    expect(statuses(engine, orderListId)).toEqual({ list: "ALL_DONE", orders: ["FILLED", "FILLED"] });
  });

  it("a pending order placed into a price that already crosses it trades at once (MARKET, LIMIT) or expires (LIMIT_MAKER)", () => {
    const { engine } = createFixture();
    const market = engine.placeOto(ALICE, { ...oto, pendingType: "MARKET", pendingPrice: undefined, pendingTimeInForce: undefined });
    const maker = engine.placeOto(ALICE, { ...oto, pendingType: "LIMIT_MAKER", pendingPrice: "290", pendingTimeInForce: undefined });
    engine.setPrice("BNBUSDT", "294");
    expect(engine.getOrderList(ALICE, { orderListId: market.orderListId })).toMatchObject({
      listStatusType: "ALL_DONE",
      legs: [{ status: "FILLED", cummulativeQuoteQty: "295.00000000" }, { status: "FILLED", cummulativeQuoteQty: "294.00000000" }],
    });
    expect(statuses(engine, maker.orderListId)).toEqual({ list: "ALL_DONE", orders: ["FILLED", "EXPIRED"] });
  });

  it("a pending TAKE_PROFIT waits for the price to rise to its stop", () => {
    const { engine } = createFixture();
    const { orderListId } = engine.placeOto(ALICE, {
      ...oto,
      pendingType: "TAKE_PROFIT",
      pendingPrice: undefined,
      pendingTimeInForce: undefined,
      pendingStopPrice: "320",
    });
    engine.setPrice("BNBUSDT", "295");
    engine.setPrice("BNBUSDT", "319.99");
    expect(statuses(engine, orderListId).orders).toEqual(["FILLED", "NEW"]);
    engine.setPrice("BNBUSDT", "325");
    expect(statuses(engine, orderListId)).toEqual({ list: "ALL_DONE", orders: ["FILLED", "FILLED"] });
  });
});

describe("OTOCO transitions", () => {
  it("places the pair when the working order fills; the pair then behaves as an OCO", () => {
    const { engine } = createFixture();
    const { orderListId } = engine.placeOtoco(ALICE, otoco);
    engine.setPrice("BNBUSDT", "295");
    expect(statuses(engine, orderListId)).toEqual({ list: "EXEC_STARTED", orders: ["FILLED", "NEW", "NEW"] });
    engine.setPrice("BNBUSDT", "301");
    expect(statuses(engine, orderListId)).toEqual({ list: "ALL_DONE", orders: ["FILLED", "EXPIRED", "FILLED"] });
  });

  it("a gap through the stop places the pair and triggers it in the same move", () => {
    const { engine } = createFixture();
    const { orderListId } = engine.placeOtoco(ALICE, { ...otoco, pendingBelowType: "STOP_LOSS", pendingBelowPrice: undefined, pendingBelowTimeInForce: undefined });
    engine.setPrice("BNBUSDT", "280");
    expect(engine.getOrderList(ALICE, { orderListId })).toMatchObject({
      listStatusType: "ALL_DONE",
      legs: [
        { status: "FILLED", cummulativeQuoteQty: "295.00000000" },
        { status: "FILLED", triggered: true, cummulativeQuoteQty: "280.00000000" },
        { status: "EXPIRED" },
      ],
    });
  });

  it("keeps the pair PENDING_NEW while the working order rests", () => {
    const { engine } = createFixture();
    const { orderListId } = engine.placeOtoco(ALICE, otoco);
    engine.setPrice("BNBUSDT", "400");
    expect(statuses(engine, orderListId)).toEqual({ list: "EXEC_STARTED", orders: ["NEW", "PENDING_NEW", "PENDING_NEW"] });
  });
});
