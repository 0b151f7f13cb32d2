import { describe, expect, it } from "vitest";
import type { NewOtocoRequest } from "../../../src/order-lists/engine/index.js";
import { ALICE, BOB, createFixture, rejectionOf, T0 } from "./engine-fixture.js";

// The sandbox's existing cancel answer (binance-error.ts), which the engine reuses.
const UNKNOWN = { code: -2011, msg: "Unknown order list sent." };

describe("cancel an order list", () => {
  it("reproduces the Cancel OCO page's example byte for byte for the same seeded list", () => {
    // https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-OCO
    const ids = ["C3wyj4WVEktd7u9aVBRXcN", "pO9ufTiFGg3nw2fOdgeOXa", "TXOvglzXuaubXAaENpaRCB"];
    const { engine } = createFixture({ firstOrderId: 2, clientOrderId: () => ids.shift() ?? "exhausted", now: () => 1574040868128 });
    engine.seedOcoList(ALICE, { symbol: "LTCBTC" });
    const body = engine.cancelOrderList(ALICE, { symbol: "LTCBTC", orderListId: 0n, newClientOrderId: "unfWT8ig8i0uj6lPuYLez6" });
    const leg = (orderId: number, origClientOrderId: string, price: string, type: string) => ({
      symbol: "LTCBTC", origClientOrderId, orderId, orderListId: 0, clientOrderId: "unfWT8ig8i0uj6lPuYLez6", price,
      origQty: "10.00000000", executedQty: "0.00000000", cummulativeQuoteQty: "0.00000000", status: "CANCELED",
      timeInForce: "GTC", type, side: "SELL",
    });
    expect(JSON.stringify(body)).toBe(
      JSON.stringify({
        orderListId: 0, contingencyType: "OCO", listStatusType: "ALL_DONE", listOrderStatus: "ALL_DONE",
        listClientOrderId: "C3wyj4WVEktd7u9aVBRXcN", transactionTime: 1574040868128, symbol: "LTCBTC", isIsolated: false,
        orders: [
          { symbol: "LTCBTC", orderId: 2, clientOrderId: "pO9ufTiFGg3nw2fOdgeOXa" },
          { symbol: "LTCBTC", orderId: 3, clientOrderId: "TXOvglzXuaubXAaENpaRCB" },
        ],
        orderReports: [
          { ...leg(2, "pO9ufTiFGg3nw2fOdgeOXa", "1.00000000", "STOP_LOSS_LIMIT"), stopPrice: "1.00000000", selfTradePreventionMode: "NONE" },
          { ...leg(3, "TXOvglzXuaubXAaENpaRCB", "3.00000000", "LIMIT_MAKER"), selfTradePreventionMode: "NONE" },
        ],
      }),
    );
  });

  it("cancels by listClientOrderId, generates the cancel's client id when absent, and counts the cancel", () => {
    const { engine } = createFixture();
    const seeded = engine.seedOcoList(ALICE, { symbol: "LTCBTC", listClientOrderId: "by-name" });
    const body = engine.cancelOrderList(ALICE, { symbol: "LTCBTC", listClientOrderId: "by-name" });
    expect(body.orderReports.map((report) => report.clientOrderId)).toEqual([expect.stringMatching(/^[A-Za-z0-9]{22}$/), body.orderReports[0]?.clientOrderId]);
    expect(engine.getOrderList(ALICE, { orderListId: seeded.orderListId })).toMatchObject({
      status: "CANCELED",
      cancelCount: 1,
      canceledAt: T0,
      cancelClientOrderId: body.orderReports[0]?.clientOrderId,
      legs: [{ status: "CANCELED" }, { status: "CANCELED" }],
    });
  });

  it("-2011 for an unknown id, mismatched ids, the wrong symbol, account or margin mode, and a second cancel", () => {
    const { engine } = createFixture();
    engine.seedOcoList(ALICE, { symbol: "LTCBTC", listClientOrderId: "a" });
    engine.seedOcoList(ALICE, { symbol: "LTCBTC", isIsolated: true, listClientOrderId: "iso" });
    expect(rejectionOf(() => engine.cancelOrderList(ALICE, { symbol: "LTCBTC", orderListId: 7 }))).toEqual(UNKNOWN);
    expect(rejectionOf(() => engine.cancelOrderList(ALICE, { symbol: "LTCBTC", orderListId: 0, listClientOrderId: "iso" }))).toEqual(UNKNOWN);
    expect(rejectionOf(() => engine.cancelOrderList(ALICE, { symbol: "BNBBTC", orderListId: 0 }))).toEqual(UNKNOWN);
    expect(rejectionOf(() => engine.cancelOrderList(BOB, { symbol: "LTCBTC", orderListId: 0 }))).toEqual(UNKNOWN);
    expect(rejectionOf(() => engine.cancelOrderList(ALICE, { symbol: "LTCBTC", orderListId: 0, isIsolated: true }))).toEqual(UNKNOWN);
    expect(rejectionOf(() => engine.cancelOrderList(ALICE, { symbol: "LTCBTC", orderListId: 1 }))).toEqual(UNKNOWN);
    expect(engine.cancelOrderList(ALICE, { symbol: "LTCBTC", orderListId: 1, isIsolated: true }).isIsolated).toBe(true);
    engine.cancelOrderList(ALICE, { symbol: "LTCBTC", orderListId: 0 });
    expect(rejectionOf(() => engine.cancelOrderList(ALICE, { symbol: "LTCBTC", orderListId: 0 }))).toEqual(UNKNOWN);
    expect(engine.getOrderList(ALICE, { orderListId: 0 })?.cancelCount).toBe(1);
  });

  it("-11016 when neither id is sent, like the sandbox's cancel route", () => {
    const { engine } = createFixture();
    expect(rejectionOf(() => engine.cancelOrderList(ALICE, { symbol: "LTCBTC" }))).toEqual({
      code: -11016,
      msg: "Either orderListId or listClientOrderId must be provided.",
    });
  });

  it("a list that finished by itself cannot be cancelled", () => {
    const { engine } = createFixture();
    engine.placeOco(ALICE, { symbol: "BTCUSDT", side: "SELL", quantity: "0.01", price: "61000", stopPrice: "59000" });
    engine.setPrice("BTCUSDT", "61000");
    expect(rejectionOf(() => engine.cancelOrderList(ALICE, { symbol: "BTCUSDT", orderListId: 0 }))).toEqual(UNKNOWN);
  });

  it("an OTOCO whose working order filled: cancels the live pair only, reporting just those orders", () => {
    const { engine, advance } = createFixture();
    const request: NewOtocoRequest = {
      symbol: "BNBUSDT", workingType: "LIMIT", workingSide: "BUY", workingPrice: "295", workingQuantity: "1",
      workingTimeInForce: "GTC", pendingSide: "SELL", pendingQuantity: "1", pendingAboveType: "LIMIT_MAKER",
      pendingAbovePrice: "301", pendingBelowType: "STOP_LOSS", pendingBelowStopPrice: "289", selfTradePreventionMode: "EXPIRE_BOTH",
    };
    const placed = engine.placeOtoco(ALICE, request);
    engine.setPrice("BNBUSDT", "295");
    const at = advance(1);
    const body = engine.cancelOrderList(ALICE, { symbol: "BNBUSDT", orderListId: placed.orderListId, newClientOrderId: "c" });
    expect(body).toMatchObject({ contingencyType: "OTO", listStatusType: "ALL_DONE", transactionTime: at });
    expect(body.orders).toHaveLength(3);
    expect(body.orderReports.map((report) => [report.orderId, report.type, report.status, report.selfTradePreventionMode])).toEqual([
      [2, "STOP_LOSS", "CANCELED", "EXPIRE_BOTH"],
      [3, "LIMIT_MAKER", "CANCELED", "EXPIRE_BOTH"],
    ]);
    expect(engine.getOrderList(ALICE, { orderListId: placed.orderListId })?.legs.map((order) => order.status)).toEqual([
      "FILLED", "CANCELED", "CANCELED",
    ]);
  });

  it("an OTO before its working order fills: cancels the working order and the PENDING_NEW one", () => {
    const { engine } = createFixture();
    const placed = engine.placeOto(ALICE, {
      symbol: "BNBUSDT", workingType: "LIMIT_MAKER", workingSide: "BUY", workingPrice: "295", workingQuantity: "1",
      pendingType: "MARKET", pendingSide: "SELL", pendingQuantity: "1",
    });
    const body = engine.cancelOrderList(ALICE, { symbol: "BNBUSDT", orderListId: placed.orderListId });
    expect(body.orderReports.map((report) => report.type)).toEqual(["LIMIT_MAKER", "MARKET"]);
  });

  it("a cancelled trailing stop reports its trailingDelta, as its placement report did", () => {
    // Binance's "Conditional fields in Order Responses" (order placement, query and cancellation):
    // trailingDelta "Appears for Trailing Stop Orders."
    // https://developers.binance.com/docs/binance-spot-api-docs/rest-api/conditional-fields-in-order-responses
    const { engine } = createFixture();
    const placed = engine.placeOto(ALICE, {
      symbol: "BNBUSDT", workingType: "LIMIT", workingSide: "BUY", workingPrice: "295", workingQuantity: "1", workingTimeInForce: "GTC",
      pendingType: "STOP_LOSS", pendingSide: "SELL", pendingQuantity: "1", pendingTrailingDelta: "100",
    });
    expect(placed.orderReports[1]).toMatchObject({ trailingDelta: 100 });
    const [working, trailing] = engine.cancelOrderList(ALICE, { symbol: "BNBUSDT", orderListId: placed.orderListId }).orderReports;
    expect(working).not.toHaveProperty("trailingDelta");
    expect(trailing).toMatchObject({ type: "STOP_LOSS", status: "CANCELED", trailingDelta: 100 });
    expect(Object.keys(trailing ?? {}).slice(-2)).toEqual(["trailingDelta", "selfTradePreventionMode"]);
  });
});

