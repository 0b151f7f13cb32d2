import { describe, expect, it } from "vitest";
import type { EngineChange } from "../../../src/order-lists/engine/index.js";
import { ALICE, createFixture, otoco, sellOco } from "./engine-fixture.js";

/** Each change as one short line: "order <orderId> <executionType> <status>" or "list <id> <listStatusType>". */
function describeChange(change: EngineChange): string {
  if (change.kind === "list") return `list ${change.orderListId} ${change.listStatusType}`;
  const { order } = change;
  const detail = change.fill ? ` trade ${change.fill.tradeId}` : change.expiryReason ? ` ${change.expiryReason}` : change.cancelClientOrderId ? " by cancel" : "";
  return `order ${order.orderId} ${change.executionType} ${order.status}${detail}`;
}

function recordingFixture() {
  const changes: EngineChange[] = [];
  const fixture = createFixture({ onChange: (change) => changes.push(change) });
  return { ...fixture, changes, lines: () => changes.splice(0).map(describeChange) };
}

describe("the engine's change records", () => {
  it("an OCO: each leg NEW then the list EXEC_STARTED; a fill: the TRADE, the partner EXPIRED (OCO_TRIGGER), the list ALL_DONE", () => {
    const { engine, lines } = recordingFixture();
    engine.placeOco(ALICE, sellOco);
    expect(lines()).toEqual(["order 1 NEW NEW", "order 2 NEW NEW", "list 0 EXEC_STARTED"]);
    engine.setPrice("BTCUSDT", "61000");
    expect(lines()).toEqual(["order 2 TRADE FILLED trade 1", "order 1 EXPIRED EXPIRED OCO_TRIGGER", "list 0 ALL_DONE"]);
  });

  it("an OTOCO: the working order's fill places the pending pair (NEW each), then the stop leg (order 2) fills and the limit maker expires", () => {
    const { engine, lines } = recordingFixture();
    engine.placeOtoco(ALICE, otoco);
    expect(lines()).toEqual(["order 1 NEW NEW", "order 2 NEW PENDING_NEW", "order 3 NEW PENDING_NEW", "list 0 EXEC_STARTED"]);
    engine.setPrice("BNBUSDT", "295");
    expect(lines()).toEqual(["order 1 TRADE FILLED trade 1", "order 2 NEW NEW", "order 3 NEW NEW", "list 0 EXEC_STARTED"]);
    engine.setPrice("BNBUSDT", "289");
    expect(lines()).toEqual(["order 2 TRADE FILLED trade 2", "order 3 EXPIRED EXPIRED OCO_TRIGGER", "list 0 ALL_DONE"]);
  });

  it("a cancel: every live order CANCELED with the cancel's id, then the list ALL_DONE; a rejected request records nothing", () => {
    const { engine, lines, changes } = recordingFixture();
    engine.placeOco(ALICE, sellOco);
    lines();
    expect(() => engine.cancelOrderList(ALICE, { symbol: "BTCUSDT", orderListId: 99 })).toThrow();
    expect(changes).toEqual([]);
    engine.cancelOrderList(ALICE, { symbol: "BTCUSDT", orderListId: 0, newClientOrderId: "myCancel" });
    expect(lines()).toEqual(["order 1 CANCELED CANCELED by cancel", "order 2 CANCELED CANCELED by cancel", "list 0 ALL_DONE"]);
  });

  it("a copy of each order as it stood: a placement's NEW report keeps its quantities after the order changed", () => {
    const { engine, changes } = recordingFixture();
    engine.placeOco(ALICE, sellOco);
    engine.setPrice("BTCUSDT", "61000");
    const first = changes[0];
    expect(first?.kind === "order" && first.order.status).toBe("NEW");
    expect(first?.kind === "order" && first.order.executedQty).toBe(0n);
  });
});
