// The whole margin order-list lifecycle, driven through one real client:
// place a list, query it by each id, find it among the open and all lists,
// cancel it, and see it leave the open lists. Every call must succeed (a
// request Binance accepts must not be refused), and after every call the
// client's answer is compared with the sandbox's own state: what the
// sandbox's engine holds (`getOrderList` / `orderLists`) and what its request
// log saw (one request per step, answered 200, parameters as sent).
//
// Each client file hands in a `LifecycleClient` that maps these steps to the
// client's OWN methods for the endpoints; this file never sends anything.
import type { OrderListSnapshot, SandboxAccount } from "@sapi-kit/sandbox";
import { expect } from "vitest";
import { acceptedBody, type CallOutcome } from "./call-outcome.js";
import { type CancelRequest, type MarginMode, SYMBOL } from "./cancel-cases.js";
import type { ConformanceSandbox } from "./conformance-sandbox.js";
import {
  EXPECTED_ORDERS,
  type GetRequest,
  type ListKind,
  PATHS,
  PLACE_PATHS,
  type PlaceRequests,
  placeRequestFor,
  type QueryScope,
  queryScopeFor,
} from "./lifecycle-cases.js";

type Call<Request, Rejection> = (request: Request) => Promise<CallOutcome<Rejection>>;

/** One client's methods for the seven endpoints, each returning what the client returned (or its reduced rejection). */
export interface LifecycleClient<Rejection> {
  /** Only the kinds the client has a method for. */
  readonly place: { readonly [Kind in ListKind]?: Call<PlaceRequests[Kind], Rejection> };
  readonly get: Call<GetRequest, Rejection>;
  readonly getOpen: Call<QueryScope, Rejection>;
  readonly getAll: Call<QueryScope, Rejection>;
  readonly cancel: Call<CancelRequest, Rejection>;
}

/** Where a client puts the parameters of a request, as seen by the sandbox. */
export type Transport = "query string" | "form body";

export interface Lifecycle<Rejection> {
  readonly conformance: ConformanceSandbox;
  readonly account: SandboxAccount;
  readonly mode: MarginMode;
  readonly kind: ListKind;
  readonly client: LifecycleClient<Rejection>;
  /** Where this client sends POST parameters (GET and DELETE parameters always travel in the query string). */
  readonly placeTransport: Transport;
}

interface LoggedCall {
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly executed: boolean;
}

const ok = (method: string, path: string, executed: boolean): LoggedCall => ({ method, path, status: 200, executed });

/** Binance's status fields of a list, and its `orders`, as every one of these endpoints returns them. */
function listStatus(list: OrderListSnapshot) {
  return {
    orderListId: list.orderListId,
    contingencyType: list.contingencyType,
    listStatusType: list.listStatusType,
    listOrderStatus: list.listOrderStatus,
    listClientOrderId: list.listClientOrderId,
    symbol: list.symbol,
    isIsolated: list.isIsolated,
    orders: list.legs.map((leg) => ({ symbol: list.symbol, orderId: leg.orderId, clientOrderId: leg.clientOrderId })),
  };
}

function idsOf(lists: unknown, step: string): number[] {
  expect(Array.isArray(lists), `${step}: answers a JSON array`).toBe(true);
  return (lists as { orderListId?: unknown }[]).map((list) => Number(list.orderListId)).sort((a, b) => a - b);
}

