// The host side of the matrix: one loopback sandbox (Node, started by the
// test process), one account per key type, a fresh listClientOrderId per
// runtime and key, and the checks made on the sandbox's own state afterwards.
// A runtime passes only if the sandbox holds exactly the one OCO the runtime
// placed and queried, and cancelled it exactly once with one request.
import {
  CANCEL_OCO_PATH,
  type KeyType,
  type Sandbox,
  type SandboxAccount,
  type SandboxOptions,
  type SymbolSpec,
  startSandbox,
} from "@sapi-kit/sandbox";
import { expect } from "vitest";
import type { CallOutcome, CancelOutcome, PlaceOco, ScenarioInput, StreamRoundTripReport } from "../../scenario/scenario-types.js";

export const SYMBOL = "LTCBTC";

/** The market the matrix trades in, pinned here rather than taken from the sandbox's default table. */
const LTCBTC: SymbolSpec = {
  symbol: SYMBOL,
  baseAsset: "LTC",
  quoteAsset: "BTC",
  minPrice: "0.000001",
  maxPrice: "100",
  tickSize: "0.000001",
  minQty: "0.001",
  maxQty: "100000",
  stepSize: "0.001",
  minNotional: "0.0001",
  notionalFilter: "MIN_NOTIONAL",
  lastPrice: "0.0015",
};

/** A SELL OCO around the last price 0.0015: limit maker above it, stop below it (Binance's price relationship for SELL). */
const SELL_OCO: Omit<PlaceOco, "listClientOrderId"> = { quantity: "1", price: "0.0016", stopPrice: "0.0014", stopLimitPrice: "0.00139" };

const ORDER_LIST_PATH = "/sapi/v1/margin/orderList";
const NEW_OCO_PATH = "/sapi/v1/margin/order/oco";
export const KEY_TYPES: readonly KeyType[] = ["hmac", "rsa", "ed25519"];
/** How long the stream round trip waits for its subscription, then for the fill (a busy 2-core machine; the launch has 60 s). */
const STREAM_WAIT_MS = 20_000;
/** How often the host looks for the stream's OCO, to move the price once it is there. */
const FILL_POLL_MS = 20;

export interface MatrixSandbox {
  readonly sandbox: Sandbox;
  /** The scenario's input: one case per key type, with a listClientOrderId named after the runtime. */
  prepare(runtimeId: string): ScenarioInput;
  /**
   * The outcome is Binance's success body for that list, and the sandbox's state and log agree.
   * `preflighted`: a browser page on another origin sends a CORS preflight before each call.
   */
  expectCancelledOnce(input: ScenarioInput, keyType: KeyType, outcome: CancelOutcome | undefined, preflighted: boolean): void;
  /** The placed OCO exists exactly once, as sent; the place and the query returned it, still open; one request each. */
  expectPlacedAndQueried(input: ScenarioInput, keyType: KeyType, outcome: CancelOutcome | undefined, preflighted: boolean): void;
  /**
   * While a runtime runs: once the sandbox holds the stream round trip's OCO, move the price to its
   * limit price (the limit maker fills, the stop leg expires) and back. Call the result to stop watching.
   */
  fillStreamOcoWhenPlaced(input: ScenarioInput): () => void;
  /**
   * The round trip subscribed once, placed the OCO, received exactly its events in Binance's order and
   * nothing else, and closed; through the platform WebSocket or through `ws`, as `webSocket` says.
   */
  expectStreamRoundTrip(input: ScenarioInput, report: StreamRoundTripReport | undefined, webSocket: "platform" | "ws"): void;
  close(): Promise<void>;
}

function caseFor(input: ScenarioInput, keyType: KeyType) {
  const found = input.cases.find((candidate) => candidate.keyType === keyType);
  if (!found) throw new Error(`the input has no ${keyType} case`);
  return found;
}

function expectSuccess(outcome: CallOutcome | undefined, what: string): void {
  expect(outcome, `${what}: the runtime reported nothing`).toBeDefined();
  expect(outcome?.thrown, what).toBeUndefined();
  expect(outcome?.error, what).toBeUndefined();
  expect(outcome?.status, what).toBe(200);
}