describe("seeding", () => {
  it("keeps the seeding API's rules: any symbol, TypeError on bad seeds, chosen ids kept monotonic", () => {
    const { engine } = createFixture();
    expect(() => engine.seedOcoList(ALICE, { symbol: "ltcbtc" })).toThrow(TypeError);
    expect(() => engine.seedOcoList(ALICE, { symbol: "LTCBTC", price: "-1" })).toThrow(TypeError);
    expect(() => engine.seedOcoList(ALICE, { symbol: "LTCBTC", quantity: "1.123456789" })).toThrow(TypeError);
    expect(() => engine.seedOcoList(ALICE, { symbol: "LTCBTC", quantity: Number.NaN })).toThrow(TypeError);
    expect(() => engine.seedOcoList(ALICE, { symbol: "LTCBTC", side: "HOLD" as "BUY" })).toThrow(TypeError);
    expect(engine.seedOcoList(ALICE, { symbol: "LTCBTC", orderListId: 41 }).orderListId).toBe(41);
    expect(engine.seedOcoList(ALICE, { symbol: "LTCBTC" }).orderListId).toBe(42);
    expect(() => engine.seedOcoList(ALICE, { symbol: "LTCBTC", orderListId: 41 })).toThrow(/already used/);
    expect(() => engine.seedOcoList(ALICE, { symbol: "LTCBTC", orderListId: -1 })).toThrow(/safe integer/);
    engine.seedOcoList(ALICE, { symbol: "LTCBTC", listClientOrderId: "once" });
    expect(() => engine.seedOcoList(ALICE, { symbol: "LTCBTC", listClientOrderId: "once" })).toThrow(TypeError);
    expect(engine.orderLists(ALICE)).toHaveLength(3);
    expect(engine.orderLists(BOB)).toEqual([]);
  });

  it("hands out copies: mutating a view changes nothing", () => {
    const { engine } = createFixture();
    const view = engine.seedOcoList(ALICE, { symbol: "LTCBTC" });
    (view.legs as unknown as { status: string }[])[0] = { status: "FILLED" };
    expect(engine.getOrderList(ALICE, { orderListId: view.orderListId })?.legs[0]?.status).toBe("NEW");
    expect(engine.getOrderList(ALICE, { listClientOrderId: view.listClientOrderId })?.orderListId).toBe(view.orderListId);
    expect(engine.getOrderList(BOB, { orderListId: view.orderListId })).toBeUndefined();
  });
});
