import { describe, expect, it } from "vitest";
import { isLoopbackAddress } from "../../src/http/admin-routes.js";
import { send } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

describe("the sandbox's admin routes (/sandbox/v1, sandbox-only)", () => {
  it("moves and reads the price over plain HTTP: query string, form body or JSON body", async () => {
    const sandbox = await startTestSandbox();
    expect((await send(sandbox, "POST", "/sandbox/v1/price?symbol=BTCUSDT&price=123.45")).body).toEqual({
      symbol: "BTCUSDT",
      price: "123.45000000",
      changedOrderListIds: [],
    });
    await send(sandbox, "POST", "/sandbox/v1/price", undefined, { text: "symbol=ETHUSDT&price=2000", contentType: "application/x-www-form-urlencoded" });
    await send(sandbox, "POST", "/sandbox/v1/price", undefined, { text: '{"symbol":"LTCBTC","price":"0.002"}', contentType: "application/json" });
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
    const cases: [string, number, number][] = [
      ["/sandbox/v1/price?price=1", 400, -1102],
      ["/sandbox/v1/price?symbol=BTCUSDT", 400, -1102],
      ["/sandbox/v1/price?symbol=NOPE&price=1", 400, -1121],
      ["/sandbox/v1/price?symbol=BTCUSDT&price=-1", 400, -1100],
      ["/sandbox/v1/price?symbol=BTCUSDT&price=1.000000001", 400, -1100],
      ["/sandbox/v1/nothing", 404, -1],
    ];
    for (const [path, status, code] of cases) {
      const result = await send(sandbox, "POST", path);
      expect([path, result.status, result.body.code]).toEqual([path, status, code]);
    }
    expect(sandbox.lastPrice("BTCUSDT")).toBe("60000.00000000");
  });

  it("is never faulted: a standing fault rule does not stop a test from moving the market", async () => {
    const sandbox = await startTestSandbox();
    sandbox.faults.inject({ type: "http-status", status: 503 }, { times: Number.POSITIVE_INFINITY });
    expect((await send(sandbox, "POST", "/sandbox/v1/price?symbol=BTCUSDT&price=1")).status).toBe(200);
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
