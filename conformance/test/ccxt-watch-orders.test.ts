// ccxt 4.5.84 pro (`pro.binance`, same package): `watchOrders` on a margin
// account, against the sandbox's WebSocket API (`sandbox.streamUrl`).
//
// How it subscribes (js/src/pro/binance.js): `watchOrders(symbol, since,
// limit, params)` resolves the account type (`resolveAuthType`: `params.type`,
// else the market's, "spot" for BNB/BTC) and calls `authenticate(params)`.
// `authenticate` tests `type === "spot"` FIRST: a spot type subscribes the
// spot account with `userDataStream.subscribe.signature`, whatever
// `marginMode` says. Only `type: "margin"` (or `options.defaultType`) reaches
// `ensureUserDataStreamWsSubscribeListenToken("margin", { symbol, isIsolated })`,
// which creates a token with `sapiPostUserListenToken` (the API key header
// only, a form body: empty for cross, `symbol=BNBBTC&isIsolated=true` for
// `marginMode: "isolated"`) and sends `userDataStream.subscribe.listenToken`
// to `urls.api.ws["ws-api"].spot`. Renewal: a `delay` one minute before the
// token's expirationTime (from its own clock) creates and subscribes again.
// The token and its state live in `options.margin`, one per exchange instance:
// once a cross subscription is made, an isolated `watchOrders` within
// `listenTokenRefreshRate` (23 h) finds it "authenticated" and subscribes
// nothing, so each account needs its own instance (the tests use one each).
// Where it connects: `urls.api.ws["ws-api"].spot` (wss://ws-api.binance.com:443/ws-api/v3),
// set here to the sandbox's streamUrl; REST `urls.api.sapi` / `public` as in
// ccxt.test.ts. A `ws://` URL needs `await exchange.loadHttpProxyAgent()`
// first (js/src/base/Exchange.js `getHttpAgentIfNeeded` throws NotSupported
// "to use proxy with non-ssl ws:// urls" otherwise): ccxt's own method, no patch.
// What it parses (js/src/pro/binance.js `handleMessage`): a frame's `event` is
// unwrapped; `executionReport` goes to `handleOrderUpdate` -> `parseWsOrder`
// (unified order, the raw event as `info`, one entry per order id);
// `listStatus` has no handler and is dropped, so a list's status is only seen
// through its legs (`info.g` = orderListId). `eventStreamTerminated` is handled.
import type { OrderListSnapshot, SandboxAccount } from "@sapi-kit/sandbox";
import { type Order, pro } from "ccxt";
import { afterEach, describe, expect, it } from "vitest";
import { acceptedBody, settle } from "./support/call-outcome.js";
import type { MarginMode } from "./support/cancel-cases.js";
import { ccxtSettings, sandboxRestUrls, withoutQuery } from "./support/ccxt-on-sandbox.js";
import { useConformanceSandbox } from "./support/conformance-sandbox.js";
import { EventLog } from "./support/event-log.js";
import { expectedFillEvents, fillLimitMaker, ocoLegs, resetPrice } from "./support/oco-fill-events.js";
import { ORDER_MODES, ocoRequestFor } from "./support/order-cases.js";

const conformance = useConformanceSandbox();
const TOKEN_PATH = "/sapi/v1/userListenToken";
const SYMBOL = "BNB/BTC";
const [CROSS_MODE, ISOLATED_MODE] = ORDER_MODES as [MarginMode, MarginMode];

type ProBinance = InstanceType<typeof pro.binance>;
const open: ProBinance[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((exchange) => exchange.close()));
});

async function connect(account: SandboxAccount): Promise<ProBinance> {
  const settings = ccxtSettings(account);
  const exchange = new pro.binance({
    ...settings,
    options: {
      ...settings.options,
      // watchOrders on a margin type also prepares a positions cache, by default from a
      // fetchPositions snapshot (a futures call); its future is never settled for margin, and
      // close() rejects it with nobody listening (an unhandled ExchangeClosedByUser).
      watchPositions: { fetchPositionsSnapshot: false },
    },
  });
  const { sandbox } = conformance;
  exchange.urls.api = {
    ...sandboxRestUrls(exchange.urls.api, sandbox.url),
    ws: { ...exchange.urls.api.ws, "ws-api": { ...exchange.urls.api.ws["ws-api"], spot: sandbox.streamUrl } },
  };
  await exchange.loadHttpProxyAgent();
  open.push(exchange);
  return exchange;
}

/** ccxt's errors may name a signed URL: its query string is cut before anything prints. */
function reduceRejection(error: unknown) {
  return { name: (error as Error)?.constructor?.name, message: withoutQuery((error as Error)?.message) };
}

