import { describe, expect, it } from "vitest";
import { ALICE, createFixture, oto, sellOco } from "./engine-fixture.js";

// Every fill is one trade: the FULL report's fill, the order's executedQty /
// cummulativeQuoteQty and the account's trade list all show the same trade.

describe("trades from fills", () => {
  it("a price move through an OCO's limit leg: the leg FILLED at its price as a maker, the other EXPIRED, one trade", () => {
    const { engine, now } = createFixture();
    const placed = engine.placeOco(ALICE, sellOco);
    const [stop, limit] = placed.orders;
    engine.setPrice("BTCUSDT", "61500");

    const limitOrder = engine.queryOrder(ALICE, { symbol: "BTCUSDT", orderId: limit?.orderId ?? -1 });
    expect(limitOrder).toMatchObject({
      status: "FILLED",
      type: "LIMIT_MAKER",
      origQty: "0.01000000",
      executedQty: "0.01000000",
      cummulativeQuoteQty: "610.00000000",
      isWorking: true,
      orderListId: placed.orderListId,
    });
    expect(engine.queryOrder(ALICE, { symbol: "BTCUSDT", orderId: stop?.orderId ?? -1 })).toMatchObject({
      status: "EXPIRED",
      executedQty: "0.00000000",
      isWorking: false,
    });
    expect(engine.queryTrades(ALICE, { symbol: "BTCUSDT" })).toEqual([
      {
        commission: "0.00000000",
        commissionAsset: "USDT",
        id: 1,
        isBestMatch: true,
        isBuyer: false,
        isMaker: true,
        orderId: limit?.orderId,
        price: "61000.00000000",
        qty: "0.01000000",
        quoteQty: "610.00000000",
        symbol: "BTCUSDT",
        isIsolated: false,
        time: now(),
      },
    ]);
  });

  it("a triggered stop trades on arrival at the last price, as a taker", () => {
    const { engine } = createFixture();
    const placed = engine.placeOco(ALICE, sellOco);
    engine.setPrice("BTCUSDT", "58950");
    const [trade] = engine.queryTrades(ALICE, { symbol: "BTCUSDT" });
    expect(trade).toMatchObject({ orderId: placed.orders[0]?.orderId, price: "58950.00000000", isMaker: false, quoteQty: "589.50000000" });
    expect(engine.queryOrder(ALICE, { symbol: "BTCUSDT", orderId: placed.orders[0]?.orderId ?? -1 })).toMatchObject({
      status: "FILLED",
      type: "STOP_LOSS_LIMIT",
      stopPrice: "59000.00000000",
      cummulativeQuoteQty: "589.50000000",
    });
  });

  it("with a commission rate, the FULL report's fills, the trade list and cummulativeQuoteQty agree", () => {
    const { engine } = createFixture({ commissionRate: "0.001" });
    // A BUY working order above the last price (300) trades at once, at 300, as a taker.
    const placed = engine.placeOto(ALICE, { ...oto, workingPrice: "305", newOrderRespType: "FULL" });
    const working = placed.orderReports[0];
    if (!working || !("fills" in working)) throw new Error("expected a FULL report");
    expect(working.fills).toEqual([{ price: "300.00000000", qty: "1.00000000", commission: "0.00100000", commissionAsset: "BNB", tradeId: 1 }]);
    expect(working.cummulativeQuoteQty).toBe("300.00000000");
    engine.setPrice("BNBUSDT", "310");
    const trades = engine.queryTrades(ALICE, { symbol: "BNBUSDT" });
    expect(trades.map(({ id, price, qty, quoteQty, commission, commissionAsset, isBuyer, isMaker }) => ({ id, price, qty, quoteQty, commission, commissionAsset, isBuyer, isMaker }))).toEqual([
      { id: 1, price: "300.00000000", qty: "1.00000000", quoteQty: "300.00000000", commission: "0.00100000", commissionAsset: "BNB", isBuyer: true, isMaker: false },
      // The SELL receives the quote asset: 310 x 0.001.
      { id: 2, price: "310.00000000", qty: "1.00000000", quoteQty: "310.00000000", commission: "0.31000000", commissionAsset: "USDT", isBuyer: false, isMaker: true },
    ]);
  });

  it("refuses a commission rate that is not a decimal in [0, 1)", () => {
    expect(() => createFixture({ commissionRate: "1" })).toThrow(TypeError);
    expect(() => createFixture({ commissionRate: "-0.1" })).toThrow(TypeError);
    expect(() => createFixture({ commissionRate: "0.000000001" })).toThrow(TypeError);
  });

  it("trade ids count per symbol, as Binance's do", () => {
    const { engine } = createFixture();
    engine.placeOco(ALICE, sellOco);
    engine.placeOto(ALICE, oto);
    engine.setPrice("BTCUSDT", "61000");
    engine.setPrice("BNBUSDT", "295");
    expect(engine.queryTrades(ALICE, { symbol: "BTCUSDT" }).map((trade) => trade.id)).toEqual([1]);
    expect(engine.queryTrades(ALICE, { symbol: "BNBUSDT" }).map((trade) => trade.id)).toEqual([1]);
  });

  it("a seeded standalone order fills on arrival as a taker, or later at its price as a maker", () => {
    const { engine } = createFixture();
    const taker = engine.seedOrder(ALICE, { symbol: "BNBUSDT", side: "BUY", price: "301" });
    expect(taker).toMatchObject({ status: "FILLED", orderListId: -1, type: "LIMIT", cummulativeQuoteQty: "300.00000000" });
    const maker = engine.seedOrder(ALICE, { symbol: "BNBUSDT", side: "BUY", price: "290", quantity: "2" });
    expect(maker).toMatchObject({ status: "NEW", isWorking: true });
    engine.setPrice("BNBUSDT", "289");
    expect(engine.queryTrades(ALICE, { symbol: "BNBUSDT" }).map(({ orderId, price, qty, isMaker }) => ({ orderId, price, qty, isMaker }))).toEqual([
      { orderId: taker.orderId, price: "300.00000000", qty: "1.00000000", isMaker: false },
      { orderId: maker.orderId, price: "290.00000000", qty: "2.00000000", isMaker: true },
    ]);
    expect(() => engine.seedOrder(ALICE, { symbol: "NOPE", price: "1" })).toThrow(TypeError);
  });
});
