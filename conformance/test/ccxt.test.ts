// ccxt 4.5.84 (class `binance`), against the sandbox.
//
// How it takes keys (js/src/binance.js, sign): one `secret` option. A plain
// string is an HMAC secret (hex signature); a PEM containing "PRIVATE KEY" is
// RSA (PKCS#1 v1.5) when longer than 120 characters, Ed25519 otherwise
// (base64 signature, percent-encoded).
// How it cancels: the implicit endpoint method `sapiDeleteMarginOrderList(params)`
// sends DELETE {urls.api.sapi}/margin/orderList with `timestamp` first, the
// params, `recvWindow` (its option, 10000) and `signature` last, all in the
// query string. No market metadata is loaded for an implicit call.
// How it places and queries: the implicit endpoint methods of its `sapi` API
// table (js/src/binance.js `api.sapi`, typed in js/src/abstract/binance.d.ts):
// `sapiPostMarginOrderOco` (POST margin/order/oco), `sapiGetMarginOrderList`,
// `sapiGetMarginOpenOrderList`, `sapiGetMarginAllOrderList`. The table has no
// margin/order/oto or margin/order/otoco entry, so ccxt 4.5.84 cannot place a
// margin OTO or OTOCO with its own methods; those are not tested here. `sign`
// puts a POST's parameters (`timestamp` first, `recvWindow`, then `signature`)
// in an application/x-www-form-urlencoded body and a GET's in the query string.
// The six order operations are its unified methods with `{ marginMode }`
// (js/src/binance.js): `fetchOrder(id, symbol, params)` (GET
// sapi margin/order with `orderId`), `fetchOpenOrders(symbol, since, limit,
// params)` (margin/openOrders), `fetchOrders` (margin/allOrders),
// `fetchMyTrades` (margin/myTrades), `cancelOrder(id, symbol, params)`
// (DELETE margin/order) and `cancelAllOrders(symbol, params)` (DELETE
// margin/openOrders). `marginMode` alone picks the margin endpoint (a market's
// `marginModes` is never read); "isolated" adds `isIsolated` as the boolean
// `true`, which its query encoder writes `isIsolated=true` (lower case: see
// ISOLATED_TRUE_BUG below). Each returns unified structures; the raw Binance
// body is each one's `info`, which is what the tests compare. Unified
// methods load markets first (`loadMarkets`: GET /api/v3/exchangeInfo, see
// `connect`).
// How it fails: handleErrors maps Binance's code through its exception table;
// -2011 becomes `OrderNotFound` with the message `binance <response body>`.
// (On api.binance.com it first consults its spot table, which has no -2011
// entry, so the same class results.)
import type { SandboxAccount } from "@sapi-kit/sandbox";
import { binance, OrderNotFound } from "ccxt";
import { describe, expect, it } from "vitest";
import { rejection, settle } from "./support/call-outcome.js";
import { type CancelRequest, CROSS, cancelRequestFor } from "./support/cancel-cases.js";
import { ccxtSettings, sandboxRestUrls, withoutQuery } from "./support/ccxt-on-sandbox.js";
import { describeClientConformance, describeOrderConformance } from "./support/client-suite.js";
import { useConformanceSandbox } from "./support/conformance-sandbox.js";
import { ORDER_SYMBOL, type OrderScope } from "./support/order-cases.js";
import type { LifecycleClient } from "./support/order-list-lifecycle.js";
import type { OrderClient } from "./support/order-scenario.js";

const conformance = useConformanceSandbox();

function connect(account: SandboxAccount): binance {
  const exchange = new binance(ccxtSettings(account));
  exchange.urls.api = sandboxRestUrls(exchange.urls.api, conformance.sandbox.url);
  return exchange;
}

// For a Binance error ccxt's message is the id plus the response body.
function describeRejection(error: unknown) {
  return {
    orderNotFound: error instanceof OrderNotFound,
    name: (error as Error)?.constructor?.name,
    message: withoutQuery((error as Error)?.message),
  };
}

async function cancel(exchange: binance, request: CancelRequest) {
  return settle(() => exchange.sapiDeleteMarginOrderList({ ...request }), describeRejection);
}

/** The lifecycle through ccxt's own implicit methods (parameters passed as Binance names them, decimals as text). */
function lifecycleClient(exchange: binance): LifecycleClient<ReturnType<typeof describeRejection>> {
  return {
    place: { OCO: (request) => settle(() => exchange.sapiPostMarginOrderOco({ ...request }), describeRejection) },
    get: (request) => settle(() => exchange.sapiGetMarginOrderList({ ...request }), describeRejection),
    getOpen: (scope) => settle(() => exchange.sapiGetMarginOpenOrderList({ ...scope }), describeRejection),
    getAll: (scope) => settle(() => exchange.sapiGetMarginAllOrderList({ ...scope }), describeRejection),
    cancel: (request) => cancel(exchange, request),
  };
}

describeClientConformance(conformance, {
  name: "ccxt (binance)",
  connect: (account) => lifecycleClient(connect(account)),
  placeKinds: ["OCO"],
  placeTransport: "form body",
  repeatedCancel: {
    reports: "throws OrderNotFound carrying -2011",
    expected: (refusal) => ({ orderNotFound: true, name: "OrderNotFound", message: `binance ${refusal.raw}` }),
  },
});

