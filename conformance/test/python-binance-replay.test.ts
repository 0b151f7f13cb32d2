// python-binance, replayed: it sends signed DELETE / POST parameters as an
// application/x-www-form-urlencoded BODY, signature last, with no query
// string, and signed GET parameters as the query string in the same order
// (see support/python-binance-wire.ts for the source, line by line).
// Binance accepts that: "parameters may be sent as a query string or in the
// request body with content type application/x-www-form-urlencoded"
// (Binance's REST API General Info, "General Information on Endpoints",
// https://github.com/binance/binance-spot-api-docs/blob/a5e0bc3ddc0fd7e6bb696849323b74423fa3a54d/rest-api.md).
// python-binance supports HMAC, RSA and Ed25519 keys; every one is replayed.
import { createHmac, generateKeyPairSync, verify } from "node:crypto";
import type { SandboxAccount } from "@sapi-kit/sandbox";
import { describe, expect, it } from "vitest";
import { acceptedBody, type CallOutcome } from "./support/call-outcome.js";
import { ALL_KEY_TYPES, CANCEL_CASES, type CancelRequest, CROSS, cancelRequestFor, SELECTORS } from "./support/cancel-cases.js";
import { describeOrderConformance } from "./support/client-suite.js";
import { UNKNOWN_ORDER, useConformanceSandbox } from "./support/conformance-sandbox.js";
import { lifecycleCases, PATHS } from "./support/lifecycle-cases.js";
import { ORDER_PATHS } from "./support/order-cases.js";
import { type LifecycleClient, runLifecycle } from "./support/order-list-lifecycle.js";
import type { OrderClient } from "./support/order-scenario.js";
import {
  PYTHON_BINANCE_COMMIT,
  type PythonBinanceCredentials,
  pythonBinanceSignedRequest,
  type WireRequest,
} from "./support/python-binance-wire.js";
import { REPLAY_IDLE_SOCKET_TIMEOUT_MS, sendWireRequest, type WireResponse } from "./support/send-wire-request.js";

const CANCEL_PATH = "/sapi/v1/margin/orderList";

function credentialsOf(account: SandboxAccount): PythonBinanceCredentials {
  return account.keyType === "hmac"
    ? { apiKey: account.apiKey, apiSecret: account.apiSecret }
    : { apiKey: account.apiKey, privateKeyPem: account.privateKeyPem };
}

// The titles name the python-binance commit the replay was rebuilt from, so a report says which source it matches.
const SOURCE = `sammchardy/python-binance@${PYTHON_BINANCE_COMMIT.slice(0, 12)}`;

