// `binance` 3.6.5 (tiagosiebler): the margin user data stream through its own
// WebSocket code, against the sandbox's WebSocket API (`sandbox.streamUrl`).
//
// How it subscribes (lib/websocket-api-client.js, `subscribeUserDataStream`):
// for the wsKey `marginUserData` (WS_KEY_MAP, "margin user data stream, via
// the WebSocket API, via the listenToken mechanic") it fetches a token with
// `WebsocketClient#fetchMarginListenToken({})`, i.e. `MainClient#getMarginListenToken`
// signed like any private REST call (lib/websocket-client.js), then sends
// `userDataStream.subscribe.listenToken` `{ listenToken }` unsigned
// (`authIsOptional`). The parameters are always empty: it subscribes the cross
// margin account only, with no way to ask for an isolated one.
// It renews on its own (`keepMarginListenTokenRefreshed`, default true): a
// timer 30 s before the token's expirationTime (from Date.now()) fetches a new
// token and subscribes again; an `eventStreamTerminated` does the same.
// Where it connects (lib/util/websockets/websocket-util.js): `getWsUrl` takes
// the `wsUrl` option when set, else WS_KEY_URL_MAP.marginUserData
// (wss://ws-api.binance.com:443), and `getWsURLSuffix` appends `/ws-api/v3`:
// so `wsUrl` is the sandbox's origin (streamUrl without its path). Its REST
// calls take `restOptions` (`baseUrl`, `disableTimeSync`).
// What it hands over (lib/websocket-client.js, `resolveEmittableEvents`): a
// `{ subscriptionId, event }` frame becomes its `event`, tagged `wsKey` and
// `wsMarket` ("crossMargin" for this wsKey), emitted as "message"; with
// `beautify: true` also as "formattedMessage" and, for user data event types,
// "formattedUserDataMessage" (lib/util/beautifier.js: long field names,
// decimals as numbers).
// Isolated margin: `sendWSAPIRequest("marginUserData",
// "userDataStream.subscribe.listenToken", { listenToken }, { authIsOptional: true })`
// is the very call `subscribeUserDataStream` makes; given a token from
// `MainClient#getMarginListenToken({ isIsolated: true, symbol })` it subscribes
// an isolated account through the same socket and parsing (without renewal).
import type { OrderListSnapshot, SandboxAccount } from "@sapi-kit/sandbox";
import { MainClient, type NewOCOParams, WebsocketAPIClient, WS_KEY_MAP } from "binance";
import { afterEach, describe, expect, it } from "vitest";
import { acceptedBody, settle } from "./support/call-outcome.js";
import { useConformanceSandbox } from "./support/conformance-sandbox.js";
import { EventLog, STREAM_TIMEOUT_MS } from "./support/event-log.js";
import {
  eventLine,
  expectedFillEvents,
  fillLimitMaker,
  ocoEventLines,
  ocoLegs,
  type RawEvent,
  resetPrice,
} from "./support/oco-fill-events.js";
import { ORDER_MODES, ocoRequestFor } from "./support/order-cases.js";

const conformance = useConformanceSandbox();
const TOKEN_PATH = "/sapi/v1/userListenToken";
const WS_KEY = WS_KEY_MAP.marginUserData;
const [CROSS_MODE, ISOLATED_MODE] = ORDER_MODES as [(typeof ORDER_MODES)[0], (typeof ORDER_MODES)[1]];

/** The client logs what it does (token included, at trace level); the tests keep only the errors, unprinted. */
const quietLogger = { trace: () => {}, info: () => {}, error: () => {} };

interface WsApiResponse {
  readonly status?: unknown;
  readonly result?: unknown;
}

interface StreamClient {
  readonly api: WebsocketAPIClient;
  /** Every "message" the WebsocketClient emitted (raw events, `wsKey` / `wsMarket` added). */
  readonly events: EventLog<RawEvent>;
  /** Every "formattedUserDataMessage" (the beautified user data events). */
  readonly formatted: EventLog<RawEvent>;
  /** Every WebSocket API "response" (its status and result; the event does not name the request's method). */
  readonly responses: EventLog<WsApiResponse>;
}

const open: StreamClient[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map(closeStream));
});

function secretOf(account: SandboxAccount): string {
  return account.keyType === "hmac" ? (account.apiSecret ?? "") : (account.privateKeyPem ?? "");
}

