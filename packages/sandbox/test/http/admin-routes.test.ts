import { describe, expect, it } from "vitest";
import { isLoopbackAddress } from "../../src/http/admin-routes.js";
import type { Sandbox } from "../../src/index.js";
import { type HttpResult, send } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

/** The price route as documented: a JSON body (an object is serialised; a string is sent as is). */
function movePrice(sandbox: Sandbox, body: Record<string, unknown> | string): Promise<HttpResult> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return send(sandbox, "POST", "/sandbox/v1/price", undefined, { text, contentType: "application/json" });
}

describe("the sandbox's admin routes (/sandbox/v1, sandbox-only)", () => {
  it("moves the price with a JSON body and reads it with a query string, over plain HTTP", async () => {
    const sandbox = await startTestSandbox();
    expect((await movePrice(sandbox, { symbol: "BTCUSDT", price: "123.45" })).body).toEqual({
      symbol: "BTCUSDT",
      price: "123.45000000",
      changedOrderListIds: [],
    });
    await movePrice(sandbox, { symbol: "ETHUSDT", price: "2000" });
    await send(sandbox, "POST", "/sandbox/v1/price", undefined, { text: '{"symbol":"LTCBTC","price":"0.002"}', contentType: "application/json; charset=utf-8" });
    expect([sandbox.lastPrice("BTCUSDT"), sandbox.lastPrice("ETHUSDT"), sandbox.lastPrice("LTCBTC")]).toEqual([
      "123.45000000",
      "2000.00000000",
      "0.00200000",
    ]);
    expect((await send(sandbox, "GET", "/sandbox/v1/price?symbol=ETHUSDT")).body).toEqual({ symbol: "ETHUSDT", price: "2000.00000000" });
  });

  it("lists the symbol table with filters and current last prices", async () => {
    const sandbox = await startTestSandbox({
      symbols: [
        {
          symbol: "DOGEUSDT", baseAsset: "DOGE", quoteAsset: "USDT", minPrice: "0.00001", maxPrice: "1000", tickSize: "0.00001",
          minQty: "1", maxQty: "9000000", stepSize: "1", minNotional: "1", lastPrice: "0.1",
        },
      ],
    });
    sandbox.setPrice("DOGEUSDT", "0.12");
    const { body } = await send(sandbox, "GET", "/sandbox/v1/symbols");
    expect(body.map((entry: { symbol: string }) => entry.symbol)).toEqual(["BTCUSDT", "ETHUSDT", "BNBUSDT", "LTCBTC", "BNBBTC", "DOGEUSDT"]);
    expect(body.at(-1)).toMatchObject({ symbol: "DOGEUSDT", tickSize: "0.00001000", lastPrice: "0.12000000" });
    expect(sandbox.symbols()).toEqual(body);
  });

  it("refuses bad input with a { code, msg } body and changes nothing", async () => {
    const sandbox = await startTestSandbox();
    const cases: [Record<string, unknown> | string, number, number][] = [
      [{ price: "1" }, 400, -1102],
      [{ symbol: "BTCUSDT" }, 400, -1102],
      [{ symbol: "BTCUSDT", price: "" }, 400, -1102],
      [{ symbol: "NOPE", price: "1" }, 400, -1121],
      [{ symbol: "BTCUSDT", price: "-1" }, 400, -1100],
      [{ symbol: "BTCUSDT", price: "1.000000001" }, 400, -1100],
      [{ symbol: "BTCUSDT", price: 61000 }, 400, -1100],
      [{ symbol: "BTCUSDT", price: "61000", junk: "1" }, 400, -1104],
      ["[1]", 400, -1],
      ["not json", 400, -1],
    ];
    for (const [body, status, code] of cases) {
      const result = await movePrice(sandbox, body);
      expect([body, result.status, result.body.code]).toEqual([body, status, code]);
    }
    const reads: [string, number, number][] = [
      ["/sandbox/v1/price", 400, -1102],
      ["/sandbox/v1/price?symbol=NOPE", 400, -1121],
      ["/sandbox/v1/price?symbol=BTCUSDT&symbol=ETHUSDT", 400, -1101],
      ["/sandbox/v1/price?symbol=BTCUSDT&price=1", 400, -1104],
      ["/sandbox/v1/nothing", 404, -1],
    ];
    for (const [path, status, code] of reads) {
      const result = await send(sandbox, "GET", path);
      expect([path, result.status, result.body.code]).toEqual([path, status, code]);
    }
    expect(sandbox.lastPrice("BTCUSDT")).toBe("60000.00000000");
  });

  it("reads the whole value: price=61000=junk is refused, in the query string or in JSON", async () => {
    const sandbox = await startTestSandbox();
    // A query string is never read by the POST (415: not JSON); before, split("=", 2) read 61000 and moved the price.
    const query = await send(sandbox, "POST", "/sandbox/v1/price?symbol=BTCUSDT&price=61000=junk");
    expect([query.status, typeof query.body.msg]).toEqual([415, "string"]);
    const json = await movePrice(sandbox, { symbol: "BTCUSDT", price: "61000=junk" });
    expect([json.status, json.body.code]).toEqual([400, -1100]);
    expect(json.body.msg).toContain('"61000=junk"');
    expect(sandbox.lastPrice("BTCUSDT")).toBe("60000.00000000");
  });

  it("bounds the price before any arithmetic: 20 + 20 digits, 8 fraction digits, then the symbol's PRICE_FILTER", async () => {
    const sandbox = await startTestSandbox();
    const refusals: [string, number, RegExp][] = [
      ["1".repeat(21), -1100, /at most 20 integer and 20 fraction digits/],
      [`1.${"0".repeat(21)}`, -1100, /at most 20 integer and 20 fraction digits/],
      ["1000000.01", -1013, /PRICE_FILTER \(minPrice 0\.01000000, maxPrice 1000000\.00000000, tickSize 0\.01000000\)/],
      ["60000.001", -1013, /PRICE_FILTER/],
      ["0.001", -1013, /PRICE_FILTER/],
    ];
    for (const [price, code, message] of refusals) {
      const result = await movePrice(sandbox, { symbol: "BTCUSDT", price });
      expect([price, result.status, result.body.code]).toEqual([price, 400, code]);
      expect(result.body.msg).toMatch(message);
    }
    // The JS API refuses a two-million-digit price by its length, before making it a number
    // (before, the BigInt conversion alone blocked the event loop for seconds, then the price moved).
    const huge = "9".repeat(2_000_000);
    expect(() => sandbox.setPrice("BTCUSDT", huge)).toThrow(/at most 20 integer and 20 fraction digits .*, got 9{24}… \(2000000 characters\)/);
    expect(() => sandbox.setPrice("BTCUSDT", "1000000.01")).toThrow(TypeError);
    expect(sandbox.setPrice("BTCUSDT", "1000000")).toEqual([]);
    expect(sandbox.setPrice("BTCUSDT", "60000.0100000000000000")).toEqual([]);
    expect(sandbox.lastPrice("BTCUSDT")).toBe("60000.01000000");
  });

  it("is never faulted: a standing fault rule does not stop a test from moving the market", async () => {
    const sandbox = await startTestSandbox();
    sandbox.faults.inject({ type: "http-status", status: 503 }, { times: Number.POSITIVE_INFINITY });
    expect((await movePrice(sandbox, { symbol: "BTCUSDT", price: "1" })).status).toBe(200);
    expect((await send(sandbox, "GET", "/api/v3/time")).status).toBe(503);
    expect(sandbox.requests.map((entry) => [entry.path, entry.executed])).toEqual([
      ["/sandbox/v1/price", true],
      ["/api/v3/time", false],
    ]);
  });

  it("recognises loopback peers only", () => {
    for (const address of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"]) expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ["10.0.0.1", "::ffff:192.168.1.2", "fe80::1", "unknown"]) expect(isLoopbackAddress(address)).toBe(false);
  });
});