async function placeOco(exchange: ProBinance, account: SandboxAccount, mode: MarginMode): Promise<OrderListSnapshot> {
  resetPrice(conformance.sandbox);
  const body = acceptedBody(await settle(() => exchange.sapiPostMarginOrderOco({ ...ocoRequestFor(mode) }), reduceRejection), "sapiPostMarginOrderOco") as {
    orderListId: number;
  };
  const list = conformance.sandbox.getOrderList(account.apiKey, { orderListId: body.orderListId });
  if (!list) throw new Error(`the sandbox holds no list ${body.orderListId}`);
  return list;
}

/**
 * Calls `watchOrders` again and again, as a bot's loop does, logging every order it returns,
 * until `done` holds. A rejection of `watchOrders` ends the wait with ccxt's (reduced) error.
 */
async function watchUntil(exchange: ProBinance, params: Record<string, unknown>, orders: EventLog<Order>, done: (orders: readonly Order[]) => boolean) {
  const loop = (async () => {
    while (!done(orders.entries)) {
      // ccxt's cache merges each update into the order object it returned before: keep a copy of each.
      for (const order of await exchange.watchOrders(SYMBOL, undefined, undefined, { ...params })) orders.push(structuredClone(order));
    }
  })();
  const failed = loop.then(
    () => new Promise<never>(() => {}),
    (error: unknown) => Promise.reject(new Error(`watchOrders failed: ${JSON.stringify(reduceRejection(error))}`)),
  );
  await Promise.race([orders.waitFor("both legs' final updates", done), failed]);
}

/**
 * What `watchOrders` does before it waits (load markets, authenticate), called first so that the
 * test knows the subscription is acknowledged before it places a list: `authenticate` resolves on
 * the subscribe answer. watchOrders then finds the account authenticated and subscribes nothing more.
 */
async function subscribe(exchange: ProBinance, params: Record<string, unknown>): Promise<void> {
  await exchange.loadMarkets();
  await exchange.authenticate({ ...params, symbol: SYMBOL });
}

const tokenRequests = () => conformance.sandbox.requests.filter((entry) => entry.path === TOKEN_PATH);

const legUpdates = (entries: readonly Order[], orderId: number) => entries.filter((order) => order.id === String(orderId));

/**
 * Watches orders in a loop while the client places the scenario's OCO and the sandbox fills it;
 * returns every update ccxt handed over (copies) once both legs ended, and the filled list.
 */
async function watchOcoFill(exchange: ProBinance, account: SandboxAccount, params: Record<string, unknown>, mode: MarginMode) {
  // The loop starts before the placement: its first watchOrders is pending (registered within
  // microtasks, before any reply can arrive) when the placement's events come in.
  const orders = new EventLog<Order>();
  let legIds: number[] = [];
  const watching = watchUntil(
    exchange,
    params,
    orders,
    (entries) => legIds.length > 0 && legIds.every((orderId) => legUpdates(entries, orderId).some((order) => order.status !== "open")),
  );
  // Failing before `await watching` must not leave its rejection unhandled.
  watching.catch(() => {});
  const list = await placeOco(exchange, account, mode);
  legIds = list.legs.map((leg) => leg.orderId);
  await orders.waitFor("the placement's NEW updates", (entries) => entries.length > 0);
  const filled = fillLimitMaker(conformance.sandbox, list);
  await watching;
  return { entries: orders.entries, filled };
}

/** Each leg's last update is its end as the sandbox holds it: the limit maker closed (filled), the stop leg expired. */
function expectLegsEnded(entries: readonly Order[], filled: OrderListSnapshot): void {
  const { stopLeg, limitMaker } = ocoLegs(filled);
  const [fillEvent, expiryEvent] = expectedFillEvents(filled);
  const lastOf = (orderId: number) => legUpdates(entries, orderId).at(-1);
  expect(lastOf(limitMaker.orderId)).toMatchObject({
    id: String(limitMaker.orderId),
    clientOrderId: limitMaker.clientOrderId,
    side: "sell",
    status: "closed",
    price: Number(limitMaker.price),
    amount: Number(limitMaker.origQty),
    filled: Number(limitMaker.executedQty),
    remaining: 0,
    average: Number(limitMaker.price),
    cost: Number(limitMaker.cummulativeQuoteQty),
    info: fillEvent,
  });
  expect(lastOf(stopLeg.orderId)).toMatchObject({
    id: String(stopLeg.orderId),
    clientOrderId: stopLeg.clientOrderId,
    side: "sell",
    status: "expired",
    amount: Number(stopLeg.origQty),
    filled: 0,
    info: expiryEvent,
  });
}

