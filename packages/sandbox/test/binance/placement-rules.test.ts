import { describe, expect, it } from "vitest";
import type { Sandbox, SandboxAccount } from "../../src/index.js";
import { signed } from "../helpers/http.js";
import type { QueryParams } from "../helpers/independent-signing.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

// Raw requests (no sapi-kit types): each breaks one placement rule of spec/openapi.yaml and gets the
// code the spec documents; the sandbox's answers are validated against the spec after each test.
const OCO = "/sapi/v1/margin/order/oco";
const OTO = "/sapi/v1/margin/order/oto";
const OTOCO = "/sapi/v1/margin/order/otoco";

// BNBUSDT starts at 300 (the default symbol table).
const working = {
  symbol: "BNBUSDT",
  workingType: "LIMIT",
  workingSide: "BUY",
  workingPrice: "295",
  workingQuantity: "1",
  workingTimeInForce: "GTC",
} as const;
const oto = { ...working, pendingType: "LIMIT", pendingSide: "SELL", pendingPrice: "310", pendingQuantity: "1", pendingTimeInForce: "GTC" } as const;
const otoco = {
  ...working,
  pendingSide: "SELL",
  pendingQuantity: "1",
  pendingAboveType: "LIMIT_MAKER",
  pendingAbovePrice: "310",
  pendingBelowType: "STOP_LOSS",
  pendingBelowStopPrice: "289",
} as const;
const oco = { symbol: "BNBUSDT", side: "SELL", quantity: "1", price: "310", stopPrice: "290" } as const;

type Params = Readonly<Record<string, string | undefined>>;

async function setup(): Promise<{ sandbox: Sandbox; place(path: string, params: Params): ReturnType<typeof signed> }> {
  const sandbox = await startTestSandbox();
  const account: SandboxAccount = await sandbox.createAccount({ type: "hmac" });
  // `undefined` leaves a parameter out, so each case reads as "the base request, minus / plus one thing".
  const sent = (params: Params): QueryParams =>
    Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { sandbox, place: (path, params) => signed(sandbox, account, "POST", path, sent(params)) };
}

const notRequired = (name: string) => ({ code: -1106, msg: `Parameter '${name}' sent when not required.` });
const mandatory = (name: string) => ({ code: -1102, msg: `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.` });

