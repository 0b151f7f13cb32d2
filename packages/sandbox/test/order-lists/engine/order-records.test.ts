import { describe, expect, it } from "vitest";
import { cancelOrderList } from "../../../src/order-lists/engine/cancel-order-list.js";
import { parseUnits } from "../../../src/order-lists/engine/decimal-units.js";
import { applyPriceMove } from "../../../src/order-lists/engine/market/price-triggers.js";
import { createOrderListStore, type OrderListStore } from "../../../src/order-lists/engine/order-list-store.js";
import type { NewOtoRequest } from "../../../src/order-lists/engine/order-list-types.js";
import type { OrderListRecord, OrderRecord } from "../../../src/order-lists/engine/order-records.js";
import { placeOco } from "../../../src/order-lists/engine/placement/place-oco.js";
import { placeOto } from "../../../src/order-lists/engine/placement/place-oto.js";
import { placeOtoco } from "../../../src/order-lists/engine/placement/place-otoco.js";
import { seedOcoList } from "../../../src/order-lists/engine/placement/seed-oco-list.js";
import { orderListSnapshot } from "../../../src/order-lists/engine/reads/order-list-snapshot.js";
import { ALICE, oto, otoco, rejectionOf, sellOco, T0 } from "./engine-fixture.js";

// Every leg of every list is one order record, and every body is rendered from
// it. Issue-level promise: the record already carries what Binance's order
// queries return (Query Margin Account's Order), so that reading an order by
// its id needs no other shape.

function units(text: string): bigint {
  const parsed = parseUnits(text);
  if (!parsed.ok) throw new Error(`not a decimal: ${text}`);
  return parsed.units;
}

function store(): OrderListStore {
  let now = T0;
  return createOrderListStore({ now: () => now++ });
}

function listOf(state: OrderListStore, orderListId: number): OrderListRecord {
  const [list] = state.withId(orderListId);
  if (!list) throw new Error(`no list ${orderListId}`);
  return list;
}

