// The OCO fill every streaming client watches, and the user data events
// Binance sends for it, built from the sandbox's own state (never hard-coded).
//
// The scenario: a SELL OCO on BNBBTC (order-cases.ts: LIMIT_MAKER at
// LIMIT_PRICE above the last price, STOP_LOSS_LIMIT below) placed with the
// client's own REST method, then the last price moved to LIMIT_PRICE: the
// limit maker fills, its partner expires, the list is ALL_DONE.
//
// The events, in Binance's order (spot "User Data Streams" page,
// https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream,
// "Order Update": an order list sends each order's `executionReport` and, in
// addition, a `listStatus`; the margin "Event: Order Update" page,
// https://developers.binance.com/docs/margin_trading/trade-data-stream/Event-Order-Update,
// uses the same payloads; the sandbox README, "The user data stream", gives
// the order it sends them in):
// - placing: `executionReport` NEW for each leg (stop leg, then limit maker),
//   then `listStatus` EXEC_STARTED;
// - the fill: `executionReport` TRADE / FILLED for the limit maker (`l`, `z`
//   its quantity, `L` its price, `m` true: a resting order is the maker), then
//   EXPIRED for the stop leg with `eR` OCO_TRIGGER, then `listStatus` ALL_DONE.
// Every `executionReport` of a leg carries `g` = the list's orderListId.
import type { OrderListSnapshot, Sandbox } from "@sapi-kit/sandbox";
import { expect } from "vitest";
import { LIMIT_PRICE, ORDER_SYMBOL, START_PRICE } from "./order-cases.js";

/** A user data event as it travels (Binance's one-letter fields). */
export type RawEvent = Readonly<Record<string, unknown>>;

/** One line per event, what the order-of-events assertions compare (ids from the sandbox's state). */
export function eventLine(event: RawEvent): string {
  switch (event.e) {
    case "executionReport":
      return `executionReport order ${event.i} list ${event.g} ${event.x} ${event.X}${event.eR === undefined ? "" : ` ${event.eR}`}`;
    case "listStatus":
      return `listStatus list ${event.g} ${event.l} ${event.L}`;
    default:
      return String(event.e);
  }
}

/** Puts BNBBTC back at its starting price, so that a new OCO's limit maker rests (a fill moved it). */
export function resetPrice(sandbox: Sandbox): void {
  sandbox.setPrice(ORDER_SYMBOL, START_PRICE);
}

/** Moves the last price onto the limit maker's price: that leg fills, the stop leg expires. */
export function fillLimitMaker(sandbox: Sandbox, list: OrderListSnapshot): OrderListSnapshot {
  expect(sandbox.setPrice(ORDER_SYMBOL, LIMIT_PRICE)).toContain(list.orderListId);
  const filled = sandbox.getOrderList(list.apiKey, { orderListId: list.orderListId });
  if (!filled) throw new Error(`the sandbox lost list ${list.orderListId}`);
  expect(filled).toMatchObject({ status: "DONE", listStatusType: "ALL_DONE", legs: [{ status: "EXPIRED" }, { status: "FILLED" }] });
  return filled;
}

/** The list's legs by role (OCO: [stop leg, limit maker], order-list-snapshot.ts). */
export function ocoLegs(list: OrderListSnapshot) {
  const [stopLeg, limitMaker] = list.legs;
  return { stopLeg, limitMaker };
}

/** The lines of the six events a placement and its fill send, in order. */
export function ocoEventLines(list: OrderListSnapshot): string[] {
  const { stopLeg, limitMaker } = ocoLegs(list);
  const g = list.orderListId;
  return [
    `executionReport order ${stopLeg.orderId} list ${g} NEW NEW`,
    `executionReport order ${limitMaker.orderId} list ${g} NEW NEW`,
    `listStatus list ${g} EXEC_STARTED EXECUTING`,
    `executionReport order ${limitMaker.orderId} list ${g} TRADE FILLED`,
    `executionReport order ${stopLeg.orderId} list ${g} EXPIRED EXPIRED OCO_TRIGGER`,
    `listStatus list ${g} ALL_DONE ALL_DONE`,
  ];
}

/** The fill's three events with the fields clients parse, as the sandbox's state after the fill says they must read. */
export function expectedFillEvents(filled: OrderListSnapshot): RawEvent[] {
  const { stopLeg, limitMaker } = ocoLegs(filled);
  const common = { e: "executionReport", s: filled.symbol, g: filled.orderListId, S: "SELL" };
  return [
    {
      ...common,
      i: limitMaker.orderId,
      c: limitMaker.clientOrderId,
      o: "LIMIT_MAKER",
      q: limitMaker.origQty,
      p: limitMaker.price,
      x: "TRADE",
      X: "FILLED",
      l: limitMaker.executedQty,
      z: limitMaker.executedQty,
      L: limitMaker.price,
      Z: limitMaker.cummulativeQuoteQty,
      m: true,
      t: expect.any(Number),
    },
    {
      ...common,
      i: stopLeg.orderId,
      c: stopLeg.clientOrderId,
      o: "STOP_LOSS_LIMIT",
      q: stopLeg.origQty,
      p: stopLeg.price,
      P: stopLeg.stopPrice,
      x: "EXPIRED",
      X: "EXPIRED",
      z: stopLeg.executedQty,
      t: -1,
      eR: "OCO_TRIGGER",
    },
    {
      e: "listStatus",
      s: filled.symbol,
      g: filled.orderListId,
      c: "OCO",
      l: "ALL_DONE",
      L: "ALL_DONE",
      C: filled.listClientOrderId,
      O: filled.legs.map((leg) => ({ s: filled.symbol, i: leg.orderId, c: leg.clientOrderId })),
    },
  ];
}
