// `binance` 3.6.5 (tiagosiebler, MainClient: axios + WebCrypto), against the sandbox.
//
// How it takes keys (lib/util/webCryptoAPI.js, getSignKeyType): one
// `api_secret` option. A plain string is an HMAC secret (hex signature); a PEM
// containing "PRIVATE KEY" is Ed25519 when at most 150 characters long, RSA
// (PKCS#1 v1.5) otherwise (base64 signature, percent-encoded).
// How it cancels: `MainClient#marginAccountCancelOCO(params)` sends
// DELETE /sapi/v1/margin/orderList with the parameters, a generated
// `newClientOrderId` ("x-U5D79M5B" + 22 characters), `timestamp`,
// `recvWindow` (5000) and `signature` last, all in the query string
// (lib/main-client.js, lib/util/BaseRestClient.js `_call`).
// Note: its `CancelOCOParams` type has no `isIsolated`, yet the parameter
// reaches the wire (every param is serialised), so isolated cancels work; the
// tests pass it through a wider type.
// How it places and queries (lib/main-client.js): `marginAccountNewOCO`
// (POST sapi/v1/margin/order/oco), `submitMarginOTOOrder` (.../order/oto),
// `submitMarginOTOCOOrder` (.../order/otoco), `queryMarginAccountOCO`
// (GET sapi/v1/margin/orderList), `queryMarginAccountOpenOCO` and
// `queryMarginAccountAllOCO`. The placements generate every client order id
// the caller leaves out (`listClientOrderId`, the legs' ids: "x-U5D79M5B" + 22
// characters, `validateOrderId`). A POST's parameters also travel in the
// query string, with no body (`_call`). Its parameter types (lib/types):
// `NewOCOParams` and `SubmitMarginOTOOrderParams` type the decimals as
// numbers, `SubmitMarginOTOCOOrderParams` as strings; the tests pass them so.
// `GetOCOParams` has no `isIsolated` (sent all the same, like the cancel's).
// How it fails: it throws a plain object `{ code, message, body, headers,
// requestUrl, ... }` with Binance's `code` and `msg` (parseException).
// The six order operations (lib/main-client.js, each one `getPrivate` /
// `deletePrivate` call with the params as given): `queryMarginAccountOrder`
// (GET sapi/v1/margin/order), `queryMarginAccountOpenOrders`
// (.../openOrders), `queryMarginAccountAllOrders` (.../allOrders),
// `queryMarginAccountTradeList` (.../myTrades), `marginAccountCancelOrder`
// (DELETE .../order; unlike the OCO cancel it generates no
// `newClientOrderId`) and `marginAccountCancelOpenOrders` (DELETE
// .../openOrders). Their types: `GetOrderParams`, `GetAllOrdersParams` and
// `CancelOrderParams` have no `isIsolated` (sent all the same, so the tests
// pass it through a wider type); `BasicSymbolParam` (open orders, cancel-all)
// and `QueryMarginAccountTradeListParams` have it; `orderId` is a number.
import type { SandboxAccount } from "@sapi-kit/sandbox";
import {
  type CancelOCOParams,
  type CancelOrderParams,
  type GetAllOrdersParams,
  type GetOCOParams,
  type GetOrderParams,
  MainClient,
  type NewOCOParams,
  type SubmitMarginOTOCOOrderParams,
  type SubmitMarginOTOOrderParams,
} from "binance";
import { acceptedBody, settle } from "./support/call-outcome.js";
import type { CancelRequest } from "./support/cancel-cases.js";
import { describeClientConformance, describeOrderConformance } from "./support/client-suite.js";
import { UNKNOWN_ORDER, useConformanceSandbox } from "./support/conformance-sandbox.js";
import type { GetRequest } from "./support/lifecycle-cases.js";
import type { OrderScope } from "./support/order-cases.js";
import type { LifecycleClient } from "./support/order-list-lifecycle.js";
import type { OrderClient } from "./support/order-scenario.js";

const conformance = useConformanceSandbox();

function connect(account: SandboxAccount): MainClient {
  const secret = account.keyType === "hmac" ? account.apiSecret : account.privateKeyPem;
  // disableTimeSync is its default; spelled out because a sync calls the server at construction.
  return new MainClient({ api_key: account.apiKey, api_secret: secret, baseUrl: conformance.sandbox.url, disableTimeSync: true });
}

// Only Binance's code and message: the thrown object also holds `requestUrl`, the signed URL.
function describeRejection(error: unknown) {
  const thrown = error as { code?: unknown; message?: unknown; body?: unknown };
  return { code: thrown?.code, message: thrown?.message, body: thrown?.body };
}