function streamClient(account: SandboxAccount): StreamClient {
  const api = new WebsocketAPIClient(
    {
      api_key: account.apiKey,
      api_secret: secretOf(account),
      wsUrl: new URL(conformance.sandbox.streamUrl).origin,
      restOptions: { baseUrl: conformance.sandbox.url, disableTimeSync: true },
      beautify: true,
      // Its console listeners and the HMAC latency notice only add noise.
      attachEventListeners: false,
      muteLatencyWarning: true,
      // A loaded machine can hold a pong back for seconds; the default 5 s would make it reconnect.
      pongTimeout: STREAM_TIMEOUT_MS,
      // After a reconnection it subscribes again at once (default: 2 s later).
      resubscribeUserDataStreamDelaySeconds: 0,
    },
    quietLogger,
  );
  const client: StreamClient = { api, events: new EventLog(), formatted: new EventLog(), responses: new EventLog() };
  const ws = api.getWSClient();
  ws.on("response", (response: WsApiResponse) => client.responses.push({ status: response.status, result: response.result }));
  // Its event types are per-stream interfaces; the tests read them as plain records (a shallow copy).
  ws.on("message", (event) => client.events.push({ ...event }));
  ws.on("formattedUserDataMessage", (event) => client.formatted.push({ ...event }));
  open.push(client);
  return client;
}

/** Stops the renewal timer and closes the connection, resolving once the socket has closed. */
async function closeStream({ api }: StreamClient): Promise<void> {
  api.clearUserDataStreamTimers(WS_KEY);
  const ws = api.getWSClient();
  if (!ws.isConnected(WS_KEY)) return;
  const closed = new Promise<void>((resolve) => ws.once("close", () => resolve()));
  await api.disconnectAll();
  await closed;
}

function restClient(account: SandboxAccount): MainClient {
  return new MainClient({ api_key: account.apiKey, api_secret: secretOf(account), baseUrl: conformance.sandbox.url, disableTimeSync: true });
}

/** Places the scenario's OCO with `MainClient#marginAccountNewOCO` (its `NewOCOParams` type decimals as numbers). */
async function placeOco(account: SandboxAccount, mode: typeof CROSS_MODE): Promise<OrderListSnapshot> {
  resetPrice(conformance.sandbox);
  const { quantity, price, stopPrice, stopLimitPrice, ...rest } = ocoRequestFor(mode);
  const params: NewOCOParams = {
    ...rest,
    side: "SELL",
    quantity: Number(quantity),
    price: Number(price),
    stopPrice: Number(stopPrice),
    stopLimitPrice: Number(stopLimitPrice),
  };
  const body = acceptedBody(await settle(() => restClient(account).marginAccountNewOCO(params), reduceRejection), "marginAccountNewOCO") as {
    orderListId: number;
  };
  const list = conformance.sandbox.getOrderList(account.apiKey, { orderListId: body.orderListId });
  if (!list) throw new Error(`the sandbox holds no list ${body.orderListId}`);
  return list;
}

/** The client's rejections carry the signed URL and headers: only Binance's answer is kept. */
function reduceRejection(error: unknown) {
  const { code, message, status } = (error ?? {}) as { code?: unknown; message?: unknown; status?: unknown };
  return { code, message, status };
}

/** The events of one list, as lines. */
const linesOf = (events: readonly RawEvent[], list: OrderListSnapshot) => events.filter((event) => event.g === list.orderListId).map(eventLine);

const listDone = (list: OrderListSnapshot) => (events: readonly RawEvent[]) =>
  events.some((event) => event.e === "listStatus" && event.g === list.orderListId && event.l === "ALL_DONE");

