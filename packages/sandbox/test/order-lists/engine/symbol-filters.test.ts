import { describe, expect, it } from "vitest";
import { createSymbolTable, DEFAULT_SYMBOLS, type NewOcoRequest } from "../../../src/order-lists/engine/index.js";
import { ALICE, createFixture, rejectionOf } from "./engine-fixture.js";

const sell: NewOcoRequest = { symbol: "BTCUSDT", side: "SELL", quantity: "0.01", price: "61000", stopPrice: "59000" };

describe("symbol table", () => {
  it("lists realistic defaults, including the symbols the sandbox's tests and Binance's examples use", () => {
    const table = createSymbolTable();
    expect(table.symbols).toEqual(expect.arrayContaining(["BTCUSDT", "ETHUSDT", "BNBUSDT", "LTCBTC", "BNBBTC"]));
    expect(table.find("LTCBTC")).toMatchObject({ baseAsset: "LTC", quoteAsset: "BTC", notionalFilter: "MIN_NOTIONAL" });
    expect(table.find("NOPE")).toBeUndefined();
  });

  it("lets a spec replace a default or add a symbol, and refuses impossible specs", () => {
    const [btc] = DEFAULT_SYMBOLS;
    if (!btc) throw new Error("no default symbol");
    const table = createSymbolTable([{ ...btc, tickSize: "1" }, { ...btc, symbol: "XYZUSDT", baseAsset: "XYZ" }]);
    expect(table.find("BTCUSDT")?.tickSize).toBe(100_000_000n);
    expect(table.find("XYZUSDT")?.baseAsset).toBe("XYZ");
    expect(createSymbolTable([{ ...btc, symbol: "ONLY" }], { defaults: false }).symbols).toEqual(["ONLY"]);
    expect(() => createSymbolTable([{ ...btc, tickSize: "0" }])).toThrow(TypeError);
    expect(() => createSymbolTable([{ ...btc, minQty: "10", maxQty: "1" }])).toThrow(TypeError);
    expect(() => createSymbolTable([{ ...btc, lastPrice: "1.123456789" }])).toThrow(TypeError);
    expect(() => createSymbolTable([{ ...btc, lastPrice: "0" }])).toThrow(TypeError);
  });

  it("an unlisted symbol is -1121 Invalid symbol.", () => {
    const { engine } = createFixture();
    expect(rejectionOf(() => engine.placeOco(ALICE, { ...sell, symbol: "DOGEUSDT" }))).toEqual({ code: -1121, msg: "Invalid symbol." });
  });
});

describe("filters (-1013, Binance's 'Filter failure' messages)", () => {
  const { engine } = createFixture();
  const cases: [string, Partial<NewOcoRequest>, string][] = [
    ["price off the tick size", { price: "61000.005" }, "PRICE_FILTER"],
    ["price above maxPrice", { price: "1000000.01" }, "PRICE_FILTER"],
    ["stop price off the tick size", { stopPrice: "59000.001" }, "PRICE_FILTER"],
    ["stop price zero", { stopPrice: "0" }, "PRICE_FILTER"],
    ["stop limit price off the tick size", { stopLimitPrice: "58999.999", stopLimitTimeInForce: "GTC" }, "PRICE_FILTER"],
    ["quantity off the step size", { quantity: "0.000015" }, "LOT_SIZE"],
    ["quantity below minQty", { quantity: "0" }, "LOT_SIZE"],
    ["quantity above maxQty", { quantity: "9000.00001" }, "LOT_SIZE"],
    ["iceberg off the step size", { limitIcebergQty: "0.000001" }, "LOT_SIZE"],
    ["notional below minNotional", { quantity: "0.00008" }, "NOTIONAL"],
    ["notional above maxNotional", { quantity: "200", price: "61000" }, "NOTIONAL"],
  ];
  for (const [name, change, filter] of cases) {
    it(`${name}: Filter failure: ${filter}`, () => {
      expect(rejectionOf(() => engine.placeOco(ALICE, { ...sell, ...change }))).toEqual({
        code: -1013,
        msg: `Filter failure: ${filter}`,
      });
    });
  }

  it("names the notional filter the way the symbol does (MIN_NOTIONAL on LTCBTC)", () => {
    const order = { symbol: "LTCBTC", side: "SELL", quantity: "0.05", price: "0.0016", stopPrice: "0.0014" } as const;
    expect(rejectionOf(() => engine.placeOco(ALICE, order))).toEqual({ code: -1013, msg: "Filter failure: MIN_NOTIONAL" });
    expect(engine.placeOco(ALICE, { ...order, quantity: "0.1" }).listStatusType).toBe("EXEC_STARTED");
  });

  it("checks the notional at full precision: 0.00001 short of the minimum fails", () => {
    // 5 USDT minimum; 0.00009 BTC x 55555.55 = 4.9999995 USDT.
    const order = { symbol: "BTCUSDT", side: "BUY", quantity: "0.00009", price: "55555.55", stopPrice: "65000" } as const;
    expect(rejectionOf(() => engine.placeOco(ALICE, order)).msg).toBe("Filter failure: NOTIONAL");
  });

  it("rejects malformed decimals (-1100) and too much precision (-1111) before the filters", () => {
    expect(rejectionOf(() => engine.placeOco(ALICE, { ...sell, price: "61,000" }))).toEqual({
      code: -1100,
      msg: "Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.",
    });
    expect(rejectionOf(() => engine.placeOco(ALICE, { ...sell, quantity: "0.010000001" }))).toEqual({
      code: -1111,
      msg: "Parameter 'quantity' has too much precision.",
    });
  });

  it("accepts a notional exactly at the minimum (0.0001 x 50000 = 5 USDT)", () => {
    const { engine: fresh } = createFixture();
    const body = fresh.placeOco(ALICE, { symbol: "BTCUSDT", side: "BUY", quantity: "0.0001", price: "50000", stopPrice: "62500" });
    expect(body.listOrderStatus).toBe("EXECUTING");
  });

  it("checks a STOP_LOSS leg's notional at its stop price (the sandbox's stand-in for a market price)", () => {
    const { engine: fresh } = createFixture();
    const order = { symbol: "BTCUSDT", side: "SELL", quantity: "0.0001", price: "60000.01", stopPrice: "49999.99" } as const;
    expect(rejectionOf(() => fresh.placeOco(ALICE, order)).msg).toBe("Filter failure: NOTIONAL");
    expect(fresh.placeOco(ALICE, { ...order, stopPrice: "50000" }).listOrderStatus).toBe("EXECUTING");
  });
});
