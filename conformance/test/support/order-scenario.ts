// Every leg's state on demand, driven through one real client's own methods
// for the six order operations (issue 19, "Done when"):
//   1. place an OCO, move the price through its limit leg, query both legs:
//      FILLED with executedQty = quantity, and EXPIRED;
//   2. the trade list holds one trade, at the fill price;
//   3. place another OCO and cancel one of its legs: the whole list is
//      ALL_DONE and both legs are CANCELED (the answer is that list);
//   4. cancel-all clears a symbol that has a list and a pending OTO (and a
//      standalone order, so that its answer holds both of Binance's shapes).
// Every call must succeed (a request Binance accepts must not be refused);
// every answer is checked against the spec's response shape and against the
// sandbox's own state, and the request log must show one request per call.
//
// Each client file hands in an `OrderClient` mapping these calls to the
// client's OWN methods and returning the Binance body it got (ccxt: the raw
// `info` its unified structures carry); this file never sends anything
// through a client.
import type { OrderListSnapshot, SandboxAccount } from "@sapi-kit/sandbox";
import { expect } from "vitest";
import { acceptedBody, type CallOutcome } from "./call-outcome.js";
import type { MarginMode } from "./cancel-cases.js";
import type { ConformanceSandbox } from "./conformance-sandbox.js";
import type { OcoRequest, OtoRequest } from "./lifecycle-cases.js";
import {
  FILL_PRICE,
  LIMIT_PRICE,
  ORDER_PATHS,
  ORDER_SYMBOL,
  type OrderRequest,
  type OrderScope,
  ocoRequestFor,
  orderScopeFor,
  pendingOtoRequestFor,
  QUANTITY,
  START_PRICE,
} from "./order-cases.js";
import { expectSpecShape } from "./spec-shape.js";

type Call<Request, Rejection> = (request: Request) => Promise<CallOutcome<Rejection>>;

/** One client's methods for the six order operations, plus its own OCO placement. */
export interface OrderClient<Rejection> {
  readonly placeOco: Call<OcoRequest, Rejection>;
  readonly getOrder: Call<OrderRequest, Rejection>;
  readonly getOpenOrders: Call<OrderScope, Rejection>;
  readonly getAllOrders: Call<OrderScope, Rejection>;
  readonly getMyTrades: Call<OrderScope, Rejection>;
  readonly cancelOrder: Call<OrderRequest, Rejection>;
  readonly cancelOpenOrders: Call<OrderScope, Rejection>;
}

export interface OrderScenario<Rejection> {
  readonly conformance: ConformanceSandbox;
  readonly account: SandboxAccount;
  readonly mode: MarginMode;
  readonly client: OrderClient<Rejection>;
  /**
   * Places a pending OTO for the cancel-all step (the lists are not what is
   * under test there): the client's own method where it has one, else a
   * signed request the test sends itself. Returns its orderListId.
   */
  readonly placePendingOto: (request: OtoRequest) => Promise<number>;
}

interface WireOrder {
  readonly orderId?: unknown;
  readonly orderListId?: unknown;
  readonly status?: unknown;
}

const idsOf = (orders: unknown, step: string): number[] => {
  expect(Array.isArray(orders), `${step}: answers a JSON array`).toBe(true);
  return (orders as WireOrder[]).map((order) => Number(order.orderId)).sort((a, b) => a - b);
};

/** The OCO's legs by role (the sandbox's snapshot lists the stop leg first, then the limit maker). */
function legsOf(list: OrderListSnapshot) {
  const [stop, limit] = list.legs;
  expect([stop.type, limit?.type]).toEqual(["STOP_LOSS_LIMIT", "LIMIT_MAKER"]);
  return { stop, limit: limit as NonNullable<typeof limit> };
}