export async function startMatrixSandbox(options: SandboxOptions = {}): Promise<MatrixSandbox> {
  const sandbox = await startSandbox({ host: "127.0.0.1", symbols: [LTCBTC], ...options });
  const accounts = new Map<KeyType, SandboxAccount>();
  try {
    // Sequential: RSA key generation is the slow one, and the machine is shared.
    for (const type of KEY_TYPES) accounts.set(type, await sandbox.createAccount({ type }));
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  let streamAccount: SandboxAccount;
  try {
    // The stream round trip's own account: its subscription sees nothing of the signed cancels.
    streamAccount = await sandbox.createAccount({ type: "hmac" });
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  const account = (keyType: KeyType): SandboxAccount => {
    const found = accounts.get(keyType);
    if (!found) throw new Error(`no ${keyType} account`);
    return found;
  };

  return {
    sandbox,
    prepare(runtimeId) {
      return {
        baseUrl: sandbox.url,
        symbol: SYMBOL,
        cases: KEY_TYPES.map((keyType) => {
          const { apiKey, apiSecret, privateKeyPem } = account(keyType);
          // Binance's client order id rule is ^[a-zA-Z0-9-_]{1,36}$.
          const listClientOrderId = `${runtimeId}-${keyType}`.replace(/[^a-zA-Z0-9-_]/g, "-").slice(0, 36);
          return {
            keyType,
            apiKey,
            place: { ...SELL_OCO, listClientOrderId },
            ...(apiSecret !== undefined ? { apiSecret } : { privateKey: privateKeyPem ?? "" }),
          };
        }),
        stream: {
          streamUrl: sandbox.streamUrl,
          apiKey: streamAccount.apiKey,
          apiSecret: streamAccount.apiSecret ?? "",
          place: { ...SELL_OCO, listClientOrderId: `${runtimeId}-stream`.replace(/[^a-zA-Z0-9-_]/g, "-").slice(0, 36) },
          waitMs: STREAM_WAIT_MS,
        },
      };
    },
    fillStreamOcoWhenPlaced(input) {
      const { apiKey, place } = input.stream;
      const timer = setInterval(() => {
        if (sandbox.getOrderList(apiKey, { listClientOrderId: place.listClientOrderId })?.status !== "OPEN") return;
        clearInterval(timer);
        sandbox.setPrice(SYMBOL, place.price);
        sandbox.setPrice(SYMBOL, LTCBTC.lastPrice);
      }, FILL_POLL_MS);
      return () => clearInterval(timer);
    },
    expectStreamRoundTrip(input, report, webSocket) {
      const { apiKey, place } = input.stream;
      expect(report, "the runtime reported no stream round trip").toBeDefined();
      if (!report) return;
      expect(report.thrown).toBeUndefined();
      expect(report.others, "no gap, malformed frame or error").toEqual([]);
      expect(report.subscribed).toEqual([{ subscriptionId: 0, renewal: false }]);
      expectSuccess(report.placed, "placing the stream's OCO");
      const list = sandbox.getOrderList(apiKey, { listClientOrderId: place.listClientOrderId });
      if (!list) throw new Error(`the sandbox has no list ${place.listClientOrderId}`);
      expect(list.status, "the limit maker filled, the stop leg expired").toBe("DONE");
      const [stop, limit] = list.legs;
      const g = list.orderListId;
      // The placement, then the fill, in the sandbox's documented order (its README, "The user data stream").
      expect(report.events).toEqual([
        { e: "executionReport", g, x: "NEW", X: "NEW", i: stop?.orderId, o: "STOP_LOSS_LIMIT" },
        { e: "executionReport", g, x: "NEW", X: "NEW", i: limit?.orderId, o: "LIMIT_MAKER" },
        { e: "listStatus", g, l: "EXEC_STARTED", L: "EXECUTING" },
        { e: "executionReport", g, x: "TRADE", X: "FILLED", i: limit?.orderId, o: "LIMIT_MAKER" },
        { e: "executionReport", g, x: "EXPIRED", X: "EXPIRED", i: stop?.orderId, o: "STOP_LOSS_LIMIT" },
        { e: "listStatus", g, l: "ALL_DONE", L: "ALL_DONE" },
      ]);
      // Closing unsubscribes; the sandbox, as Binance, answers with eventStreamTerminated, which may reach the loop.
      expect(report.eventsWhileClosing.filter((event) => event.e !== "eventStreamTerminated")).toEqual([]);
      expect(report.filled).toBe(true);
      expect(report.closed, "close() resolved and the loop ended").toBe(true);
      // The platform WebSocket where there is one; on Node 20 none, and `ws` loaded. (`wsLoaded` is
      // reported by the processes only; a page or a Worker bundle has no `ws` at all, see worker-bundle.test.ts.)
      if (webSocket === "platform") {
        expect(report.webSocket).toMatchObject({ platformPresent: true, platformConnections: 1 });
        expect(report.webSocket.wsLoaded ?? false, "ws was loaded though a platform WebSocket exists").toBe(false);
      } else {
        expect(report.webSocket).toEqual({ platformPresent: false, platformConnections: 0, wsLoaded: true });
      }
    },
    expectCancelledOnce(input, keyType, outcome, preflighted) {
      const { apiKey, place } = caseFor(input, keyType);
      const { listClientOrderId } = place;
      const list = sandbox.getOrderList(apiKey, { listClientOrderId });
      if (!list) throw new Error(`the sandbox has no list ${listClientOrderId}`);

      // What the client handed back: Binance's success body for this list.
      expect(outcome, "the runtime reported nothing for this key").toBeDefined();
      expect(outcome?.thrown).toBeUndefined();
      expect(outcome?.error).toBeUndefined();
      expect(outcome?.status).toBe(200);
      expect(outcome?.data).toMatchObject({
        orderListId: list.orderListId,
        listClientOrderId,
        symbol: SYMBOL,
        contingencyType: "OCO",
        listStatusType: "ALL_DONE",
        listOrderStatus: "ALL_DONE",
        orderReports: list.legs.map((leg) => expect.objectContaining({ orderId: leg.orderId, status: "CANCELED" })),
      });

      // What the sandbox itself knows: cancelled, exactly once.
      expect(list).toMatchObject({ status: "CANCELED", listOrderStatus: "ALL_DONE", cancelCount: 1 });
      expect(list.legs.map((leg) => leg.status)).toEqual(["CANCELED", "CANCELED"]);

      // And what it received: one signed DELETE for this list, answered 200, executed
      // (after the browser's preflight, which executes nothing).
      const requests = sandbox.requests
        .filter((entry) => entry.path === CANCEL_OCO_PATH && new URLSearchParams(entry.query).get("listClientOrderId") === listClientOrderId)
        .map(({ method, status, code, executed }) => ({ method, status, code, executed }));
      expect(requests).toEqual([
        ...(preflighted ? [{ method: "OPTIONS", status: 204, code: undefined, executed: false }] : []),
        { method: "DELETE", status: 200, code: undefined, executed: true },
      ]);
    },
    expectPlacedAndQueried(input, keyType, outcome, preflighted) {
      const { apiKey, place } = caseFor(input, keyType);
      const placedLists = sandbox.orderLists(apiKey).filter((list) => list.listClientOrderId === place.listClientOrderId);
      expect(placedLists, "the sandbox holds exactly one list by that listClientOrderId").toHaveLength(1);
      const [list] = placedLists;
      if (!list) return;

      // The place answered Binance's success body for the list the sandbox now holds.
      expectSuccess(outcome?.placed, "placing the OCO");
      expect(outcome?.placed.data).toMatchObject({
        orderListId: list.orderListId,
        listClientOrderId: place.listClientOrderId,
        symbol: SYMBOL,
        contingencyType: "OCO",
        listStatusType: "EXEC_STARTED",
        listOrderStatus: "EXECUTING",
        orderReports: list.legs.map((leg) => expect.objectContaining({ orderId: leg.orderId, status: "NEW" })),
      });
      // The query found the same list, still executing.
      expectSuccess(outcome?.queried, "querying the OCO");
      expect(outcome?.queried?.data).toMatchObject({
        orderListId: list.orderListId,
        listClientOrderId: place.listClientOrderId,
        listStatusType: "EXEC_STARTED",
        listOrderStatus: "EXECUTING",
      });

      // The sandbox's own state: both legs as sent (expectCancelledOnce checks how the list ended).
      expect(list).toMatchObject({ contingencyType: "OCO" });
      expect(list.legs.map((leg) => [leg.type, leg.side, Number(leg.price), Number(leg.origQty)])).toEqual([
        ["STOP_LOSS_LIMIT", "SELL", Number(place.stopLimitPrice), Number(place.quantity)],
        ["LIMIT_MAKER", "SELL", Number(place.price), Number(place.quantity)],
      ]);

      // One POST that executed, one GET that changed nothing (each after its preflight in a page).
      const logged = (path: string, name: string, value: string) =>
        sandbox.requests
          .filter((entry) => entry.path === path && new URLSearchParams(entry.query).get(name) === value)
          .map(({ method, status, code, executed }) => ({ method, status, code, executed }));
      const preflight = preflighted ? [{ method: "OPTIONS", status: 204, code: undefined, executed: false }] : [];
      expect(logged(NEW_OCO_PATH, "listClientOrderId", place.listClientOrderId)).toEqual([
        ...preflight,
        { method: "POST", status: 200, code: undefined, executed: true },
      ]);
      expect(logged(ORDER_LIST_PATH, "orderListId", String(list.orderListId))).toEqual([
        ...preflight,
        { method: "GET", status: 200, code: undefined, executed: false },
      ]);
    },
    close: () => sandbox.close(),
  };
}