/** Runs the lifecycle; fails at the first step whose call is refused or whose answer disagrees with the sandbox. */
export async function runLifecycle<Rejection>({ conformance, account, mode, kind, client, placeTransport }: Lifecycle<Rejection>) {
  const place = client.place[kind] as Call<PlaceRequests[ListKind], Rejection> | undefined;
  if (!place) throw new Error(`this client has no method to place an ${kind}`);
  const { sandbox } = conformance;
  const scope = queryScopeFor(mode);
  const state = (orderListId: number) => sandbox.getOrderList(account.apiKey, { orderListId });
  // The lists the sandbox holds in the margin account this mode addresses: cross, or LTCBTC's isolated account.
  const inScope = (list: OrderListSnapshot) => list.isIsolated === mode.isolated && (!mode.isolated || list.symbol === SYMBOL);
  const listsInScope = () => sandbox.orderLists(account.apiKey).filter(inScope);
  const openIdsInScope = () => idsOf(listsInScope().filter((list) => list.status === "OPEN"), "sandbox");
  sandbox.clearRequests();

  // 1. Place.
  const request = placeRequestFor(kind, mode);
  const placed = acceptedBody(await place(request), `place ${kind}`) as { orderListId?: unknown; orderReports?: unknown };
  const list = state(Number(placed?.orderListId));
  expect(list, `place ${kind}: the sandbox holds the list the answer names`).toBeDefined();
  if (!list) return;
  expect(list).toMatchObject({ kind, symbol: SYMBOL, isIsolated: mode.isolated, status: "OPEN", listStatusType: "EXEC_STARTED" });
  expect(list.legs).toHaveLength(EXPECTED_ORDERS[kind].length);
  expect(list.legs).toEqual(expect.arrayContaining(EXPECTED_ORDERS[kind].map((order) => expect.objectContaining(order))));
  expect(placed).toMatchObject({ ...listStatus(list), listStatusType: "EXEC_STARTED", listOrderStatus: "EXECUTING" });
  expect(placed.orderReports).toEqual(
    list.legs.map((leg) =>
      expect.objectContaining({
        orderId: leg.orderId,
        orderListId: list.orderListId,
        clientOrderId: leg.clientOrderId,
        type: leg.type,
        side: leg.side,
        price: leg.price,
        origQty: leg.origQty,
        status: leg.status,
      }),
    ),
  );
  expectSentAsGiven(conformance, PLACE_PATHS[kind], request, placeTransport, list);

  // 2. Query it, by each of Binance's two selectors.
  const byId = acceptedBody(await client.get({ ...scope, orderListId: list.orderListId }), "query by orderListId");
  expect(byId).toMatchObject(listStatus(list));
  const byClientId = acceptedBody(
    await client.get({ ...scope, origClientOrderId: list.listClientOrderId }),
    "query by origClientOrderId",
  );
  expect(byClientId).toMatchObject(listStatus(list));

  // 3. It is among the open lists, and so is every other open list of this account; none that is not.
  const open = acceptedBody(await client.getOpen(scope), "open lists");
  expect(idsOf(open, "open lists")).toEqual(openIdsInScope());
  expect(open).toContainEqual(expect.objectContaining(listStatus(list)));

  // 4. It is among all lists, with every other list of this account, open or done.
  const all = acceptedBody(await client.getAll(scope), "all lists");
  expect(idsOf(all, "all lists")).toEqual(idsOf(listsInScope(), "sandbox"));
  expect(all).toContainEqual(expect.objectContaining(listStatus(list)));

  // 5. Cancel it: every order ends CANCELED, once.
  const cancelRequest: CancelRequest = { symbol: SYMBOL, ...(mode.isIsolated === undefined ? {} : { isIsolated: mode.isIsolated }), orderListId: list.orderListId };
  const cancelled = acceptedBody(await client.cancel(cancelRequest), "cancel") as { orderReports?: unknown };
  const after = state(list.orderListId);
  expect(after).toMatchObject({ status: "CANCELED", listStatusType: "ALL_DONE", listOrderStatus: "ALL_DONE", cancelCount: 1 });
  expect(after?.legs.map((leg) => leg.status)).toEqual(list.legs.map(() => "CANCELED"));
  expect(cancelled).toMatchObject({ ...listStatus(list), listStatusType: "ALL_DONE", listOrderStatus: "ALL_DONE" });
  expect(cancelled.orderReports).toHaveLength(list.legs.length);
  expect(cancelled.orderReports).toEqual(
    expect.arrayContaining(
      list.legs.map((leg) => expect.objectContaining({ orderId: leg.orderId, origClientOrderId: leg.clientOrderId, status: "CANCELED" })),
    ),
  );

  // 6. It is no longer open; a query shows it done.
  const openAfter = acceptedBody(await client.getOpen(scope), "open lists after the cancel");
  expect(idsOf(openAfter, "open lists after the cancel")).toEqual(openIdsInScope());
  expect(idsOf(openAfter, "open lists after the cancel")).not.toContain(list.orderListId);
  const done = acceptedBody(await client.get({ ...scope, orderListId: list.orderListId }), "query after the cancel");
  expect(done).toMatchObject({ orderListId: list.orderListId, listStatusType: "ALL_DONE", listOrderStatus: "ALL_DONE" });

  // One request per step, each answered 200; only the placement and the cancel changed state.
  const logged: LoggedCall[] = sandbox.requests.map(({ method, path, status, executed }) => ({ method, path, status, executed }));
  expect(logged).toEqual([
    ok("POST", PLACE_PATHS[kind], true),
    ok("GET", PATHS.orderList, false),
    ok("GET", PATHS.orderList, false),
    ok("GET", PATHS.openOrderList, false),
    ok("GET", PATHS.allOrderList, false),
    ok("DELETE", PATHS.orderList, true),
    ok("GET", PATHS.openOrderList, false),
    ok("GET", PATHS.orderList, false),
  ]);
  // Every query named this margin account exactly as the scope says.
  for (const entry of sandbox.requests.filter((logged) => logged.method === "GET")) {
    const sent = new URLSearchParams(entry.query);
    expect({ isIsolated: sent.get("isIsolated") ?? undefined, symbol: sent.get("symbol") ?? undefined }).toEqual({
      isIsolated: scope.isIsolated,
      symbol: scope.symbol,
    });
  }
}

/**
 * The placement reached the sandbox where this client puts parameters, with
 * every value the caller gave (a client may add its own, such as generated
 * client order ids, which the list then carries).
 */
function expectSentAsGiven(
  conformance: ConformanceSandbox,
  path: string,
  request: PlaceRequests[ListKind],
  transport: Transport,
  list: OrderListSnapshot,
): void {
  const entry = conformance.sandbox.requests.find((logged) => logged.path === path);
  expect(entry, `the sandbox logged the POST ${path}`).toBeDefined();
  if (!entry) return;
  const carrier = transport === "form body" ? entry.body : entry.query;
  const other = transport === "form body" ? entry.query : entry.body;
  expect(other, `the client sends every parameter in the ${transport}`).toBe("");
  const sent = Object.fromEntries(new URLSearchParams(carrier));
  expect(sent).toMatchObject(request);
  if (sent.listClientOrderId !== undefined) expect(list.listClientOrderId).toBe(sent.listClientOrderId);
}