describe("one order record for every leg", () => {
  it("OCO, OTO, OTOCO and seeded legs each carry their account, list, ids, mode, time and state", () => {
    const state = store();
    placeOco(state, ALICE, { ...sellOco, isIsolated: true, selfTradePreventionMode: "EXPIRE_MAKER", limitClientOrderId: "limit-1" });
    placeOto(state, ALICE, oto);
    placeOtoco(state, ALICE, { ...otoco, selfTradePreventionMode: "EXPIRE_BOTH" });
    seedOcoList(state, ALICE, { symbol: "LTCBTC", isIsolated: true });

    const orders = state.lists.flatMap((list) => list.orders.map((order) => ({ list, order })));
    expect(orders).toHaveLength(9);
    for (const { list, order } of orders) {
      expect(order).toMatchObject({
        apiKey: ALICE,
        symbol: list.symbol,
        isIsolated: list.isIsolated,
        orderListId: list.orderListId,
        selfTradePreventionMode: list.selfTradePreventionMode,
        time: list.createdAt,
      });
      expect(order.clientOrderId).toMatch(/^[A-Za-z0-9-]{1,36}$/);
      expect(order.updateTime).toBeGreaterThanOrEqual(order.time);
    }
    expect(orders.map(({ order }) => order.orderId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const [stop, limit] = state.lists[0]?.orders ?? [];
    expect(stop).toMatchObject({
      type: "STOP_LOSS_LIMIT",
      side: "SELL",
      price: units("58900"),
      stopPrice: units("59000"),
      origQty: units("0.01"),
      timeInForce: "GTC",
      status: "NEW",
      executedQty: 0n,
      cummulativeQuoteQty: 0n,
      isIsolated: true,
      selfTradePreventionMode: "EXPIRE_MAKER",
    });
    expect(limit).toMatchObject({ type: "LIMIT_MAKER", clientOrderId: "limit-1", price: units("61000") });
    expect(limit).not.toHaveProperty("stopPrice");
    expect(state.lists.map((list) => list.orders.map((order) => order.status))).toEqual([
      ["NEW", "NEW"],
      ["NEW", "PENDING_NEW"],
      ["NEW", "PENDING_NEW", "PENDING_NEW"],
      ["NEW", "NEW"],
    ]);
  });

  it("isWorking: on the book once placed (never while PENDING_NEW), a stop once triggered; it stays true", () => {
    const state = store();
    const oco = placeOco(state, ALICE, { ...sellOco, stopLimitPrice: undefined, stopLimitTimeInForce: undefined });
    const working = placeOto(state, ALICE, oto);
    const makerWouldTake = placeOto(state, ALICE, { ...oto, pendingType: "LIMIT_MAKER", pendingPrice: "290", pendingTimeInForce: undefined });
    const unfilled = placeOto(state, ALICE, { ...oto, workingTimeInForce: "IOC" });
    const workingState = (orderListId: number) => listOf(state, orderListId).orders.map((order) => [order.status, order.isWorking]);

    // The OCO's limit maker rests on the book, its stop leg waits; the OTO's working order rests, its pending order waits.
    expect(workingState(oco.orderListId)).toEqual([["NEW", false], ["NEW", true]]);
    expect(workingState(working.orderListId)).toEqual([["NEW", true], ["PENDING_NEW", false]]);
    // An IOC working order that could not fill was on the book; the pending order it takes with it never was.
    expect(workingState(unfilled.orderListId)).toEqual([["EXPIRED", true], ["EXPIRED", false]]);

    applyPriceMove(state, "BNBUSDT", units("294"));
    expect(workingState(working.orderListId)).toEqual([["FILLED", true], ["NEW", true]]);
    // A pending LIMIT_MAKER that would take on arrival expires without ever working.
    expect(workingState(makerWouldTake.orderListId)).toEqual([["FILLED", true], ["EXPIRED", false]]);

    applyPriceMove(state, "BTCUSDT", units("58000"));
    expect(workingState(oco.orderListId)).toEqual([["FILLED", true], ["EXPIRED", true]]);
    expect(orderListSnapshot(listOf(state, oco.orderListId)).legs.map((leg) => leg.triggered)).toEqual([true, false]);
  });

  it("a fill records its trade: price, quantity, quote quantity, a zero commission in the asset received, maker or not", () => {
    const state = store();
    const { orderListId } = placeOto(state, ALICE, oto);
    applyPriceMove(state, "BNBUSDT", units("295"));
    applyPriceMove(state, "BNBUSDT", units("310"));
    const [buy, sell] = listOf(state, orderListId).orders;
    const trade = { qty: units("1"), commission: 0n, isMaker: true, time: expect.any(Number) };
    expect(buy?.fills).toEqual([{ ...trade, tradeId: 1, price: units("295"), quoteQty: units("295"), commissionAsset: "BNB" }]);
    expect(sell?.fills).toEqual([{ ...trade, tradeId: 2, price: units("310"), quoteQty: units("310"), commissionAsset: "USDT" }]);
    expect(sell).toMatchObject({ status: "FILLED", executedQty: units("1"), cummulativeQuoteQty: units("310") });
  });
});

describe("one leg builder", () => {
  it("a seeded OCO's legs are New OCO's legs, read without the symbol's filters", () => {
    const state = store();
    const legs = (orders: readonly OrderRecord[]) =>
      orders.map(({ type, side, price, stopPrice, origQty, icebergQty, timeInForce }) => ({ type, side, price, stopPrice, origQty, icebergQty, timeInForce }));
    const placed = placeOco(state, ALICE, sellOco);
    const seeded = seedOcoList(state, ALICE, { symbol: "BTCUSDT", side: "SELL", quantity: 0.01, price: "61000", stopPrice: "59000", stopLimitPrice: "58900" });
    expect(legs(seeded.orders)).toEqual(legs(listOf(state, placed.orderListId).orders));

    // Above BTCUSDT's LOT_SIZE maxQty (9000): a placement is refused, a seed is not.
    expect(rejectionOf(() => placeOco(state, ALICE, { ...sellOco, quantity: "10000" }))).toEqual({ code: -1013, msg: "Filter failure: LOT_SIZE" });
    expect(seedOcoList(state, ALICE, { symbol: "BTCUSDT", quantity: "10000" }).orders.map((order) => order.origQty)).toEqual([units("10000"), units("10000")]);
  });
});

describe("bodies render the record's fields in Binance's order", () => {
  // A pending STOP_LOSS_LIMIT with every conditional field: stopPrice, icebergQty, trailingDelta.
  const conditional: NewOtoRequest = {
    ...oto,
    pendingType: "STOP_LOSS_LIMIT",
    pendingPrice: "280",
    pendingStopPrice: "285",
    pendingTrailingDelta: "100",
    pendingIcebergQty: "0.5",
  };

  it("RESULT and FULL placement reports", () => {
    const state = store();
    const result = placeOto(state, ALICE, conditional).orderReports[1];
    expect(Object.keys(result ?? {})).toEqual([
      "symbol", "orderId", "orderListId", "clientOrderId", "transactTime", "price", "origQty", "executedQty",
      "cummulativeQuoteQty", "status", "timeInForce", "type", "side", "stopPrice", "icebergQty", "trailingDelta",
      "selfTradePreventionMode",
    ]);
    const full = placeOto(state, ALICE, { ...conditional, workingPrice: "305", newOrderRespType: "FULL" }).orderReports[0];
    expect(full && "fills" in full ? full.fills.map((fill) => Object.keys(fill)) : []).toEqual([["price", "qty", "commission", "commissionAsset", "tradeId"]]);
    expect(Object.keys(full ?? {}).slice(-2)).toEqual(["selfTradePreventionMode", "fills"]);
  });

  it("cancel reports and the leg snapshot", () => {
    const state = store();
    const { orderListId } = placeOto(state, ALICE, conditional);
    expect(Object.keys(orderListSnapshot(listOf(state, orderListId)).legs[1])).toEqual([
      "orderId", "clientOrderId", "type", "side", "price", "stopPrice", "icebergQty", "origQty", "executedQty",
      "cummulativeQuoteQty", "timeInForce", "status", "triggered", "updateTime",
    ]);
    const canceled = cancelOrderList(state, ALICE, { symbol: "BNBUSDT", orderListId, newClientOrderId: "cancel-1" }).orderReports[1];
    expect(Object.keys(canceled ?? {})).toEqual([
      "symbol", "origClientOrderId", "orderId", "orderListId", "clientOrderId", "price", "origQty", "executedQty",
      "cummulativeQuoteQty", "status", "timeInForce", "type", "side", "stopPrice", "icebergQty", "trailingDelta",
      "selfTradePreventionMode",
    ]);
    expect(canceled).toMatchObject({ clientOrderId: "cancel-1", status: "CANCELED", stopPrice: "285.00000000", icebergQty: "0.50000000" });
  });
});
