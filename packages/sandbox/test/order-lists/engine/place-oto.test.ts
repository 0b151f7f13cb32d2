import { describe, expect, it } from "vitest";
import { ALICE, createFixture, oto, otoco, rejectionOf, T0 } from "./engine-fixture.js";

describe("place OTO", () => {
  it("places the working order NEW and the pending order PENDING_NEW, contingencyType OTO", () => {
    const { engine } = createFixture();
    const body = engine.placeOto(ALICE, { ...oto, workingClientOrderId: "w", pendingClientOrderId: "p" });
    expect(body).toMatchObject({
      orderListId: 0,
      contingencyType: "OTO",
      listStatusType: "EXEC_STARTED",
      listOrderStatus: "EXECUTING",
      transactionTime: T0,
      isIsolated: false,
      orders: [
        { symbol: "BNBUSDT", orderId: 1, clientOrderId: "w" },
        { symbol: "BNBUSDT", orderId: 2, clientOrderId: "p" },
      ],
    });
    expect(body.orderReports).toEqual([
      expect.objectContaining({ type: "LIMIT", side: "BUY", price: "295.00000000", status: "NEW", timeInForce: "GTC" }),
      expect.objectContaining({ type: "LIMIT", side: "SELL", price: "310.00000000", status: "PENDING_NEW", origQty: "1.00000000" }),
    ]);
  });

  it("a working order that fills at once shows FILLED with its pending order still PENDING_NEW; a query shows it placed", () => {
    const { engine } = createFixture();
    const body = engine.placeOto(ALICE, { ...oto, workingPrice: "305", newOrderRespType: "FULL" });
    const [working, pending] = body.orderReports;
    // A taker fill happens at the last price (300), not at the limit (305).
    expect(working).toMatchObject({
      status: "FILLED",
      executedQty: "1.00000000",
      cummulativeQuoteQty: "300.00000000",
      fills: [{ price: "300.00000000", qty: "1.00000000", commission: "0.00000000", commissionAsset: "BNB", tradeId: 1 }],
    });
    expect(pending).toMatchObject({ status: "PENDING_NEW", fills: [] });
    expect(engine.getOrderList(ALICE, { orderListId: body.orderListId })?.legs.map((order) => order.status)).toEqual(["FILLED", "NEW"]);
  });

  it("a working IOC that cannot fill expires, and its pending order with it", () => {
    const { engine } = createFixture();
    const body = engine.placeOto(ALICE, { ...oto, workingTimeInForce: "IOC" });
    expect(body.orderReports.map((report) => ("status" in report ? report.status : ""))).toEqual(["EXPIRED", "PENDING_NEW"]);
    expect(engine.getOrderList(ALICE, { orderListId: body.orderListId })).toMatchObject({
      listStatusType: "ALL_DONE",
      listOrderStatus: "ALL_DONE",
      status: "DONE",
      legs: [{ status: "EXPIRED" }, { status: "EXPIRED" }],
    });
  });

  it("takes any pending type, with Binance's mandatory parameters per type", () => {
    const { engine } = createFixture();
    const mandatory = (name: string) => ({ code: -1102, msg: `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.` });
    const notRequired = (name: string) => ({ code: -1106, msg: `Parameter '${name}' sent when not required.` });
    const base = { ...oto, pendingPrice: undefined, pendingTimeInForce: undefined };
    expect(engine.placeOto(ALICE, { ...base, pendingType: "MARKET" }).orderReports[1]).toMatchObject({ type: "MARKET", price: "0.00000000" });
    expect(engine.placeOto(ALICE, { ...base, pendingType: "STOP_LOSS", pendingStopPrice: "280" }).orderReports[1]).toMatchObject({
      stopPrice: "280.00000000",
    });
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...base, pendingType: "STOP_LOSS" }))).toEqual(mandatory("pendingStopPrice"));
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...base, pendingType: "LIMIT" }))).toEqual(mandatory("pendingPrice"));
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...oto, pendingTimeInForce: undefined }))).toEqual(mandatory("pendingTimeInForce"));
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...base, pendingType: "TAKE_PROFIT_LIMIT", pendingPrice: "320", pendingStopPrice: "315" }))).toEqual(
      mandatory("pendingTimeInForce"),
    );
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...oto, pendingType: "MARKET" }))).toEqual(notRequired("pendingPrice"));
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...oto, pendingStopPrice: "1" }))).toEqual(notRequired("pendingStopPrice"));
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...oto, pendingType: "LIMIT_MAKER" }))).toEqual(notRequired("pendingTimeInForce"));
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...oto, workingTimeInForce: undefined }))).toEqual(mandatory("workingTimeInForce"));
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...oto, workingType: "LIMIT_MAKER" }))).toEqual(notRequired("workingTimeInForce"));
  });

  it("rejects a working LIMIT_MAKER that would take, and a trailing delta on a LIMIT pending order", () => {
    const { engine } = createFixture();
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...oto, workingType: "LIMIT_MAKER", workingTimeInForce: undefined, workingPrice: "300" }))).toEqual({
      code: -2010,
      msg: "Order would immediately match and take.",
    });
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...oto, pendingTrailingDelta: "100" }))).toEqual({
      code: -1106,
      msg: "Parameter 'pendingTrailingDelta' sent when not required.",
    });
  });

  it("runs the filters on both orders, with the wire names", () => {
    const { engine } = createFixture();
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...oto, pendingPrice: "310.001" }))).toEqual({ code: -1013, msg: "Filter failure: PRICE_FILTER" });
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...oto, workingQuantity: "1.0001" }))).toEqual({ code: -1013, msg: "Filter failure: LOT_SIZE" });
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...oto, pendingQuantity: "x" })).msg).toContain("'pendingQuantity'");
  });

  it("checks working and pending client ids (-2010 Duplicate order sent.)", () => {
    const { engine } = createFixture();
    engine.placeOto(ALICE, { ...oto, workingClientOrderId: "w1", listClientOrderId: "L" });
    const duplicate = { code: -2010, msg: "Duplicate order sent." };
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...oto, pendingClientOrderId: "w1" }))).toEqual(duplicate);
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...oto, listClientOrderId: "L" }))).toEqual(duplicate);
  });
});