describe(`the replay is python-binance's wire format (${SOURCE})`, () => {
  const timestampMs = 1_700_000_000_000;
  // Keyword-argument order as a caller writes it; python-binance sorts them.
  const params = { symbol: "LTCBTC", listClientOrderId: "my-oco-1", isIsolated: "TRUE" };
  const payload = "isIsolated=TRUE&listClientOrderId=my-oco-1&recvWindow=10000&symbol=LTCBTC&timestamp=1700000000000";

  it("HMAC: sorted form body, recvWindow 10000, hex signature last, no query string", () => {
    const secret = "not-a-real-secret";
    const wire = pythonBinanceSignedRequest({ method: "DELETE", path: CANCEL_PATH, params, credentials: { apiKey: "k", apiSecret: secret }, timestampMs });

    const signature = createHmac("sha256", secret).update(payload).digest("hex");
    expect(wire.body).toBe(`${payload}&signature=${signature}`);
    expect(wire.path).toBe(CANCEL_PATH);
    expect(wire.headers).toContainEqual(["Content-Type", "application/x-www-form-urlencoded"]);
    expect(wire.headers).toContainEqual(["X-MBX-APIKEY", "k"]);
  });

  it("Ed25519 and RSA: base64 signature percent-encoded (+ / = quoted), verifiable over the unencoded sorted payload", () => {
    for (const type of ["ed25519", "rsa"] as const) {
      const keys =
        type === "rsa"
          ? generateKeyPairSync("rsa", { modulusLength: 2048 })
          : generateKeyPairSync("ed25519");
      const privateKeyPem = keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
      const wire = pythonBinanceSignedRequest({ method: "DELETE", path: CANCEL_PATH, params, credentials: { apiKey: "k", privateKeyPem }, timestampMs });

      const [unsigned, encodedSignature] = (wire.body ?? "").split("&signature=");
      expect(unsigned).toBe(payload);
      expect(encodedSignature).toMatch(/^(?:[A-Za-z0-9]|%2B|%2F|%3D)+$/);
      const signature = Buffer.from(decodeURIComponent(encodedSignature ?? ""), "base64");
      expect(verify(type === "rsa" ? "sha256" : null, Buffer.from(payload), keys.publicKey, signature)).toBe(true);
    }
  });

  it("percent-quotes a symbol in the signed payload and form-encodes values in the body", () => {
    const wire = pythonBinanceSignedRequest({
      method: "DELETE",
      path: CANCEL_PATH,
      params: { symbol: "A/B C", listClientOrderId: "a b" },
      credentials: { apiKey: "k", apiSecret: "s" },
      timestampMs,
    });
    const signed = "listClientOrderId=a b&recvWindow=10000&symbol=A/B%20C&timestamp=1700000000000";
    expect(wire.body).toBe(
      `listClientOrderId=a+b&recvWindow=10000&symbol=A%2FB+C&timestamp=1700000000000&signature=${createHmac("sha256", "s").update(signed).digest("hex")}`,
    );
  });
});

describe(`the replay is python-binance's wire format for a GET (${SOURCE})`, () => {
  const timestampMs = 1_700_000_000_000;

  it("HMAC: the sorted, signed payload is the query string, signature last, no body, Content-Type application/json", () => {
    // client.get_margin_oco_order(isIsolated="TRUE", symbol="LTCBTC", orderListId=7)
    const params = { symbol: "LTCBTC", orderListId: 7, isIsolated: "TRUE" };
    const wire = pythonBinanceSignedRequest({ method: "GET", path: PATHS.orderList, params, credentials: { apiKey: "k", apiSecret: "s" }, timestampMs });

    const payload = "isIsolated=TRUE&orderListId=7&recvWindow=10000&symbol=LTCBTC&timestamp=1700000000000";
    expect(wire.path).toBe(`${PATHS.orderList}?${payload}&signature=${createHmac("sha256", "s").update(payload).digest("hex")}`);
    expect(wire.body).toBeUndefined();
    expect(wire.headers).toContainEqual(["Content-Type", "application/json"]);
    expect(wire.headers).toContainEqual(["X-MBX-APIKEY", "k"]);
  });

  it("signs the raw values; requests' requote_uri then escapes what a URL cannot hold and keeps existing escapes", () => {
    const wire = pythonBinanceSignedRequest({
      method: "GET",
      path: PATHS.orderList,
      params: { symbol: "A/B C", origClientOrderId: "a b" },
      credentials: { apiKey: "k", apiSecret: "s" },
      timestampMs,
    });
    const signed = "origClientOrderId=a b&recvWindow=10000&symbol=A/B%20C&timestamp=1700000000000";
    const signature = createHmac("sha256", "s").update(signed).digest("hex");
    expect(wire.path).toBe(`${PATHS.orderList}?origClientOrderId=a%20b&recvWindow=10000&symbol=A/B%20C&timestamp=1700000000000&signature=${signature}`);
  });

  it("Ed25519: the percent-encoded base64 signature ends the query unchanged", () => {
    const keys = generateKeyPairSync("ed25519");
    const privateKeyPem = keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const wire = pythonBinanceSignedRequest({ method: "GET", path: PATHS.openOrderList, params: {}, credentials: { apiKey: "k", privateKeyPem }, timestampMs });

    const [unsigned, encodedSignature] = (wire.path.split("?")[1] ?? "").split("&signature=");
    expect(unsigned).toBe("recvWindow=10000&timestamp=1700000000000");
    expect(encodedSignature).toMatch(/^(?:[A-Za-z0-9]|%2B|%2F|%3D)+$/);
    const signature = Buffer.from(decodeURIComponent(encodedSignature ?? ""), "base64");
    expect(verify(null, Buffer.from(unsigned ?? ""), keys.publicKey, signature)).toBe(true);
  });
});