/** Runs the four steps; fails at the first call refused or answer that disagrees with Binance's rules or the sandbox. */
export async function runOrderScenario<Rejection>({ conformance, account, mode, client, placePendingOto }: OrderScenario<Rejection>) {
  const { sandbox } = conformance;
  const scope = orderScopeFor(mode);
  const state = (orderListId: number) => {
    const list = sandbox.getOrderList(account.apiKey, { orderListId });
    if (!list) throw new Error(`the sandbox holds no list ${orderListId} for this account`);
    return list;
  };
  const placeOco = async (step: string) => {
    sandbox.setPrice(ORDER_SYMBOL, START_PRICE);
    const placed = acceptedBody(await client.placeOco(ocoRequestFor(mode)), step) as { orderListId?: unknown };
    const list = state(Number(placed?.orderListId));
    expect(list).toMatchObject({ kind: "OCO", symbol: ORDER_SYMBOL, isIsolated: mode.isolated, status: "OPEN" });
    return list;
  };
  const getOrder = async (orderId: number, step: string) => {
    const body = acceptedBody(await client.getOrder({ ...scope, orderId }), step);
    expectSpecShape("GET", ORDER_PATHS.order, body, step);
    return body;
  };

  // 1. An OCO; the last price reaches its limit leg: that leg fills at its price, the other expires.
  const first = await placeOco("place the first OCO");
  const { stop, limit } = legsOf(first);
  sandbox.clearRequests();
  expect(sandbox.setPrice(ORDER_SYMBOL, LIMIT_PRICE)).toContain(first.orderListId);

  const filled = await getOrder(limit.orderId, "query the limit leg");
  expect(filled).toMatchObject({
    symbol: ORDER_SYMBOL,
    orderId: limit.orderId,
    orderListId: first.orderListId,
    clientOrderId: limit.clientOrderId,
    type: "LIMIT_MAKER",
    side: "SELL",
    status: "FILLED",
    price: FILL_PRICE,
    origQty: QUANTITY,
    executedQty: QUANTITY,
    cummulativeQuoteQty: FILL_PRICE,
    isIsolated: mode.isolated,
  });
  const expired = await getOrder(stop.orderId, "query the stop leg");
  expect(expired).toMatchObject({
    orderId: stop.orderId,
    orderListId: first.orderListId,
    type: "STOP_LOSS_LIMIT",
    status: "EXPIRED",
    executedQty: "0.00000000",
    isIsolated: mode.isolated,
  });

  // 2. The fill is one trade, at the fill price, by the limit leg (a maker, selling).
  const trades = acceptedBody(await client.getMyTrades(scope), "the trade list");
  expectSpecShape("GET", ORDER_PATHS.myTrades, trades, "the trade list");
  expect(trades).toEqual([
    expect.objectContaining({
      symbol: ORDER_SYMBOL,
      orderId: limit.orderId,
      price: FILL_PRICE,
      qty: QUANTITY,
      quoteQty: FILL_PRICE,
      isBuyer: false,
      isMaker: true,
      isIsolated: mode.isolated,
    }),
  ]);

  // Both legs are among all orders, as the sandbox holds them.
  const all = acceptedBody(await client.getAllOrders(scope), "all orders");
  expectSpecShape("GET", ORDER_PATHS.allOrders, all, "all orders");
  expect(idsOf(all, "all orders")).toEqual([stop.orderId, limit.orderId].sort((a, b) => a - b));
  expect(all).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ orderId: limit.orderId, status: "FILLED" }),
      expect.objectContaining({ orderId: stop.orderId, status: "EXPIRED" }),
    ]),
  );

  // 3. Another OCO: both legs open; cancelling one leg ends the whole list.
  const second = await placeOco("place the second OCO");
  const legs = legsOf(second);
  const open = acceptedBody(await client.getOpenOrders(scope), "open orders");
  expectSpecShape("GET", ORDER_PATHS.openOrders, open, "open orders");
  expect(idsOf(open, "open orders")).toEqual([legs.stop.orderId, legs.limit.orderId].sort((a, b) => a - b));

  const cancelled = acceptedBody(await client.cancelOrder({ ...scope, orderId: legs.limit.orderId }), "cancel one leg");
  expectSpecShape("DELETE", ORDER_PATHS.order, cancelled, "cancel one leg");
  // The leg's list went with it, so the answer is that list, in Cancel OCO's shape (the sandbox README).
  expect(cancelled).toMatchObject({
    symbol: ORDER_SYMBOL,
    orderListId: second.orderListId,
    contingencyType: "OCO",
    listStatusType: "ALL_DONE",
    listOrderStatus: "ALL_DONE",
  });
  expect((cancelled as { orderReports?: WireOrder[] }).orderReports?.map((report) => [Number(report.orderId), report.status]).sort()).toEqual(
    [legs.stop, legs.limit].map((leg) => [leg.orderId, "CANCELED"]).sort(),
  );
  expect(state(second.orderListId)).toMatchObject({
    status: "CANCELED",
    listStatusType: "ALL_DONE",
    listOrderStatus: "ALL_DONE",
    legs: [{ status: "CANCELED" }, { status: "CANCELED" }],
  });
  for (const leg of [legs.stop, legs.limit]) {
    expect(await getOrder(leg.orderId, "query a leg of the cancelled list")).toMatchObject({ orderId: leg.orderId, status: "CANCELED" });
  }

  // 4. A list, a pending OTO and a standalone order on the symbol; cancel-all leaves nothing open there.
  const third = await placeOco("place the third OCO");
  const oto = state(await placePendingOto(pendingOtoRequestFor(mode)));
  expect(oto.legs.map((leg) => leg.status)).toEqual(["NEW", "PENDING_NEW"]);
  // A resting BUY below the last price, in no list: the answer's other shape.
  const single = sandbox.createOrder(account.apiKey, { symbol: ORDER_SYMBOL, price: "0.0087", isIsolated: mode.isolated });
  sandbox.clearRequests();

  const swept = acceptedBody(await client.cancelOpenOrders(scope), "cancel-all");
  expectSpecShape("DELETE", ORDER_PATHS.openOrders, swept, "cancel-all");
  expect(Array.isArray(swept), "cancel-all: answers a JSON array").toBe(true);
  const entries = swept as { orderId?: unknown; orderListId?: unknown; status?: unknown; listStatusType?: unknown; orderReports?: WireOrder[] }[];
  // Binance's page: the standalone orders first, then the lists.
  expect(entries[0]).toMatchObject({ symbol: ORDER_SYMBOL, orderId: single.orderId, orderListId: -1, status: "CANCELED", isIsolated: mode.isolated });
  const sweptLists = entries.slice(1).map((entry) => ({
    orderListId: Number(entry.orderListId),
    listStatusType: entry.listStatusType,
    reports: (entry.orderReports ?? []).map((report) => [Number(report.orderId), report.status]),
  }));
  expect(sweptLists.sort((a, b) => a.orderListId - b.orderListId)).toEqual(
    [third, oto].map((list) => ({
      orderListId: list.orderListId,
      listStatusType: "ALL_DONE",
      reports: expect.arrayContaining(list.legs.map((leg) => [leg.orderId, "CANCELED"])),
    })),
  );
  for (const list of [third, oto]) {
    expect(state(list.orderListId)).toMatchObject({ status: "CANCELED", listStatusType: "ALL_DONE" });
  }
  const openAfter = acceptedBody(await client.getOpenOrders(scope), "open orders after cancel-all");
  expect(openAfter).toEqual([]);

  // One request per call, each answered 200; only the cancel-all changed state.
  expect(sandbox.requests.map(({ method, path, status, executed }) => ({ method, path, status, executed }))).toEqual([
    { method: "DELETE", path: ORDER_PATHS.openOrders, status: 200, executed: true },
    { method: "GET", path: ORDER_PATHS.openOrders, status: 200, executed: false },
  ]);
}