describe("placement rules over HTTP", () => {
  it("answers an invalid side, order type or time in force with -1117 / -1116 / -1115 (Binance's error list)", async () => {
    const { sandbox, place } = await setup();
    expect((await place(OCO, { ...oco, side: "HOLD" })).body).toEqual({ code: -1117, msg: "Invalid side." });
    expect((await place(OTO, { ...oto, pendingSide: "LONG" })).body).toEqual({ code: -1117, msg: "Invalid side." });
    expect((await place(OTO, { ...oto, pendingType: "STOP" })).body).toEqual({ code: -1116, msg: "Invalid orderType." });
    expect((await place(OTOCO, { ...otoco, pendingBelowType: "MARKET" })).body).toEqual({ code: -1116, msg: "Invalid orderType." });
    expect((await place(OTO, { ...oto, workingTimeInForce: "GTD" })).body).toEqual({ code: -1115, msg: "Invalid timeInForce." });
    expect((await place(OCO, { ...oco, stopLimitPrice: "289", stopLimitTimeInForce: "DAY" })).body).toEqual({ code: -1115, msg: "Invalid timeInForce." });
    // Other enums keep -1100 with their legal range.
    expect((await place(OTO, { ...oto, newOrderRespType: "ALL" })).body).toEqual({
      code: -1100,
      msg: "Illegal characters found in parameter 'newOrderRespType'; legal range is 'ACK, RESULT, FULL'.",
    });
    expect(sandbox.orderLists()).toEqual([]);
  });

  it("answers an iceberg on an OTOCO pair leg that is not GTC with -1160", async () => {
    const { place } = await setup();
    const stopLimitAbove = { ...otoco, pendingSide: "BUY", pendingAboveType: "STOP_LOSS_LIMIT", pendingAbovePrice: "311", pendingAboveStopPrice: "310", pendingBelowType: "LIMIT_MAKER", pendingBelowPrice: "280", pendingBelowStopPrice: undefined };
    const result = await place(OTOCO, { ...stopLimitAbove, workingSide: "SELL", workingPrice: "305", pendingAboveTimeInForce: "IOC", pendingAboveIcebergQty: "0.5" });
    expect(result.body).toEqual({
      code: -1160,
      msg: "Parameter 'pendingAboveIcebergQty' is not supported if aboveTimeInForce/belowTimeInForce is not GTC.",
    });
    // The OTO's pending order is not an OCO leg: -1106, as every other forbidden-when rule.
    expect((await place(OTO, { ...oto, pendingTimeInForce: "IOC", pendingIcebergQty: "0.5" })).body).toEqual(notRequired("pendingIcebergQty"));
  });

  it("refuses, as the types do, a time in force on a LIMIT_MAKER or MARKET order and a LIMIT_MAKER without a price", async () => {
    const { place } = await setup();
    expect((await place(OTO, { ...oto, workingType: "LIMIT_MAKER", workingPrice: "290" })).body).toEqual(notRequired("workingTimeInForce"));
    expect((await place(OTOCO, { ...otoco, workingType: "LIMIT_MAKER", workingPrice: "290" })).body).toEqual(notRequired("workingTimeInForce"));
    expect((await place(OTO, { ...oto, pendingType: "MARKET", pendingPrice: undefined })).body).toEqual(notRequired("pendingTimeInForce"));
    expect((await place(OTO, { ...oto, pendingType: "LIMIT_MAKER", pendingPrice: undefined, pendingTimeInForce: undefined })).body).toEqual(
      mandatory("pendingPrice"),
    );
    expect((await place(OTOCO, { ...otoco, pendingAboveTimeInForce: "GTC" })).body).toEqual(notRequired("pendingAboveTimeInForce"));
  });

  it("refuses stopLimitTimeInForce without stopLimitPrice on a New OCO (-1128: they go together)", async () => {
    const { place } = await setup();
    expect((await place(OCO, { ...oco, stopLimitTimeInForce: "GTC" })).body).toEqual({ code: -1128, msg: "Combination of optional parameters invalid." });
  });

  it("requires pendingBelowType on an OTOCO (-1102)", async () => {
    const { place } = await setup();
    expect((await place(OTOCO, { ...otoco, pendingBelowType: undefined, pendingBelowStopPrice: undefined })).body).toEqual(mandatory("pendingBelowType"));
  });

  it("accepts a trailing-only pending STOP_LOSS / TAKE_PROFIT and refuses a price on them (-1106)", async () => {
    const { place } = await setup();
    const trailing = { ...oto, pendingType: "STOP_LOSS", pendingPrice: undefined, pendingTimeInForce: undefined, pendingTrailingDelta: "100" };
    const placed = await place(OTO, trailing);
    expect(placed.status).toBe(200);
    expect(placed.body.orderReports[1]).toMatchObject({ type: "STOP_LOSS", status: "PENDING_NEW", trailingDelta: 100 });
    expect((await place(OTO, { ...trailing, pendingType: "TAKE_PROFIT" })).status).toBe(200);
    expect((await place(OTO, { ...trailing, pendingPrice: "280" })).body).toEqual(notRequired("pendingPrice"));
    // The same pattern on the OTOCO pair: a trailing-only stop leg, and no price on a STOP_LOSS leg.
    const otocoTrailing = { ...otoco, pendingBelowStopPrice: undefined, pendingBelowTrailingDelta: "150" };
    expect((await place(OTOCO, otocoTrailing)).status).toBe(200);
    expect((await place(OTOCO, { ...otocoTrailing, pendingBelowPrice: "288" })).body).toEqual(notRequired("pendingBelowPrice"));
  });

  it("answers RESULT by default, FULL with fills, and OTO as the OTOCO's contingencyType", async () => {
    const { place } = await setup();
    const byDefault = await place(OTOCO, otoco);
    expect(byDefault.body.contingencyType).toBe("OTO");
    expect(byDefault.body.orderReports[0]).toHaveProperty("status", "NEW");
    expect(byDefault.body.orderReports[0]).not.toHaveProperty("fills");
    const full = await place(OTO, { ...oto, workingPrice: "305", newOrderRespType: "FULL" });
    expect(full.body.orderReports[0].fills).toEqual([
      { price: "300.00000000", qty: "1.00000000", commission: "0.00000000", commissionAsset: "BNB", tradeId: 1 },
    ]);
  });
});