describe(`the replay is python-binance's wire format for the margin order calls (${SOURCE})`, () => {
  const timestampMs = 1_700_000_000_000;
  const sign = (payload: string) => createHmac("sha256", "s").update(payload).digest("hex");
  const wireOf = (method: WireRequest["method"], path: string, params: Record<string, string | number>) =>
    pythonBinanceSignedRequest({ method, path, params, credentials: { apiKey: "k", apiSecret: "s" }, timestampMs });

  it("the four queries: the sorted, signed pairs as the query string, no body", () => {
    // client.get_margin_order(symbol="BNBBTC", isIsolated="TRUE", orderId=12), and the three lists by symbol.
    const payload = "isIsolated=TRUE&orderId=12&recvWindow=10000&symbol=BNBBTC&timestamp=1700000000000";
    const wire = wireOf("GET", ORDER_PATHS.order, { symbol: "BNBBTC", isIsolated: "TRUE", orderId: 12 });
    expect(wire.path).toBe(`${ORDER_PATHS.order}?${payload}&signature=${sign(payload)}`);
    expect(wire.body).toBeUndefined();
    const bySymbol = "recvWindow=10000&symbol=BNBBTC&timestamp=1700000000000";
    for (const path of [ORDER_PATHS.openOrders, ORDER_PATHS.allOrders, ORDER_PATHS.myTrades]) {
      expect(wireOf("GET", path, { symbol: "BNBBTC" }).path).toBe(`${path}?${bySymbol}&signature=${sign(bySymbol)}`);
    }
  });

  it("the two cancels: the sorted, signed pairs as a form body, no query string", () => {
    // client.cancel_margin_order(symbol="BNBBTC", orderId=12); client.cancel_all_open_margin_orders(symbol="BNBBTC")
    const one = "orderId=12&recvWindow=10000&symbol=BNBBTC&timestamp=1700000000000";
    expect(wireOf("DELETE", ORDER_PATHS.order, { symbol: "BNBBTC", orderId: 12 })).toMatchObject({
      path: ORDER_PATHS.order,
      body: `${one}&signature=${sign(one)}`,
    });
    const all = "recvWindow=10000&symbol=BNBBTC&timestamp=1700000000000";
    expect(wireOf("DELETE", ORDER_PATHS.openOrders, { symbol: "BNBBTC" })).toMatchObject({
      path: ORDER_PATHS.openOrders,
      body: `${all}&signature=${sign(all)}`,
    });
  });
});

const conformance = useConformanceSandbox();

describe("the replay's connection pool", () => {
  // RSA key generation between two replays can leave a connection idle for seconds.
  it("drops an idle connection before the sandbox would close it", async () => {
    const response = await fetch(`${conformance.sandbox.url}/api/v3/time`);
    await response.body?.cancel();
    const advertisedMs = Number(/^timeout=(\d+)$/.exec(response.headers.get("keep-alive") ?? "")?.[1]) * 1000;
    expect(REPLAY_IDLE_SOCKET_TIMEOUT_MS).toBeLessThan(advertisedMs);
  });
});

/** One python-binance call, replayed: its request bytes, and what `_handle_response` makes of the answer. */
async function replay(
  account: SandboxAccount,
  method: WireRequest["method"],
  path: string,
  params: Readonly<Record<string, string | number | undefined>>,
): Promise<CallOutcome<WireResponse>> {
  const wire = pythonBinanceSignedRequest({ method, path, params, credentials: credentialsOf(account), timestampMs: Date.now() });
  const response = await sendWireRequest(conformance.sandbox.url, wire);
  // python-binance's _handle_response: any non-2xx raises BinanceAPIException(code, message from the JSON body).
  return response.status >= 200 && response.status < 300 ? { ok: true, body: response.body } : { ok: false, rejection: response };
}

