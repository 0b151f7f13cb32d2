import { describe, expect, it } from "vitest";
import { cancelOrderList } from "../../../src/order-lists/engine/cancel-order-list.js";
import { createOrderListStore, type OrderListStore } from "../../../src/order-lists/engine/order-list-store.js";
import type { NewOcoRequest, NewOtoRequest } from "../../../src/order-lists/engine/order-list-types.js";
import { placeOco } from "../../../src/order-lists/engine/placement/place-oco.js";
import { placeOto } from "../../../src/order-lists/engine/placement/place-oto.js";
import { seedOcoList } from "../../../src/order-lists/engine/placement/seed-oco-list.js";
import { queryOrderList } from "../../../src/order-lists/engine/reads/query-order-lists.js";
import { ALICE, BOB, rejectionOf, T0 } from "./engine-fixture.js";

// A sandbox keeps every list it ever placed (a bot's soak test, `npm run bench`).
// Before the index, each cancel and query by id scanned them all, so a long
// run got slower with every call. These tests count what a lookup reads.

/** The store, with its list array behind a proxy that counts element reads. */
function countingStore(lists: number): { store: OrderListStore; reads: () => number } {
  const store = createOrderListStore({ now: () => T0 });
  for (let index = 0; index < lists; index++) seedOcoList(store, index % 2 ? BOB : ALICE, { symbol: "LTCBTC" });
  let reads = 0;
  const counted = new Proxy(store.lists, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { store: { ...store, lists: counted }, reads: () => reads };
}

const CROSS = { isIsolated: false } as const;

describe("lookups by orderListId use the store's index", () => {
  it("a cancel by orderListId reads no other list, however many there are", () => {
    const { store, reads } = countingStore(2000);
    const body = cancelOrderList(store, ALICE, { symbol: "LTCBTC", orderListId: 1998n });
    expect(body.orderListId).toBe(1998);
    expect(body.listStatusType).toBe("ALL_DONE");
    expect(reads()).toBe(0);
  });

  it("a query by orderListId reads no other list", () => {
    const { store, reads } = countingStore(2000);
    expect(queryOrderList(store, BOB, { account: CROSS, orderListId: 1999 }).orderListId).toBe(1999);
    expect(reads()).toBe(0);
  });

  it("the index keeps every rule: another account's id, a done list, an id beyond 2^53 and a wrong name are all unknown", () => {
    const { store } = countingStore(4);
    // List 1 is BOB's.
    expect(rejectionOf(() => cancelOrderList(store, ALICE, { symbol: "LTCBTC", orderListId: 1 })).code).toBe(-2011);
    expect(rejectionOf(() => queryOrderList(store, ALICE, { account: CROSS, orderListId: 1 })).code).toBe(-2013);
    // Isolated is another margin account.
    expect(rejectionOf(() => cancelOrderList(store, ALICE, { symbol: "LTCBTC", isIsolated: true, orderListId: 0 })).code).toBe(-2011);
    expect(rejectionOf(() => cancelOrderList(store, ALICE, { symbol: "BNBBTC", orderListId: 0 })).code).toBe(-2011);
    // 2^53 + 2 would round onto no safe id; it must not find one either way.
    expect(rejectionOf(() => cancelOrderList(store, ALICE, { symbol: "LTCBTC", orderListId: 2n ** 53n + 2n })).code).toBe(-2011);
    const name = store.withId(0)[0]?.listClientOrderId;
    expect(rejectionOf(() => cancelOrderList(store, ALICE, { symbol: "LTCBTC", orderListId: 0, listClientOrderId: `${name}x` })).code).toBe(-2011);
    expect(cancelOrderList(store, ALICE, { symbol: "LTCBTC", orderListId: 0, listClientOrderId: name }).orderListId).toBe(0);
    expect(rejectionOf(() => cancelOrderList(store, ALICE, { symbol: "LTCBTC", orderListId: 0 })).code).toBe(-2011);
    // A done list is still found by a query.
    expect(queryOrderList(store, ALICE, { account: CROSS, orderListId: 0 }).listStatusType).toBe("ALL_DONE");
  });

  it("a requested orderListId that is taken is refused through the index", () => {
    const { store } = countingStore(3);
    expect(() => seedOcoList(store, ALICE, { symbol: "LTCBTC", orderListId: 2 })).toThrow(/already used/);
    expect(seedOcoList(store, ALICE, { symbol: "LTCBTC", orderListId: 7 }).orderListId).toBe(7);
    expect(store.withId(7)[0]?.apiKey).toBe(ALICE);
  });
});

// Placements checked client id uniqueness by filtering every list the store
// ever held, so with 10k open lists a placement over HTTP took 26 ms instead
// of 2 ms. The ids are indexed now: a placement reads no list it is not about.
describe("placements use the store's client id index", () => {
  const oco = (overrides: Partial<NewOcoRequest> = {}): NewOcoRequest => ({
    symbol: "BTCUSDT",
    side: "SELL",
    quantity: "0.01",
    price: "61000",
    stopPrice: "59000",
    ...overrides,
  });
  const oto = (overrides: Partial<NewOtoRequest> = {}): NewOtoRequest => ({
    symbol: "BTCUSDT",
    workingType: "LIMIT",
    workingSide: "BUY",
    workingPrice: "59000",
    workingQuantity: "0.01",
    workingTimeInForce: "GTC",
    pendingType: "LIMIT_MAKER",
    pendingSide: "SELL",
    pendingQuantity: "0.01",
    pendingPrice: "62000",
    ...overrides,
  });

  it("a placement reads no list, however many are open, with or without client ids", () => {
    const { store, reads } = countingStore(2000);
    placeOco(store, ALICE, oco());
    placeOco(store, ALICE, oco({ listClientOrderId: "mine", limitClientOrderId: "limit-1", stopClientOrderId: "stop-1" }));
    placeOto(store, BOB, oto({ listClientOrderId: "mine", workingClientOrderId: "w-1", pendingClientOrderId: "p-1" }));
    seedOcoList(store, ALICE, { symbol: "LTCBTC", listClientOrderId: "seeded" });
    expect(reads()).toBe(0);
  });

  it("the index keeps every uniqueness rule: open only, per account and margin mode, list and leg ids", () => {
    const { store } = countingStore(2);
    const first = placeOco(store, ALICE, oco({ listClientOrderId: "dup", limitClientOrderId: "leg-a", stopClientOrderId: "leg-b" }));
    const duplicate = { code: -2010, msg: "Duplicate order sent." };
    // The same list id, or a leg id of an open order, in the same account: refused.
    expect(rejectionOf(() => placeOco(store, ALICE, oco({ listClientOrderId: "dup" })))).toEqual(duplicate);
    expect(rejectionOf(() => placeOco(store, ALICE, oco({ limitClientOrderId: "leg-b" })))).toEqual(duplicate);
    expect(rejectionOf(() => placeOto(store, ALICE, oto({ pendingClientOrderId: "leg-a" })))).toEqual(duplicate);
    expect(rejectionOf(() => placeOco(store, ALICE, oco({ limitClientOrderId: "same", stopClientOrderId: "same" })))).toEqual(duplicate);
    expect(() => seedOcoList(store, ALICE, { symbol: "LTCBTC", listClientOrderId: "dup" })).toThrow(/already uses/);
    // Another account, or the isolated account of the symbol: free.
    placeOco(store, BOB, oco({ listClientOrderId: "dup", limitClientOrderId: "leg-a" }));
    placeOco(store, ALICE, oco({ isIsolated: true, listClientOrderId: "dup", limitClientOrderId: "leg-a" }));
    // Once the list is done, both its name and its legs' ids are free again.
    cancelOrderList(store, ALICE, { symbol: "BTCUSDT", orderListId: first.orderListId });
    placeOco(store, ALICE, oco({ listClientOrderId: "dup", limitClientOrderId: "leg-a", stopClientOrderId: "leg-b" }));
    expect(rejectionOf(() => placeOco(store, ALICE, oco({ listClientOrderId: "dup" })))).toEqual(duplicate);
  });
});