describe("binance (tiagosiebler): WebsocketAPIClient#subscribeUserDataStream(marginUserData), cross margin", () => {
  it.each(["hmac", "ed25519"] as const)("%s: subscribes with a signed listenToken and receives the OCO's placement and fill events", async (keyType) => {
    const account = await conformance.account(keyType);
    conformance.sandbox.clearRequests();
    const client = streamClient(account);

    const subscribed = (await client.api.subscribeUserDataStream(WS_KEY)) as { status: number; result: { subscriptionId: number; expirationTime: number } };

    // One token, from a signed POST (query string, as MainClient signs every private call).
    const tokenRequests = conformance.sandbox.requests.filter((entry) => entry.path === TOKEN_PATH);
    expect(tokenRequests.map(({ method, status, body }) => ({ method, status, body }))).toEqual([{ method: "POST", status: 200, body: "" }]);
    expect(tokenRequests[0]?.query).toMatch(/^timestamp=\d+&recvWindow=5000&signature=\S+$/);
    const token = JSON.parse(tokenRequests[0]?.responseBody ?? "{}") as { expirationTime: number };
    // The answer's expirationTime is the token's, in microseconds (spec/README.md S1).
    expect(subscribed).toMatchObject({ status: 200, result: { subscriptionId: expect.any(Number), expirationTime: token.expirationTime * 1000 } });

    const list = await placeOco(account, CROSS_MODE);
    await client.events.waitFor("the list's EXEC_STARTED listStatus", (events) =>
      events.some((event) => event.e === "listStatus" && event.g === list.orderListId),
    );
    const filled = fillLimitMaker(conformance.sandbox, list);
    await client.events.waitFor("the list's ALL_DONE listStatus", listDone(list));

    // Exactly the placement's and the fill's events, in Binance's order, each once, for this account only.
    expect(linesOf(client.events.entries, list)).toEqual(ocoEventLines(filled));
    expect(client.events.entries.every((event) => event.wsKey === WS_KEY && event.wsMarket === "crossMargin")).toBe(true);
    expect(client.events.entries.slice(-3)).toMatchObject(expectedFillEvents(filled));

    // What its beautifier makes of the fill (lib/util/beautifier.js): the fields a caller reads.
    await client.formatted.waitFor("the beautified ALL_DONE listStatus", (events) =>
      events.some((event) => event.eventType === "listStatus" && event.listStatusType === "ALL_DONE"),
    );
    const { stopLeg, limitMaker } = ocoLegs(filled);
    expect(client.formatted.entries.slice(-3)).toMatchObject([
      {
        eventType: "executionReport",
        symbol: filled.symbol,
        orderListId: filled.orderListId,
        orderId: limitMaker.orderId,
        newClientOrderId: limitMaker.clientOrderId,
        orderType: "LIMIT_MAKER",
        executionType: "TRADE",
        orderStatus: "FILLED",
        lastTradeQuantity: Number(limitMaker.executedQty),
        accumulatedQuantity: Number(limitMaker.executedQty),
        lastTradePrice: Number(limitMaker.price),
        isMaker: true,
      },
      {
        eventType: "executionReport",
        orderListId: filled.orderListId,
        orderId: stopLeg.orderId,
        orderType: "STOP_LOSS_LIMIT",
        executionType: "EXPIRED",
        orderStatus: "EXPIRED",
        expiryReason: "OCO_TRIGGER",
      },
      {
        eventType: "listStatus",
        orderListId: filled.orderListId,
        contingencyType: "OCO",
        listStatusType: "ALL_DONE",
        listOrderStatus: "ALL_DONE",
        listClientOrderId: filled.listClientOrderId,
        orders: filled.legs.map((leg) => ({ symbol: filled.symbol, orderId: leg.orderId, clientOrderId: leg.clientOrderId })),
      },
    ]);
  });
});

describe("binance (tiagosiebler): an isolated account through the same subscribe call", () => {
  it("sendWSAPIRequest(marginUserData, userDataStream.subscribe.listenToken) with an isolated token receives that account's fill", async () => {
    const account = await conformance.account("hmac");
    const client = streamClient(account);
    const symbol = ocoRequestFor(ISOLATED_MODE).symbol;
    const { token } = await restClient(account).getMarginListenToken({ isIsolated: true, symbol });

    const subscribed = await client.api.getWSClient().sendWSAPIRequest(WS_KEY, "userDataStream.subscribe.listenToken", { listenToken: token }, { authIsOptional: true });
    expect(subscribed).toMatchObject({ status: 200, result: { subscriptionId: expect.any(Number) } });

    // A cross list of the same API key: the isolated subscription must not see it.
    const crossList = await placeOco(account, CROSS_MODE);
    fillLimitMaker(conformance.sandbox, crossList);
    const list = await placeOco(account, ISOLATED_MODE);
    const filled = fillLimitMaker(conformance.sandbox, list);
    await client.events.waitFor("the isolated list's ALL_DONE listStatus", listDone(list));

    expect(client.events.entries.map(eventLine)).toEqual(ocoEventLines(filled));
    expect(client.events.entries.slice(-3)).toMatchObject(expectedFillEvents(filled));
    // The client labels events by connection (wsKey), not by account: isolated events read "crossMargin".
    expect(new Set(client.events.entries.map((event) => event.wsMarket))).toEqual(new Set(["crossMargin"]));
  });
});

