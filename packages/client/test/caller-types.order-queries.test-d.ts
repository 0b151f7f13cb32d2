// The order queries and cancels of the real spec (issue 19), through the public
// createClient: their one-of and rules as compile errors, and the mixed answers
// of the cancels narrowed on `contingencyType`, the field only an order list has
// (the spec declares it absent on a single order): `"contingencyType" in item`.
// (`item.contingencyType !== undefined` cannot work: openapi-fetch's Readable
// drops a property typed never or undefined, so a single order does not list it.)
// Every `@ts-expect-error` below must fail to compile, or tsc reports it unused.
import { describe, expectTypeOf, test } from "vitest";
import type { AnyOtherString } from "../src/generated/schema.js";
import { type components, createClient } from "../src/index.js";

const client = createClient();
type Schemas = components["schemas"];

describe("Query / cancel one order: orderId or origClientOrderId", () => {
  test("either id, or both, compile; neither does not", () => {
    client.GET("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", orderId: 12 } } });
    client.GET("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", origClientOrderId: "my-take-profit" } } });
    client.DELETE("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", orderId: 12, origClientOrderId: "x" } } });
    // @ts-expect-error orderId or origClientOrderId is required
    client.GET("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT" } } });
    // @ts-expect-error orderId or origClientOrderId is required
    client.DELETE("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", isIsolated: "TRUE" } } });
    // @ts-expect-error symbol is always required
    client.GET("/sapi/v1/margin/order", { params: { query: { orderId: 12 } } });
  });
});

describe("Open orders: symbol is mandatory with isIsolated=TRUE, optional otherwise", () => {
  test("cross with or without symbol, isolated with it", () => {
    client.GET("/sapi/v1/margin/openOrders");
    client.GET("/sapi/v1/margin/openOrders", { params: { query: { symbol: "BTCUSDT" } } });
    client.GET("/sapi/v1/margin/openOrders", { params: { query: { isIsolated: "TRUE", symbol: "BTCUSDT" } } });
    // @ts-expect-error isIsolated=TRUE requires symbol
    client.GET("/sapi/v1/margin/openOrders", { params: { query: { isIsolated: "TRUE" } } });
  });
});

describe("Trade list: fromId excludes startTime / endTime", () => {
  test("either side compiles; both do not", () => {
    client.GET("/sapi/v1/margin/myTrades", { params: { query: { symbol: "BTCUSDT", fromId: 34 } } });
    client.GET("/sapi/v1/margin/myTrades", { params: { query: { symbol: "BTCUSDT", startTime: 1, endTime: 2, orderId: 7 } } });
    // @ts-expect-error fromId excludes startTime
    client.GET("/sapi/v1/margin/myTrades", { params: { query: { symbol: "BTCUSDT", fromId: 34, startTime: 1 } } });
    // @ts-expect-error limit is a number
    client.GET("/sapi/v1/margin/myTrades", { params: { query: { symbol: "BTCUSDT", limit: "10" } } });
  });
});

describe("responses: decimals are strings, enums open", () => {
  test("an order and a trade", async () => {
    const order = await client.GET("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", orderId: 12 } } });
    if (order.data) {
      expectTypeOf(order.data.executedQty).toEqualTypeOf<string>();
      expectTypeOf(order.data.status).toEqualTypeOf<Schemas["OrderStatus"] | AnyOtherString>();
      expectTypeOf(order.data.orderListId).toEqualTypeOf<number | undefined>();
    }
    const trades = await client.GET("/sapi/v1/margin/myTrades", { params: { query: { symbol: "BTCUSDT" } } });
    if (trades.data) {
      expectTypeOf(trades.data[0]?.price).toEqualTypeOf<string | undefined>();
      expectTypeOf(trades.data[0]?.isMaker).toEqualTypeOf<boolean | undefined>();
    }
  });
});

describe("cancel-all: one array, two shapes, narrowed on contingencyType", () => {
  test("an entry with contingencyType is an order list; one without is a single order", async () => {
    const { data } = await client.DELETE("/sapi/v1/margin/openOrders", { params: { query: { symbol: "BTCUSDT" } } });
    for (const item of data ?? []) {
      if ("contingencyType" in item) {
        expectTypeOf(item.contingencyType).toEqualTypeOf<Schemas["ContingencyType"] | AnyOtherString>();
        expectTypeOf(item.orderReports[0]?.status).toEqualTypeOf<Schemas["OrderStatus"] | AnyOtherString | undefined>();
        expectTypeOf(item.listOrderStatus).toEqualTypeOf<Schemas["ListOrderStatus"] | AnyOtherString>();
        // @ts-expect-error an order list has no single-order price
        item.price;
      } else {
        expectTypeOf(item.orderId).toEqualTypeOf<number>();
        expectTypeOf(item.orderListId).toEqualTypeOf<number>();
        expectTypeOf(item.price).toEqualTypeOf<string>();
        // @ts-expect-error a single order has no orderReports
        item.orderReports;
      }
    }
  });

  test("without narrowing, list-only fields are not offered", async () => {
    const { data } = await client.DELETE("/sapi/v1/margin/openOrders", { params: { query: { symbol: "BTCUSDT" } } });
    // @ts-expect-error orderReports exists only on order-list entries
    data?.[0]?.orderReports;
  });
});

describe("cancel one order: the order, or the whole list when it was a leg", () => {
  test("narrowed on contingencyType; the single order's orderId may be a string", async () => {
    const { data } = await client.DELETE("/sapi/v1/margin/order", { params: { query: { symbol: "BTCUSDT", orderId: 12 } } });
    if (!data) return;
    if (!("contingencyType" in data)) {
      expectTypeOf(data.orderId).toEqualTypeOf<number | string>();
      expectTypeOf(data.status).toEqualTypeOf<Schemas["OrderStatus"] | AnyOtherString>();
    } else {
      expectTypeOf(data.orders[0]?.orderId).toEqualTypeOf<number | undefined>();
      // @ts-expect-error a cancelled list has no single-order status
      data.status;
    }
  });
});
