// GET /api/v3/exchangeInfo: the sandbox's symbol table as Binance prints
// trading rules. Every answer is validated against the spec by
// startTestSandbox; the values are compared with the sandbox's own table.
import { describe, expect, it } from "vitest";
import type { Sandbox, SandboxSymbol } from "../../src/index.js";
import { send } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

const PATH = "/api/v3/exchangeInfo";

/** Decimal text as Binance prints it, 8 fraction digits. */
const eight = (text: string) => {
  const [whole, fraction = ""] = text.split(".");
  return `${whole}.${fraction.padEnd(8, "0")}`;
};

/** The three filters a symbol of the table must show. */
function expectedFilters(symbol: SandboxSymbol, maxNotional?: string) {
  const notional =
    symbol.notionalFilter === "MIN_NOTIONAL"
      ? { filterType: "MIN_NOTIONAL", minNotional: symbol.minNotional, applyToMarket: true, avgPriceMins: 5 }
      : {
          filterType: "NOTIONAL",
          minNotional: symbol.minNotional,
          applyMinToMarket: true,
          maxNotional: maxNotional ?? symbol.maxNotional,
          applyMaxToMarket: false,
          avgPriceMins: 5,
        };
  return [
    { filterType: "PRICE_FILTER", minPrice: symbol.minPrice, maxPrice: symbol.maxPrice, tickSize: symbol.tickSize },
    { filterType: "LOT_SIZE", minQty: symbol.minQty, maxQty: symbol.maxQty, stepSize: symbol.stepSize },
    notional,
  ];
}

async function exchangeInfo(sandbox: Sandbox, query = "") {
  return send(sandbox, "GET", `${PATH}${query}`);
}

describe("GET /api/v3/exchangeInfo", () => {
  it("lists every symbol of the table with the filters placements are checked against", async () => {
    const sandbox = await startTestSandbox();
    const table = sandbox.symbols();

    const answer = await exchangeInfo(sandbox);

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      timezone: "UTC",
      rateLimits: [{ rateLimitType: "REQUEST_WEIGHT", interval: "MINUTE", intervalNum: 1, limit: 6000 }],
      exchangeFilters: [],
    });
    expect(answer.body.symbols.map((entry: { symbol: string }) => entry.symbol)).toEqual(table.map(({ symbol }) => symbol));
    for (const [index, symbol] of table.entries()) {
      expect(answer.body.symbols[index]).toMatchObject({
        symbol: symbol.symbol,
        status: "TRADING",
        baseAsset: symbol.baseAsset,
        quoteAsset: symbol.quoteAsset,
        baseAssetPrecision: 8,
        quoteAssetPrecision: 8,
        isMarginTradingAllowed: true,
        ocoAllowed: true,
        otoAllowed: true,
        filters: expectedFilters(symbol),
      });
    }
    // LTCBTC keeps the older MIN_NOTIONAL name, as placements' "Filter failure" does.
    const ltcbtc = answer.body.symbols.find((entry: { symbol: string }) => entry.symbol === "LTCBTC");
    expect(ltcbtc.filters[2]).toEqual({ filterType: "MIN_NOTIONAL", minNotional: "0.00010000", applyToMarket: true, avgPriceMins: 5 });
    expect(answer.headers.get("X-MBX-USED-WEIGHT-1M")).toBe("20");
  });

  it("answers one symbol, several, and refuses an unknown one (-1121), both selectors (-1128) and a malformed list (-1100)", async () => {
    const sandbox = await startTestSandbox();

    const one = await exchangeInfo(sandbox, "?symbol=LTCBTC");
    expect(one.body.symbols.map((entry: { symbol: string }) => entry.symbol)).toEqual(["LTCBTC"]);
    const several = await exchangeInfo(sandbox, `?symbols=${encodeURIComponent('["BNBBTC","LTCBTC"]')}`);
    expect(several.body.symbols.map((entry: { symbol: string }) => entry.symbol)).toEqual(["BNBBTC", "LTCBTC"]);

    expect(await exchangeInfo(sandbox, "?symbol=NOPEUSDT")).toMatchObject({ status: 400, body: { code: -1121, msg: "Invalid symbol." } });
    expect(await exchangeInfo(sandbox, `?symbols=${encodeURIComponent('["LTCBTC","NOPEUSDT"]')}`)).toMatchObject({
      status: 400,
      body: { code: -1121 },
    });
    expect(await exchangeInfo(sandbox, `?symbol=LTCBTC&symbols=${encodeURIComponent('["LTCBTC"]')}`)).toMatchObject({
      status: 400,
      body: { code: -1128 },
    });
    const malformed = await exchangeInfo(sandbox, "?symbols=LTCBTC");
    expect(malformed).toMatchObject({ status: 400, body: { code: -1100 } });
    expect(malformed.body.msg).toContain("'symbols'");
  });

  it("follows the sandbox's configuration: added symbols, the /api weight limit and the clock", async () => {
    const base = 1_700_000_000_000;
    const sandbox = await startTestSandbox({
      now: () => base,
      rateLimit: { ipWeightPerMinute: 1200 },
      symbols: [
        {
          symbol: "DOGEUSDT", baseAsset: "DOGE", quoteAsset: "USDT", minPrice: "0.00001", maxPrice: "1000", tickSize: "0.00001",
          minQty: "1", maxQty: "9000000", stepSize: "1", minNotional: "1", lastPrice: "0.1",
        },
      ],
    });
    sandbox.setClockSkew(2500);

    const answer = await exchangeInfo(sandbox, "?symbol=DOGEUSDT");

    expect(answer.body.serverTime).toBe(base + 2500);
    expect(answer.body.rateLimits).toEqual([{ rateLimitType: "REQUEST_WEIGHT", interval: "MINUTE", intervalNum: 1, limit: 1200 }]);
    const doge = sandbox.symbols().find(({ symbol }) => symbol === "DOGEUSDT");
    if (!doge) throw new Error("DOGEUSDT is in the table");
    // No maxNotional configured: the largest notional PRICE_FILTER and LOT_SIZE allow, 1000 x 9000000.
    expect(answer.body.symbols[0].filters).toEqual(expectedFilters(doge, eight("9000000000")));
  });
});
