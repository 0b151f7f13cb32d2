// Placement calls the sandbox refuses are compile errors too, and the ones it
// accepts compile (spec/openapi.yaml x-parameter-rules; spec/README.md,
// "Placement rules per order type"). Every `@ts-expect-error` below must fail
// to compile, or tsc reports it unused.
import { describe, test } from "vitest";
import { createClient } from "../src/index.js";

const client = createClient();

describe("New OTO: trailing-only pending stops, and parameters a type does not take", () => {
  const path = "/sapi/v1/margin/order/oto";
  const base = {
    symbol: "BNBUSDT",
    workingType: "LIMIT",
    workingSide: "BUY",
    workingPrice: "295",
    workingQuantity: "1",
    workingTimeInForce: "GTC",
    pendingSide: "SELL",
    pendingQuantity: "1",
  } as const;

  test("a trailing-only STOP_LOSS / TAKE_PROFIT pending order compiles, with or without a stop price", () => {
    client.POST(path, { params: { query: { ...base, pendingType: "STOP_LOSS", pendingTrailingDelta: 100 } } });
    client.POST(path, { params: { query: { ...base, pendingType: "TAKE_PROFIT", pendingTrailingDelta: 100 } } });
    client.POST(path, { params: { query: { ...base, pendingType: "STOP_LOSS", pendingStopPrice: "290", pendingTrailingDelta: 100 } } });
    // The _LIMIT types still need their price and time in force.
    client.POST(path, {
      params: { query: { ...base, pendingType: "STOP_LOSS_LIMIT", pendingTrailingDelta: 100, pendingPrice: "289", pendingTimeInForce: "GTC" } },
    });
  });

  test("a price on a STOP_LOSS / TAKE_PROFIT / MARKET pending order is a compile error", () => {
    // @ts-expect-error STOP_LOSS takes no pendingPrice
    client.POST(path, { params: { query: { ...base, pendingType: "STOP_LOSS", pendingTrailingDelta: 100, pendingPrice: "289" } } });
    // @ts-expect-error TAKE_PROFIT takes no pendingPrice
    client.POST(path, { params: { query: { ...base, pendingType: "TAKE_PROFIT", pendingStopPrice: "320", pendingPrice: "321" } } });
    // @ts-expect-error a STOP_LOSS_LIMIT trailing stop still needs pendingPrice
    client.POST(path, { params: { query: { ...base, pendingType: "STOP_LOSS_LIMIT", pendingTrailingDelta: 100, pendingTimeInForce: "GTC" } } });
  });

  test("a time in force on a LIMIT_MAKER working order or a MARKET pending order is a compile error", () => {
    client.POST(path, { params: { query: { ...base, workingTimeInForce: undefined, workingType: "LIMIT_MAKER", pendingType: "MARKET" } } });
    // @ts-expect-error LIMIT_MAKER takes no workingTimeInForce
    client.POST(path, { params: { query: { ...base, workingType: "LIMIT_MAKER", pendingType: "MARKET" } } });
    // @ts-expect-error MARKET takes no pendingTimeInForce
    client.POST(path, { params: { query: { ...base, pendingType: "MARKET", pendingTimeInForce: "GTC" } } });
    // @ts-expect-error a trailing delta on a MARKET order
    client.POST(path, { params: { query: { ...base, pendingType: "MARKET", pendingTrailingDelta: 100 } } });
  });

  test("a LIMIT_MAKER pending order without a price is a compile error", () => {
    client.POST(path, { params: { query: { ...base, pendingType: "LIMIT_MAKER", pendingPrice: "310" } } });
    // @ts-expect-error LIMIT_MAKER needs pendingPrice
    client.POST(path, { params: { query: { ...base, pendingType: "LIMIT_MAKER" } } });
    // @ts-expect-error LIMIT_MAKER takes no pendingTimeInForce
    client.POST(path, { params: { query: { ...base, pendingType: "LIMIT_MAKER", pendingPrice: "310", pendingTimeInForce: "GTC" } } });
  });
});

describe("New OTOCO: the same rules on the above / below legs, and pendingBelowType is required", () => {
  const path = "/sapi/v1/margin/order/otoco";
  const base = {
    symbol: "BNBUSDT",
    workingType: "LIMIT",
    workingSide: "BUY",
    workingPrice: "295",
    workingQuantity: "1",
    workingTimeInForce: "GTC",
    pendingSide: "SELL",
    pendingQuantity: "1",
    pendingAboveType: "LIMIT_MAKER",
    pendingAbovePrice: "310",
  } as const;

  test("a trailing-only STOP_LOSS leg compiles", () => {
    client.POST(path, { params: { query: { ...base, pendingBelowType: "STOP_LOSS", pendingBelowTrailingDelta: 150 } } });
    client.POST(path, {
      params: {
        query: { ...base, pendingSide: "BUY", pendingAboveType: "STOP_LOSS", pendingAbovePrice: undefined, pendingAboveTrailingDelta: 150, pendingBelowType: "LIMIT_MAKER", pendingBelowPrice: "280" },
      },
    });
  });

  test("a price on a STOP_LOSS leg, a time in force on a LIMIT_MAKER, or no pendingBelowType is a compile error", () => {
    // @ts-expect-error STOP_LOSS takes no pendingBelowPrice
    client.POST(path, { params: { query: { ...base, pendingBelowType: "STOP_LOSS", pendingBelowTrailingDelta: 150, pendingBelowPrice: "288" } } });
    // @ts-expect-error LIMIT_MAKER takes no pendingAboveTimeInForce
    client.POST(path, { params: { query: { ...base, pendingAboveTimeInForce: "GTC", pendingBelowType: "STOP_LOSS", pendingBelowStopPrice: "289" } } });
    // @ts-expect-error LIMIT_MAKER takes no workingTimeInForce
    client.POST(path, { params: { query: { ...base, workingType: "LIMIT_MAKER", pendingBelowType: "STOP_LOSS", pendingBelowStopPrice: "289" } } });
    // @ts-expect-error pendingBelowType is required: an OTOCO has two pending orders
    client.POST(path, { params: { query: { ...base, pendingBelowStopPrice: "289" } } });
  });
});