describe("place OTOCO", () => {
  it("places the working order and a PENDING_NEW pair (stop leg, then limit maker), reported as contingencyType OTO", () => {
    const { engine } = createFixture();
    const body = engine.placeOtoco(ALICE, { ...otoco, pendingAboveClientOrderId: "above", pendingBelowClientOrderId: "below" });
    expect(body.contingencyType).toBe("OTO");
    expect(body.orders.map((order) => order.clientOrderId).slice(1)).toEqual(["below", "above"]);
    expect(body.orderReports).toEqual([
      expect.objectContaining({ orderId: 1, type: "LIMIT", side: "BUY", status: "NEW" }),
      expect.objectContaining({ orderId: 2, type: "STOP_LOSS", side: "SELL", price: "0.00000000", stopPrice: "289.00000000", status: "PENDING_NEW" }),
      expect.objectContaining({ orderId: 3, type: "LIMIT_MAKER", side: "SELL", price: "301.00000000", status: "PENDING_NEW" }),
    ]);
  });

  it("accepts a BUY pair: stop above, limit maker below", () => {
    const { engine } = createFixture();
    const body = engine.placeOtoco(ALICE, {
      ...otoco,
      workingSide: "SELL",
      workingPrice: "305",
      pendingSide: "BUY",
      pendingAboveType: "STOP_LOSS_LIMIT",
      pendingAbovePrice: "311",
      pendingAboveStopPrice: "310",
      pendingAboveTimeInForce: "GTC",
      pendingBelowType: "LIMIT_MAKER",
      pendingBelowPrice: "299",
      pendingBelowStopPrice: undefined,
    });
    expect(body.orderReports.map((report) => ("type" in report ? report.type : ""))).toEqual(["LIMIT", "STOP_LOSS_LIMIT", "LIMIT_MAKER"]);
  });

  it("enforces the OCO leg placement rules (-1165, -1166, -1168, -1196, -1197)", () => {
    const { engine } = createFixture();
    const maker = (price: string) => ({ type: "LIMIT_MAKER", price }) as const;
    const stop = (stopPrice: string) => ({ type: "STOP_LOSS", stopPrice }) as const;
    const pair = (side: "BUY" | "SELL", above: ReturnType<typeof maker> | ReturnType<typeof stop>, below: ReturnType<typeof maker> | ReturnType<typeof stop>) =>
      rejectionOf(() =>
        engine.placeOtoco(ALICE, {
          ...otoco,
          pendingSide: side,
          pendingAboveType: above.type,
          pendingAbovePrice: "price" in above ? above.price : undefined,
          pendingAboveStopPrice: "stopPrice" in above ? above.stopPrice : undefined,
          pendingBelowType: below.type,
          pendingBelowPrice: "price" in below ? below.price : undefined,
          pendingBelowStopPrice: "stopPrice" in below ? below.stopPrice : undefined,
        }),
      );
    expect(pair("SELL", maker("301"), maker("289"))).toEqual({ code: -1168, msg: "At least one OCO order must be contingent." });
    expect(pair("SELL", stop("301"), maker("289"))).toEqual({ code: -1166, msg: "A limit order in a sell OCO must be above." });
    expect(pair("SELL", stop("301"), stop("289"))).toEqual({ code: -1197, msg: "A stop loss order in a sell OCO must be below." });
    expect(pair("BUY", maker("301"), stop("289"))).toEqual({ code: -1165, msg: "A limit order in a buy OCO must be below." });
    expect(pair("BUY", stop("301"), stop("289"))).toEqual({ code: -1196, msg: "A stop loss order in a buy OCO must be above." });
  });

  it("requires the pair's prices around the working price (-2010)", () => {
    const { engine } = createFixture();
    const badPrices = { code: -2010, msg: "The relationship of the prices for the orders is not correct." };
    expect(rejectionOf(() => engine.placeOtoco(ALICE, { ...otoco, pendingAbovePrice: "295" }))).toEqual(badPrices);
    expect(rejectionOf(() => engine.placeOtoco(ALICE, { ...otoco, pendingBelowStopPrice: "295" }))).toEqual(badPrices);
    expect(rejectionOf(() => engine.placeOtoco(ALICE, { ...otoco, pendingBelowStopPrice: undefined }))).toEqual({
      code: -1102,
      msg: "Mandatory parameter 'pendingBelowStopPrice' was not sent, was empty/null, or malformed.",
    });
    expect(rejectionOf(() => engine.placeOtoco(ALICE, { ...otoco, pendingAboveTimeInForce: "GTC" }))).toEqual({
      code: -1106,
      msg: "Parameter 'pendingAboveTimeInForce' sent when not required.",
    });
    expect(engine.orderLists()).toEqual([]);
  });

  it("checks all three client ids for duplicates", () => {
    const { engine } = createFixture();
    expect(
      rejectionOf(() => engine.placeOtoco(ALICE, { ...otoco, workingClientOrderId: "a", pendingBelowClientOrderId: "a" })),
    ).toEqual({ code: -2010, msg: "Duplicate order sent." });
  });
});
