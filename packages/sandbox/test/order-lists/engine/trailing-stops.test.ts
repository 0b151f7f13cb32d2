import { describe, expect, it } from "vitest";
import type { NewOtocoRequest, NewOtoRequest } from "../../../src/order-lists/engine/index.js";
import { ALICE, createFixture, rejectionOf } from "./engine-fixture.js";

// BNBUSDT's default last price is 300. The working order buys at 295; once it fills, the pending
// stop protects the position. Trailing deltas are basis points: 100 = 1 %.
const trailingOto: NewOtoRequest = {
  symbol: "BNBUSDT",
  workingType: "LIMIT",
  workingSide: "BUY",
  workingPrice: "295",
  workingQuantity: "1",
  workingTimeInForce: "GTC",
  pendingType: "STOP_LOSS",
  pendingSide: "SELL",
  pendingTrailingDelta: "100",
  pendingQuantity: "1",
};

function statusesAfter(engine: ReturnType<typeof createFixture>["engine"], orderListId: number) {
  return engine.getOrderList(ALICE, { orderListId })?.legs.map((order) => order.status);
}

describe("trailing stops (spot Trailing Stop FAQ)", () => {
  it("accepts a trailing-only pending STOP_LOSS and reports its trailingDelta without a stop price", () => {
    const { engine } = createFixture();
    const body = engine.placeOto(ALICE, trailingOto);
    const pending = body.orderReports[1];
    expect(pending).toMatchObject({ type: "STOP_LOSS", status: "PENDING_NEW", price: "0.00000000", trailingDelta: 100 });
    expect(pending).not.toHaveProperty("stopPrice");
  });

  it("a SELL trailing stop tracks the highest price since it was placed and triggers 100 bps below it", () => {
    const { engine } = createFixture();
    const { orderListId } = engine.placeOto(ALICE, trailingOto);
    engine.setPrice("BNBUSDT", "295"); // the working order fills; the stop starts tracking at 295
    expect(statusesAfter(engine, orderListId)).toEqual(["FILLED", "NEW"]);
    engine.setPrice("BNBUSDT", "310"); // new high
    engine.setPrice("BNBUSDT", "307"); // 0.97 % below 310: not yet
    expect(statusesAfter(engine, orderListId)).toEqual(["FILLED", "NEW"]);
    engine.setPrice("BNBUSDT", "306.9"); // exactly 1 % below 310
    const list = engine.getOrderList(ALICE, { orderListId });
    expect(list?.legs.map((order) => order.status)).toEqual(["FILLED", "FILLED"]);
    expect(list?.status).toBe("DONE");
  });

  it("with a stop price, tracking starts only once the stop price is reached", () => {
    const { engine } = createFixture();
    const { orderListId } = engine.placeOto(ALICE, { ...trailingOto, pendingStopPrice: "290" });
    engine.setPrice("BNBUSDT", "295");
    engine.setPrice("BNBUSDT", "320"); // above the stop: not tracking, so no new high is recorded
    engine.setPrice("BNBUSDT", "290"); // stop reached: tracking starts at 290
    expect(statusesAfter(engine, orderListId)).toEqual(["FILLED", "NEW"]);
    engine.setPrice("BNBUSDT", "287.1"); // 1 % below 290
    expect(statusesAfter(engine, orderListId)).toEqual(["FILLED", "FILLED"]);
  });

  it("a BUY trailing stop triggers 100 bps above the lowest price", () => {
    const { engine } = createFixture();
    const { orderListId } = engine.placeOto(ALICE, {
      ...trailingOto,
      workingSide: "SELL",
      workingPrice: "305",
      pendingSide: "BUY",
    });
    engine.setPrice("BNBUSDT", "305"); // the working sell fills; tracking starts at 305
    engine.setPrice("BNBUSDT", "280"); // new low
    engine.setPrice("BNBUSDT", "282.79");
    expect(statusesAfter(engine, orderListId)).toEqual(["FILLED", "NEW"]);
    engine.setPrice("BNBUSDT", "282.8"); // 1 % above 280
    expect(statusesAfter(engine, orderListId)).toEqual(["FILLED", "FILLED"]);
  });

  it("accepts a trailing-only stop leg in an OTOCO pair (no stop price to order against the working price)", () => {
    const { engine } = createFixture();
    const otoco: NewOtocoRequest = {
      symbol: "BNBUSDT",
      workingType: "LIMIT",
      workingSide: "SELL",
      workingPrice: "305",
      workingQuantity: "1",
      workingTimeInForce: "GTC",
      pendingSide: "BUY",
      pendingQuantity: "1",
      pendingAboveType: "STOP_LOSS",
      pendingAboveTrailingDelta: "250",
      pendingBelowType: "LIMIT_MAKER",
      pendingBelowPrice: "290",
    };
    const body = engine.placeOtoco(ALICE, otoco);
    expect(body.orderReports).toMatchObject([{ status: "NEW" }, { status: "PENDING_NEW" }, { status: "PENDING_NEW" }]);
    expect(body.orderReports[1]).toMatchObject({ type: "STOP_LOSS", trailingDelta: 250 });
  });

  it("still refuses a trailing delta on an order type that takes none (-1106)", () => {
    const { engine } = createFixture();
    expect(rejectionOf(() => engine.placeOto(ALICE, { ...trailingOto, pendingType: "MARKET" }))).toEqual({
      code: -1106,
      msg: "Parameter 'pendingTrailingDelta' sent when not required.",
    });
  });
});