async function cancel(client: MainClient, request: CancelRequest) {
  return settle(
    // `isIsolated` is missing from CancelOCOParams (see above); the wider type keeps it.
    () => client.marginAccountCancelOCO(request as CancelOCOParams & Pick<CancelRequest, "isIsolated">),
    describeRejection,
  );
}

/** The lifecycle through MainClient's own margin methods, each value typed as its parameter types say. */
function lifecycleClient(client: MainClient): LifecycleClient<ReturnType<typeof describeRejection>> {
  return {
    place: {
      OCO: ({ quantity, price, stopPrice, stopLimitPrice, ...rest }) => {
        const params: NewOCOParams = {
          ...rest,
          quantity: Number(quantity),
          price: Number(price),
          stopPrice: Number(stopPrice),
          stopLimitPrice: Number(stopLimitPrice),
        };
        return settle(() => client.marginAccountNewOCO(params), describeRejection);
      },
      OTO: ({ workingPrice, workingQuantity, pendingPrice, pendingQuantity, ...rest }) => {
        const params: SubmitMarginOTOOrderParams = {
          ...rest,
          workingPrice: Number(workingPrice),
          workingQuantity: Number(workingQuantity),
          pendingPrice: Number(pendingPrice),
          pendingQuantity: Number(pendingQuantity),
        };
        return settle(() => client.submitMarginOTOOrder(params), describeRejection);
      },
      OTOCO: (request) => {
        const params: SubmitMarginOTOCOOrderParams = { ...request };
        return settle(() => client.submitMarginOTOCOOrder(params), describeRejection);
      },
    },
    // `isIsolated` is missing from GetOCOParams (see above); the wider type keeps it.
    get: (request) =>
      settle(() => client.queryMarginAccountOCO({ ...request } as GetOCOParams & Pick<GetRequest, "isIsolated">), describeRejection),
    getOpen: (scope) => settle(() => client.queryMarginAccountOpenOCO({ ...scope }), describeRejection),
    getAll: (scope) => settle(() => client.queryMarginAccountAllOCO({ ...scope }), describeRejection),
    cancel: (request) => cancel(client, request),
  };
}

describeClientConformance(conformance, {
  name: "binance (MainClient)",
  connect: (account) => lifecycleClient(connect(account)),
  placeKinds: ["OCO", "OTO", "OTOCO"],
  placeTransport: "query string",
  repeatedCancel: {
    reports: "throws { code: -2011, message, body }",
    expected: (refusal) => ({ code: UNKNOWN_ORDER.code, message: refusal.body.msg, body: refusal.body }),
  },
});

/** `isIsolated` is missing from these parameter types (see above); the wider type keeps it. */
type WithIsolated<Params> = Params & Pick<OrderScope, "isIsolated">;

/** The six order operations through MainClient's own margin methods; OCOs and OTOs through its own placements. */
function orderClient(client: MainClient): OrderClient<ReturnType<typeof describeRejection>> {
  const place = lifecycleClient(client).place;
  return {
    placeOco: (request) => {
      if (!place.OCO) throw new Error("MainClient places OCOs (marginAccountNewOCO)");
      return place.OCO(request);
    },
    getOrder: (request) => settle(() => client.queryMarginAccountOrder(request as WithIsolated<GetOrderParams>), describeRejection),
    getOpenOrders: (scope) => settle(() => client.queryMarginAccountOpenOrders({ ...scope }), describeRejection),
    getAllOrders: (scope) => settle(() => client.queryMarginAccountAllOrders(scope as WithIsolated<GetAllOrdersParams>), describeRejection),
    getMyTrades: (scope) => settle(() => client.queryMarginAccountTradeList({ ...scope }), describeRejection),
    cancelOrder: (request) => settle(() => client.marginAccountCancelOrder(request as WithIsolated<CancelOrderParams>), describeRejection),
    cancelOpenOrders: (scope) => settle(() => client.marginAccountCancelOpenOrders({ ...scope }), describeRejection),
  };
}

describeOrderConformance(conformance, {
  name: "binance (MainClient)",
  connect: (account) => orderClient(connect(account)),
  // It has its own OTO placement: the pending OTO of the cancel-all step goes through it.
  placePendingOto: (account) => async (request) => {
    const placeOto = lifecycleClient(connect(account)).place.OTO;
    if (!placeOto) throw new Error("MainClient places OTOs (submitMarginOTOOrder)");
    const placed = acceptedBody(await placeOto(request), "place the pending OTO") as { orderListId?: unknown };
    return Number(placed?.orderListId);
  },
});