// `unsubscribeUserDataStream(wsKey)` sends `userDataStream.unsubscribe` without
// `authIsOptional`, and with an HMAC (or RSA) key the client signs every such
// request (`setupSignMechanic`: `setAuthEveryRequest(true)`), so the frame's
// params are `{ apiKey, signature }`. The method reads only `subscriptionId`
// (spot WebSocket API, "Unsubscribe from User Data Stream"), and Binance
// answers a user data stream method sent parameters it does not read with
// -1104 (a real answer to `userDataStream.subscribe` with `apiKey`:
// "Not all sent parameters were read; read '0' parameter(s) but was sent '1'.",
// binance/binance-connector-js#318, after which that connector removed
// `apiKey` from subscribe and unsubscribe, #319). The sandbox answers alike,
// and the refused request leaves the subscription in place.
describe("binance (tiagosiebler): unsubscribeUserDataStream with an HMAC key", () => {
  it("is refused with -1104 (it signs a method that takes no apiKey or signature), and the subscription stays", async () => {
    const account = await conformance.account("hmac");
    const client = streamClient(account);
    await client.api.subscribeUserDataStream(WS_KEY);

    const refusal = await client.api.unsubscribeUserDataStream(WS_KEY).then(
      () => "accepted",
      // The refusal echoes the signed request: keep Binance's answer and the parameter names only.
      (error: { status?: number; error?: unknown; request?: { params?: object } }) => ({
        status: error.status,
        error: error.error,
        sent: Object.keys(error.request?.params ?? {}),
      }),
    );
    expect(refusal).toEqual({
      status: 400,
      error: { code: -1104, msg: expect.stringMatching(/^Not all sent parameters were read; read '0' parameter\(s\) but was sent '2'\.$/) },
      sent: ["apiKey", "signature"],
    });

    const list = await placeOco(account, CROSS_MODE);
    const filled = fillLimitMaker(conformance.sandbox, list);
    await client.events.waitFor("the list's ALL_DONE listStatus", listDone(list));
    expect(linesOf(client.events.entries, list)).toEqual(ocoEventLines(filled));
  });
});

// After an unintended close (lib/util/BaseWSClient.js `onWsClose`) the
// WebsocketClient reconnects (`reconnectTimeout`, 500 ms) and emits
// "reconnected"; the WebsocketAPIClient then runs `tryResubscribeUserDataStream`
// (`handleWSReconnectedEvent`, `resubscribeUserDataStreamAfterReconnect`,
// default true): a new token and a new subscription on the new connection.
// `sandbox.dropStreamConnections()` is the sandbox's fault for this: the
// connection ends without a close frame (1006), as a network failure would.
describe("binance (tiagosiebler): a dropped connection", () => {
  it("reconnects, subscribes again with a new token, and receives the next fill", async () => {
    const account = await conformance.account("hmac");
    const client = streamClient(account);
    await client.api.subscribeUserDataStream(WS_KEY);
    conformance.sandbox.clearRequests();

    expect(conformance.sandbox.dropStreamConnections()).toBe(1);
    // A subscription's answer is the one whose result names a subscriptionId.
    const subscribes = (responses: readonly WsApiResponse[]) =>
      responses.filter((response) => response.status === 200 && typeof (response.result as { subscriptionId?: unknown })?.subscriptionId === "number");
    await client.responses.waitFor("the second subscription's answer", (responses) => subscribes(responses).length === 2);
    const tokenRequests = conformance.sandbox.requests.filter((entry) => entry.path === TOKEN_PATH);
    expect(tokenRequests.map(({ method, status }) => ({ method, status }))).toEqual([{ method: "POST", status: 200 }]);

    const list = await placeOco(account, CROSS_MODE);
    const filled = fillLimitMaker(conformance.sandbox, list);
    await client.events.waitFor("the list's ALL_DONE listStatus", listDone(list));
    expect(linesOf(client.events.entries, list)).toEqual(ocoEventLines(filled));
  });
});
