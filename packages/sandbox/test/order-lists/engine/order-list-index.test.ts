import { describe, expect, it } from "vitest";
import { cancelOrderList } from "../../../src/order-lists/engine/cancel-order-list.js";
import { createOrderListStore, type OrderListStore } from "../../../src/order-lists/engine/order-list-store.js";
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