describe("ccxt (binance), what a failure prints", () => {
  it("a dropped connection is reduced to its class and a message without the signed URL or the key", async () => {
    const account = await conformance.account("hmac");
    const list = conformance.seed(account, CROSS);
    conformance.sandbox.faults.inject({ type: "drop-connection" });

    const outcome = await cancel(connect(account), cancelRequestFor(list, "orderListId", CROSS));

    const printed = JSON.stringify(rejection(outcome));
    expect(printed).toContain("NetworkError");
    expect(printed).not.toContain("signature=");
    expect(printed).not.toContain(account.apiKey);
  });
});

describe("ccxt (binance), loadMarkets", () => {
  it("loads the sandbox's symbols from GET /api/v3/exchangeInfo alone, with its filters as precision and limits", async () => {
    const account = await conformance.account("hmac");
    const exchange = connect(account);
    conformance.sandbox.clearRequests();

    const markets = await exchange.loadMarkets();

    const table = conformance.sandbox.symbols();
    expect(Object.values(markets).map((market) => market?.id)).toEqual(table.map(({ symbol }) => symbol));
    for (const symbol of table) {
      const market = exchange.market(`${symbol.baseAsset}/${symbol.quoteAsset}`);
      expect(market).toMatchObject({ id: symbol.symbol, spot: true, margin: true, active: true });
      expect(market.precision).toMatchObject({ price: Number(symbol.tickSize), amount: Number(symbol.stepSize) });
      expect(market.limits).toMatchObject({
        price: { min: Number(symbol.minPrice), max: Number(symbol.maxPrice) },
        amount: { min: Number(symbol.minQty), max: Number(symbol.maxQty) },
        cost: { min: Number(symbol.minNotional) },
      });
    }
    expect(conformance.sandbox.requests.map(({ method, path, status }) => `${method} ${path} ${status}`)).toEqual([
      "GET /api/v3/exchangeInfo 200",
    ]);
  });
});

/**
 * ccxt's margin selector for a scope: `marginMode: "isolated"` makes ccxt send
 * `isIsolated=true` (lower case), which Binance reads as TRUE (spec/README.md,
 * "Letter case of `isIsolated`"), and so does the sandbox.
 */
const marginParams = (scope: OrderScope) => ({ marginMode: scope.isIsolated === "TRUE" ? "isolated" : "cross" });

/** The six order operations through ccxt's unified methods; each returns the raw Binance body (`info`). */
function orderClient(exchange: binance): OrderClient<ReturnType<typeof describeRejection>> {
  const run = (call: () => Promise<unknown>) => settle(call, describeRejection);
  // The unified symbol of a market id (BNBBTC -> BNB/BTC), once markets are loaded.
  const unified = async (id: string) => {
    await exchange.loadMarkets();
    return exchange.safeSymbol(id);
  };
  const infos = (items: readonly { info: unknown }[]) => items.map((item) => item.info);
  return {
    placeOco: (request) => run(() => exchange.sapiPostMarginOrderOco({ ...request })),
    getOrder: ({ orderId, ...scope }) =>
      run(async () => (await exchange.fetchOrder(String(orderId), await unified(scope.symbol), marginParams(scope))).info),
    getOpenOrders: (scope) =>
      run(async () => infos(await exchange.fetchOpenOrders(await unified(scope.symbol), undefined, undefined, marginParams(scope)))),
    getAllOrders: (scope) => run(async () => infos(await exchange.fetchOrders(await unified(scope.symbol), undefined, undefined, marginParams(scope)))),
    getMyTrades: (scope) =>
      run(async () => infos(await exchange.fetchMyTrades(await unified(scope.symbol), undefined, undefined, marginParams(scope)))),
    cancelOrder: ({ orderId, ...scope }) =>
      run(async () => (await exchange.cancelOrder(String(orderId), await unified(scope.symbol), marginParams(scope))).info),
    cancelOpenOrders: (scope) => run(async () => infos(await exchange.cancelAllOrders(await unified(scope.symbol), marginParams(scope)))),
  };
}

describeOrderConformance(conformance, {
  name: "ccxt (binance)",
  connect: (account) => orderClient(connect(account)),
});

describe("ccxt (binance), isolated margin with marginMode alone", () => {
  // ccxt's unified margin methods send `isIsolated=true` for `{ marginMode: "isolated" }`.
  // Binance accepts it (ccxt/binance-api-node#464, https://github.com/ccxt/binance-api-node/pull/464:
  // "Binance kindly accepts boolean too"; ccxt/ccxt#14399, https://github.com/ccxt/ccxt/pull/14399,
  // shows a real isolated fetchOrders answer to this very request), and so does the sandbox.
  it("fetchOrder(id, symbol, { marginMode: 'isolated' }) sends isIsolated=true and gets the isolated account's order", async () => {
    const account = await conformance.sandbox.createAccount({ type: "hmac" });
    const order = conformance.sandbox.createOrder(account.apiKey, { symbol: ORDER_SYMBOL, price: "0.0088", isIsolated: true });
    const exchange = connect(account);
    await exchange.loadMarkets();
    conformance.sandbox.clearRequests();

    const fetched = await exchange.fetchOrder(String(order.orderId), "BNB/BTC", { marginMode: "isolated" });

    expect(fetched.info).toMatchObject({ orderId: order.orderId, isIsolated: true });
    const sent = conformance.sandbox.requests.map((entry) => new URLSearchParams(entry.query).get("isIsolated"));
    expect(sent).toEqual(["true"]);
  });
});
