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
// How it fails: handleErrors maps Binance's code through its exception table;
// -2011 becomes `OrderNotFound` with the message `binance <response body>`.
// (On api.binance.com it first consults its spot table, which has no -2011
// entry, so the same class results.)
import type { SandboxAccount } from "@sapi-kit/sandbox";
import { OrderNotFound, binance } from "ccxt";
import { describe, expect, it } from "vitest";
import { rejection, settle } from "./support/call-outcome.js";
import { type CancelRequest, CROSS, cancelRequestFor } from "./support/cancel-cases.js";
import { describeClientConformance } from "./support/client-suite.js";
import { useConformanceSandbox } from "./support/conformance-sandbox.js";
import type { LifecycleClient } from "./support/order-list-lifecycle.js";

const conformance = useConformanceSandbox();

function connect(account: SandboxAccount): binance {
  const exchange = new binance({
    apiKey: account.apiKey,
    secret: account.keyType === "hmac" ? account.apiSecret : account.privateKeyPem,
    // Its client-side throttle only slows the test down.
    enableRateLimit: false,
    // Would call /api/v3/time before signing.
    options: { adjustForTimeDifference: false },
  });
  exchange.urls.api = { ...exchange.urls.api, sapi: `${conformance.sandbox.url}/sapi/v1` };
  return exchange;
}

// For a Binance error ccxt's message is the id plus the response body. For a
// network failure or an unreadable error body it also holds the request URL
// (Exchange.js: `this.id + ' ' + method + ' ' + url ...`), signature included:
// its query string is cut off before the message can be printed.
function describeRejection(error: unknown) {
  return {
    orderNotFound: error instanceof OrderNotFound,
    name: (error as Error)?.constructor?.name,
    message: (error as Error)?.message?.replace(/(https?:\/\/[^\s?]*)\?\S*/g, "$1?<query removed>"),
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