const MODES = [
  { name: "cross", marginMode: "cross", mode: CROSS_MODE, tokenBody: "" },
  { name: "isolated", marginMode: "isolated", mode: ISOLATED_MODE, tokenBody: "symbol=BNBBTC&isIsolated=true" },
] as const;

describe("ccxt pro: watchOrders with margin params, over the listenToken subscription", () => {
  it.each(MODES)("$name margin account (type margin, marginMode $marginMode): receives both legs of the OCO fill", async ({ marginMode, mode, tokenBody }) => {
    const account = await conformance.account("hmac");
    const exchange = await connect(account);
    const params = { type: "margin", marginMode };
    conformance.sandbox.clearRequests();

    await subscribe(exchange, params);
    expect(tokenRequests().map(({ method, status, query, body }) => ({ method, status, query, body }))).toEqual([
      { method: "POST", status: 200, query: "", body: tokenBody },
    ]);

    const { entries, filled } = await watchOcoFill(exchange, account, params, mode);

    // Every update ccxt returned is a leg of this list, each execution type at most once, the
    // placement's first; one token for all of it.
    expect(entries[0]?.info).toMatchObject({ x: "NEW", X: "NEW" });
    expect(entries.every((order) => order.info.g === filled.orderListId && order.symbol === SYMBOL)).toBe(true);
    const seen = entries.map((order) => `${order.id} ${order.info.x}`);
    expect(new Set(seen).size, JSON.stringify(seen)).toBe(seen.length);
    expect(tokenRequests()).toHaveLength(1);
    expectLegsEnded(entries, filled);
  });
});

// After the connection drops, ccxt rejects what was pending (Client#onClose: NetworkError "connection
// closed by remote server, closing code 1006") and forgets the socket, but not the margin token:
// `ensureUserDataStreamWsSubscribeListenToken` subscribes only when `options.margin.lastAuthenticatedTime`
// is older than `listenTokenRefreshRate` (23 h, js/src/pro/binance.js line 2870), and nothing clears it
// on a close. So a retried watchOrders opens a new connection and subscribes nothing: it waits forever
// (the same on Binance). Clearing `options.margin.lastAuthenticatedTime` (or a new instance) makes it
// subscribe again.
describe("ccxt pro: a dropped connection", () => {
  it("rejects the pending watchOrders; ccxt subscribes again only once options.margin.lastAuthenticatedTime is cleared", async () => {
    const account = await conformance.account("hmac");
    const exchange = await connect(account);
    const params = { type: "margin", marginMode: "cross" };
    await subscribe(exchange, params);
    conformance.sandbox.clearRequests();

    // The sandbox's fault ends the connection without a close frame; the client learns of it on a
    // later I/O turn, when the watchOrders below is already waiting.
    const pending = exchange.watchOrders(SYMBOL, undefined, undefined, { ...params }).then(
      () => "resolved",
      (error: unknown) => reduceRejection(error),
    );
    expect(conformance.sandbox.dropStreamConnections()).toBe(1);
    expect(await pending).toEqual({ name: "NetworkError", message: "connection closed by remote server, closing code 1006" });

    // What a retried watchOrders runs first: no token, no subscription.
    await exchange.authenticate({ ...params, symbol: SYMBOL });
    expect(tokenRequests()).toHaveLength(0);

    exchange.options.margin = { ...exchange.options.margin, lastAuthenticatedTime: 0 };
    await subscribe(exchange, params);
    expect(tokenRequests().map(({ method, status }) => ({ method, status }))).toEqual([{ method: "POST", status: 200 }]);
    const { entries, filled } = await watchOcoFill(exchange, account, params, CROSS_MODE);
    expectLegsEnded(entries, filled);
  });
});

// The margin token's state lives in `options.margin` whatever the account (js/src/pro/binance.js
// line 2865), so once one margin account is subscribed, authenticating another within
// `listenTokenRefreshRate` (23 h) does nothing: one exchange instance follows one margin account.
describe("ccxt pro: one margin subscription per exchange instance", () => {
  it("after a cross subscription, an isolated watchOrders' authenticate asks for no token and subscribes nothing", async () => {
    const account = await conformance.account("hmac");
    const exchange = await connect(account);
    await subscribe(exchange, { type: "margin", marginMode: "cross" });
    conformance.sandbox.clearRequests();

    await exchange.authenticate({ type: "margin", marginMode: "isolated", symbol: SYMBOL });

    expect(tokenRequests()).toHaveLength(0);
  });
});
