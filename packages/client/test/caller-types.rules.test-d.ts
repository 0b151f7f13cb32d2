// The `x-parameter-rules` of the real spec as compile-time rules, through the
// public createClient. Every `@ts-expect-error` below must fail to compile,
// or tsc reports it unused.
import { describe, test } from "vitest";
import { createClient } from "../src/index.js";

const client = createClient();

describe("New OCO: stopLimitPrice and stopLimitTimeInForce go together", () => {
  const path = "/sapi/v1/margin/order/oco";
  const oco = { symbol: "LTCBTC", side: "SELL", quantity: "1", price: "3", stopPrice: "1" } as const;

  test("neither, or both, compile", () => {
    client.POST(path, { params: { query: oco } });
    client.POST(path, { params: { query: { ...oco, stopLimitPrice: "0.99", stopLimitTimeInForce: "GTC" } } });
  });

  test("either one alone is a compile error", () => {
    // @ts-expect-error stopLimitPrice requires stopLimitTimeInForce
    client.POST(path, { params: { query: { ...oco, stopLimitPrice: "0.99" } } });
    // @ts-expect-error without stopLimitPrice the stop leg is a STOP_LOSS, which takes no time in force
    client.POST(path, { params: { query: { ...oco, stopLimitTimeInForce: "GTC" } } });
  });

  test("prices and quantities are decimal strings, never numbers", () => {
    // @ts-expect-error quantity is a decimal string
    client.POST(path, { params: { query: { ...oco, quantity: 1 } } });
  });
});

describe("Query all OCO: fromId excludes startTime / endTime", () => {
  const path = "/sapi/v1/margin/allOrderList";

  test("either side compiles, and no query at all", () => {
    client.GET(path);
    client.GET(path, { params: { query: { fromId: 1 } } });
    client.GET(path, { params: { query: { startTime: 1, endTime: 2, limit: 10 } } });
  });

  test("fromId with a time bound is a compile error", () => {
    // @ts-expect-error fromId excludes startTime
    client.GET(path, { params: { query: { fromId: 1, startTime: 1 } } });
    // @ts-expect-error fromId excludes endTime
    client.GET(path, { params: { query: { fromId: 1, endTime: 2 } } });
  });
});

describe('the queries: symbol mandatory for isolated ("TRUE"), not supported for cross', () => {
  test("isolated needs symbol", () => {
    client.GET("/sapi/v1/margin/openOrderList", { params: { query: { isIsolated: "TRUE", symbol: "LTCBTC" } } });
    // @ts-expect-error isIsolated "TRUE" requires symbol
    client.GET("/sapi/v1/margin/openOrderList", { params: { query: { isIsolated: "TRUE" } } });
    // @ts-expect-error isIsolated "TRUE" requires symbol
    client.GET("/sapi/v1/margin/allOrderList", { params: { query: { isIsolated: "TRUE", fromId: 1 } } });
  });

  test('cross ("FALSE", or left out: the default) forbids symbol', () => {
    client.GET("/sapi/v1/margin/openOrderList", { params: { query: { isIsolated: "FALSE" } } });
    // @ts-expect-error cross forbids symbol
    client.GET("/sapi/v1/margin/openOrderList", { params: { query: { isIsolated: "FALSE", symbol: "LTCBTC" } } });
    // @ts-expect-error isIsolated defaults to "FALSE", so symbol is forbidden without it too
    client.GET("/sapi/v1/margin/openOrderList", { params: { query: { symbol: "LTCBTC" } } });
  });

  test("the rules combine with x-required-one-of (Query OCO)", () => {
    const path = "/sapi/v1/margin/orderList";
    client.GET(path, { params: { query: { orderListId: 1 } } });
    client.GET(path, { params: { query: { isIsolated: "TRUE", symbol: "LTCBTC", origClientOrderId: "x" } } });
    // @ts-expect-error orderListId or origClientOrderId is required
    client.GET(path, { params: { query: { isIsolated: "TRUE", symbol: "LTCBTC" } } });
    // @ts-expect-error isIsolated "TRUE" requires symbol
    client.GET(path, { params: { query: { isIsolated: "TRUE", orderListId: 1 } } });
  });
});

describe("New OTOCO: conditional parameters per order type", () => {
  const path = "/sapi/v1/margin/order/otoco";
  const working = {
    symbol: "BTCUSDT",
    workingSide: "BUY",
    workingPrice: "80000",
    workingQuantity: "0.02",
    pendingSide: "SELL",
    pendingQuantity: "0.02",
    pendingBelowType: "STOP_LOSS",
    pendingBelowStopPrice: "70000",
  } as const;

  test("a complete list compiles", () => {
    client.POST(path, {
      params: {
        query: {
          ...working,
          workingType: "LIMIT",
          workingTimeInForce: "GTC",
          pendingAboveType: "LIMIT_MAKER",
          pendingAbovePrice: "90000",
          pendingBelowType: "STOP_LOSS_LIMIT",
          pendingBelowPrice: "70000",
          pendingBelowStopPrice: "70500",
          pendingBelowTimeInForce: "GTC",
        },
      },
    });
  });

  test("what a type needs is required", () => {
    // @ts-expect-error workingType LIMIT requires workingTimeInForce
    client.POST(path, { params: { query: { ...working, workingType: "LIMIT", pendingAboveType: "LIMIT_MAKER", pendingAbovePrice: "90000" } } });
    // @ts-expect-error pendingAboveType STOP_LOSS needs a stop price or a trailing delta
    client.POST(path, { params: { query: { ...working, workingType: "LIMIT_MAKER", pendingAboveType: "STOP_LOSS" } } });
    // @ts-expect-error an iceberg is not allowed with time in force IOC or FOK
    client.POST(path, { params: { query: { ...working, workingType: "LIMIT", workingTimeInForce: "IOC", workingIcebergQty: "0.01", pendingAboveType: "LIMIT_MAKER", pendingAbovePrice: "90000" } } });
  });

  test("a LIMIT_MAKER working order, which takes no time in force, may be an iceberg", () => {
    client.POST(path, { params: { query: { ...working, workingType: "LIMIT_MAKER", workingIcebergQty: "0.01", pendingAboveType: "LIMIT_MAKER", pendingAbovePrice: "90000" } } });
  });
});