function replayCancel(account: SandboxAccount, request: CancelRequest): Promise<CallOutcome<WireResponse>> {
  // client.cancel_margin_oco_order(**request)
  return replay(account, "DELETE", CANCEL_PATH, { ...request });
}

/** The lifecycle through python-binance's own margin methods, each replayed; keyword arguments as Binance names them. */
function lifecycleClient(account: SandboxAccount): LifecycleClient<WireResponse> {
  return {
    // client.create_margin_oco_order(**request)
    place: { OCO: (request) => replay(account, "POST", PATHS.placeOco, { ...request }) },
    // client.get_margin_oco_order(**request): its docstring says listClientOrderId, Binance's name is origClientOrderId.
    get: (request) => replay(account, "GET", PATHS.orderList, { ...request }),
    // client.get_open_margin_oco_orders(**scope)
    getOpen: (scope) => replay(account, "GET", PATHS.openOrderList, { ...scope }),
    // client.margin_v1_get_margin_all_order_list(**scope)
    getAll: (scope) => replay(account, "GET", PATHS.allOrderList, { ...scope }),
    cancel: (request) => replayCancel(account, request),
  };
}

describe.each(ALL_KEY_TYPES)("python-binance wire replay, %s key", (keyType) => {
  for (const { name, selector, mode } of CANCEL_CASES) {
    it(`cancels ${name}`, async () => {
      const account = await conformance.account(keyType);
      const list = conformance.seed(account, mode);

      const outcome = await replayCancel(account, cancelRequestFor(list, selector, mode));

      conformance.expectCancelled(account, list, acceptedBody(outcome));
    });
  }
});

describe("python-binance wire replay, repeated cancel", () => {
  it.each(SELECTORS)("by %s: the repeat gets HTTP 400 -2011 (python-binance raises BinanceAPIException)", async (selector) => {
    const account = await conformance.account("hmac");
    const mode = CROSS;
    const list = conformance.seed(account, mode);
    const request = cancelRequestFor(list, selector, mode);
    acceptedBody(await replayCancel(account, request));

    const repeat = await replayCancel(account, request);

    const refusal = conformance.expectRepeatRefused(account, list);
    expect(repeat).toEqual({ ok: false, rejection: { status: UNKNOWN_ORDER.status, body: refusal.body } });
  });
});

describe.each(ALL_KEY_TYPES)("python-binance wire replay, %s key: the order-list lifecycle", (keyType) => {
  for (const { name, kind, mode } of lifecycleCases(["OCO"])) {
    it(`places ${name}, queries it by each id, finds it open and in all, cancels it`, async () => {
      const account = await conformance.account(keyType);

      await runLifecycle({ conformance, account, mode, kind, client: lifecycleClient(account), placeTransport: "form body" });
    });
  }
});

/** The six order operations through python-binance's own margin methods, each replayed (HMAC). */
function orderClient(account: SandboxAccount): OrderClient<WireResponse> {
  return {
    // client.create_margin_oco_order(**request)
    placeOco: (request) => replay(account, "POST", PATHS.placeOco, { ...request }),
    // client.get_margin_order(**request)
    getOrder: (request) => replay(account, "GET", ORDER_PATHS.order, { ...request }),
    // client.get_open_margin_orders(**scope)
    getOpenOrders: (scope) => replay(account, "GET", ORDER_PATHS.openOrders, { ...scope }),
    // client.get_all_margin_orders(**scope)
    getAllOrders: (scope) => replay(account, "GET", ORDER_PATHS.allOrders, { ...scope }),
    // client.get_margin_trades(**scope)
    getMyTrades: (scope) => replay(account, "GET", ORDER_PATHS.myTrades, { ...scope }),
    // client.cancel_margin_order(**request)
    cancelOrder: (request) => replay(account, "DELETE", ORDER_PATHS.order, { ...request }),
    // client.cancel_all_open_margin_orders(**scope)
    cancelOpenOrders: (scope) => replay(account, "DELETE", ORDER_PATHS.openOrders, { ...scope }),
  };
}

describeOrderConformance(conformance, { name: "python-binance wire replay", connect: orderClient });
