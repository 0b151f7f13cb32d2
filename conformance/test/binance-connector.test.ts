// @binance/connector 3.6.1, Binance's own Node connector (axios), against the sandbox.
//
// How it takes keys (src/APIBase.js, signRequest):
// - HMAC: `new Spot(apiKey, apiSecret)`, hex HMAC-SHA256;
// - RSA and Ed25519: `options.privateKey` (PEM) with `privateKeyAlgo` "RSA"
//   (the default) or "Ed25519" (src/helpers/privateKeyAlgo.js), base64 then
//   percent-encoded.
// How it cancels: `Spot#cancelMarginOCOOrder(symbol, options)` sends
// DELETE /sapi/v1/margin/orderList with every parameter, timestamp and
// signature (last) in the query string (src/modules/restful/margin.js).
// How it places and queries (src/modules/restful/margin.js): there is no
// `newMarginOCOOrder`; the methods are `marginOCOOrder(symbol, side, quantity,
// price, stopPrice, options)` (POST /sapi/v1/margin/order/oco; its JSDoc types
// the decimals as numbers), `getMarginOCOOrder(options)` (one of orderListId /
// origClientOrderId, checked client-side), `getMarginOCOOrders(options)` (all)
// and `getMarginOpenOCOOrders(options)`. It has no margin OTO / OTOCO method
// (no margin/order/oto or otoco anywhere in src/), so those are not tested.
// `signRequest` puts every parameter of every method, POST included, in the
// query string (timestamp last, then signature) and sends no body, with
// `Content-Type: application/json` (src/helpers/utils.js createRequest).
// How it fails: axios rejects any non-2xx with an AxiosError whose
// `response.data` is Binance's error body.
// The six order operations (src/modules/restful/margin.js): `marginOrder(symbol,
// options)` (GET /sapi/v1/margin/order), `marginOpenOrders(options)`
// (.../openOrders; `symbol` is an option here), `marginAllOrders(symbol,
// options)` (.../allOrders), `marginMyTrades(symbol, options)` (.../myTrades),
// `cancelMarginOrder(symbol, options)` (DELETE .../order) and
// `cancelAllOpenMarginOrder(symbol, options)` (DELETE .../openOrders). Those
// taking a positional symbol upper-case it and add it after the options
// (`Object.assign(options, { symbol })`, the caller's object is changed), so
// `symbol` comes last in the query before `timestamp`. (`marginMyTrades`'s
// JSDoc says of `isIsolated` "Default 500; max 500.", a copy slip; it sends
// it like the others.)
import { type ConnectorResponse, Spot } from "@binance/connector";
import type { SandboxAccount } from "@sapi-kit/sandbox";
import { settle } from "./support/call-outcome.js";
import type { CancelRequest } from "./support/cancel-cases.js";
import { describeClientConformance, describeOrderConformance } from "./support/client-suite.js";
import { UNKNOWN_ORDER, useConformanceSandbox } from "./support/conformance-sandbox.js";
import type { LifecycleClient } from "./support/order-list-lifecycle.js";
import type { OrderClient } from "./support/order-scenario.js";

const conformance = useConformanceSandbox();

function connect(account: SandboxAccount): Spot {
  const baseURL = conformance.sandbox.url;
  switch (account.keyType) {
    case "hmac":
      return new Spot(account.apiKey, account.apiSecret, { baseURL });
    case "rsa":
      return new Spot(account.apiKey, "", { baseURL, privateKey: account.privateKeyPem, privateKeyAlgo: "RSA" });
    case "ed25519":
      return new Spot(account.apiKey, "", { baseURL, privateKey: account.privateKeyPem, privateKeyAlgo: "Ed25519" });
  }
}

// Only what the server answered; the AxiosError itself holds the signed URL and the key header.
function describeRejection(error: unknown) {
  const response = (error as { response?: { status?: number; data?: unknown } }).response;
  return { error: (error as Error)?.name, status: response?.status, data: response?.data };
}

function call(request: () => Promise<ConnectorResponse>) {
  return settle(async () => (await request()).data, describeRejection);
}

async function cancel(client: Spot, { symbol, ...options }: CancelRequest) {
  return call(() => client.cancelMarginOCOOrder(symbol, options));
}

/** The lifecycle through the connector's own margin methods, decimals as numbers as its JSDoc types them. */
function lifecycleClient(client: Spot): LifecycleClient<ReturnType<typeof describeRejection>> {
  return {
    place: {
      OCO: ({ symbol, side, quantity, price, stopPrice, stopLimitPrice, ...options }) =>
        call(() =>
          client.marginOCOOrder(symbol, side, Number(quantity), Number(price), Number(stopPrice), {
            ...options,
            stopLimitPrice: Number(stopLimitPrice),
          }),
        ),
    },
    get: (request) => call(() => client.getMarginOCOOrder({ ...request })),
    getOpen: (scope) => call(() => client.getMarginOpenOCOOrders({ ...scope })),
    getAll: (scope) => call(() => client.getMarginOCOOrders({ ...scope })),
    cancel: (request) => cancel(client, request),
  };
}

describeClientConformance(conformance, {
  name: "@binance/connector",
  connect: (account) => lifecycleClient(connect(account)),
  placeKinds: ["OCO"],
  placeTransport: "query string",
  repeatedCancel: {
    reports: "rejects with an AxiosError carrying HTTP 400 and -2011",
    expected: (refusal) => ({ error: "AxiosError", status: UNKNOWN_ORDER.status, data: refusal.body }),
  },
});

/** The six order operations through the connector's own margin methods; its OCO placement as above. */
function orderClient(client: Spot): OrderClient<ReturnType<typeof describeRejection>> {
  const place = lifecycleClient(client).place;
  return {
    placeOco: (request) => {
      if (!place.OCO) throw new Error("the connector places OCOs (marginOCOOrder)");
      return place.OCO(request);
    },
    getOrder: ({ symbol, ...options }) => call(() => client.marginOrder(symbol, { ...options })),
    getOpenOrders: (scope) => call(() => client.marginOpenOrders({ ...scope })),
    getAllOrders: ({ symbol, ...options }) => call(() => client.marginAllOrders(symbol, { ...options })),
    getMyTrades: ({ symbol, ...options }) => call(() => client.marginMyTrades(symbol, { ...options })),
    cancelOrder: ({ symbol, ...options }) => call(() => client.cancelMarginOrder(symbol, { ...options })),
    cancelOpenOrders: ({ symbol, ...options }) => call(() => client.cancelAllOpenMarginOrder(symbol, { ...options })),
  };
}

describeOrderConformance(conformance, {
  name: "@binance/connector",
  connect: (account) => orderClient(connect(account)),
});
