import { operations } from "@sapi-kit/contract";
import { createBinanceApi } from "./binance/binance-api.js";
import {
  API_IP_WEIGHT_PER_MINUTE,
  createIpRateLimiter,
  createSapiIpRateLimiter,
  createUidRateLimiter,
  type RateLimitOptions,
} from "./binance/rate-limiter.js";
import { serverTime } from "./binance/server-time.js";
import { createAdminRoutes } from "./http/admin-routes.js";
import { createCancellableSleep } from "./http/cancellable-sleep.js";
import { type CorsOptions, createCors } from "./http/cors.js";
import { createFaultInjector, type FaultInjector } from "./http/faults.js";
import { listenOnLoopback } from "./http/loopback-server.js";
import { createRequestHandler } from "./http/request-handler.js";
import {
  createRequestLog,
  DEFAULT_REQUEST_LOG_LIMIT,
  DEFAULT_REQUEST_LOG_MAX_BYTES,
  type RequestLogEntry,
} from "./http/request-log.js";
import {
  createOrderListEngine,
  type OrderBody,
  type OrderListSelector,
  type OrderListSnapshot,
  type SeedOcoListOptions,
  type SeedOrderOptions,
  type SymbolSpec,
} from "./order-lists/engine/index.js";
import { exchangeInfo } from "./order-lists/operations/exchange-info.js";
import { orderListRoutes } from "./order-lists/operations/route-table.js";
import { type SandboxSymbol, sandboxSymbols } from "./order-lists/sandbox-symbols.js";
import { type CreateAccountOptions, createAccountRegistry, type SandboxAccount } from "./state/accounts.js";
import { generateClientOrderId } from "./state/random-base62.js";
import { createSandboxClock } from "./state/sandbox-clock.js";
import { createListenTokenStore } from "./user-stream/listen-token-store.js";
import { userStreamRoutes } from "./user-stream/operations/route-table.js";
import { createUserStreamServer, type UserStreamOptions, WS_API_PATH } from "./user-stream/ws-api/ws-api-server.js";

export type CreateOcoListOptions = SeedOcoListOptions;
export type CreateOrderOptions = SeedOrderOptions;
/** One order as Query Margin Account's Order answers it. */
export type OrderSnapshot = OrderBody;

export interface SandboxOptions {
  /** Loopback only: "127.0.0.1" (default), "::1" or "localhost". */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Initial server clock offset in ms (see `setClockSkew`). */
  clockSkewMs?: number;
  rateLimit?: RateLimitOptions;
  /** Base clock in ms; inject a fake one to control time windows deterministically. Default Date.now. */
  now?: () => number;
  /**
   * How many requests `requests` keeps (newest); older ones are dropped. Default 1000;
   * `Infinity` keeps everything, 0 keeps nothing.
   */
  requestLogLimit?: number;
  /**
   * How many bytes of requests and answers `requests` keeps (UTF-8 bytes of each entry's path,
   * query, body, response body and response headers); the oldest entries are dropped first, the
   * newest is always kept. Default 16 MiB (`DEFAULT_REQUEST_LOG_MAX_BYTES`); `Infinity`: no byte bound.
   */
  requestLogMaxBytes?: number;
  /**
   * Symbols to add to the default table (BTCUSDT, ETHUSDT, BNBUSDT, LTCBTC, BNBBTC), or to replace
   * a default of the same name: filters (tick size, step size, minimum notional) and a starting last price.
   */
  symbols?: readonly SymbolSpec[];
  /**
   * Opt-in CORS for browser pages on other origins (off by default; Binance
   * itself sends no such headers): answers preflights allowing X-MBX-APIKEY
   * and exposes the usage headers to the page.
   */
  cors?: CorsOptions;
  /**
   * The commission rate of every fill (maker and taker alike), decimal text in [0, 1) with at
   * most 8 fraction digits, e.g. "0.001" for 0.1 %: charged on the asset received (the base
   * asset on a buy, the quote asset on a sell), in FULL reports' fills and the trade list.
   * Default "0".
   */
  commissionRate?: string;
  /**
   * The WebSocket API at `/ws-api/v3` (`streamUrl`): ping period (real ms, default 20000),
   * connection lifetime (sandbox clock, default 24 hours) and subscription limits.
   */
  stream?: UserStreamOptions;
}

export interface Sandbox {
  /** e.g. "http://127.0.0.1:54321" — pass it as the client's `baseUrl`. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** The WebSocket API, e.g. "ws://127.0.0.1:54321/ws-api/v3": subscribe there with a listenToken. */
  readonly streamUrl: string;
  /** Registers an account (generated keys, or your own HMAC secret / RSA or Ed25519 public key). */
  createAccount(options: CreateAccountOptions): Promise<SandboxAccount>;
  /** Seeds an open OCO list (a STOP_LOSS_LIMIT leg and a LIMIT_MAKER leg) for the account, on any symbol. */
  createOcoList(apiKey: string, options: CreateOcoListOptions): OrderListSnapshot;
  /**
   * Seeds a standalone LIMIT GTC order (orderListId -1) on a listed symbol: the sandbox serves no
   * endpoint placing a single order, and cancel-all answers these in their own shape. A price that
   * crosses the last price fills at once; otherwise it rests until a price move reaches it.
   */
  createOrder(apiKey: string, options: CreateOrderOptions): OrderSnapshot;
  /** A snapshot of one list, or undefined. */
  getOrderList(apiKey: string, selector: OrderListSelector): OrderListSnapshot | undefined;
  /** Snapshots of every list, optionally of one account, in creation order. */
  orderLists(apiKey?: string): OrderListSnapshot[];
  /**
   * Moves a listed symbol's last price (decimal text, e.g. "123.45"); open lists on it fill,
   * trigger and expire as Binance's list semantics say. Returns the ids of the lists that changed.
   * Throws TypeError for an unlisted symbol or a price that is not a positive decimal.
   */
  setPrice(symbol: string, price: string): number[];
  /** A listed symbol's last price ("123.45000000"), or undefined. */
  lastPrice(symbol: string): string | undefined;
  /** The symbol table: filters and current last prices (copies). */
  symbols(): SandboxSymbol[];
  /** The newest requests received (up to `requestLogLimit` and `requestLogMaxBytes`), oldest first (a copy). */
  readonly requests: readonly RequestLogEntry[];
  clearRequests(): void;
  readonly faults: FaultInjector;
  /** Server clock offset in ms; affects /api/v3/time, timestamp checks and transaction times. */
  setClockSkew(ms: number): void;
  readonly clockSkewMs: number;
  /**
   * Moves the sandbox clock forward by `ms` at once (`POST /sandbox/v1/clock` does the same):
   * listenTokens and subscriptions past their expiry end (`eventStreamTerminated`), WebSocket
   * connections past the 24-hour limit close, and every server time (`/api/v3/time`, timestamp
   * checks, transaction and event times) moves with it. Returns the new server time.
   */
  advanceClock(ms: number): number;
  /** Drops every open WebSocket API connection now, without a close frame. Returns how many. */
  dropStreamConnections(): number;
  /** The sandbox's current server time (skew and advance included). */
  serverTime(): number;
  /** Stops listening, drops open connections and cancels pending delays. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts a loopback, Binance-compatible test server for the margin
 * order-list operations of the spec (place OCO / OTO / OTOCO, query one /
 * all / open, cancel), `GET /api/v3/time` and `GET /api/v3/exchangeInfo`, with a settable last price per
 * symbol.
 *
 * It is a test fixture and demo server, not an exchange: no balances, no
 * borrowing, no order book; state lives in memory and dies with `close()`.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.now ?? Date.now;
  const clock = createSandboxClock(now, options.clockSkewMs ?? 0);
  const accounts = createAccountRegistry();
  const listenTokens = createListenTokenStore(() => clock.serverTime());
  const faults = createFaultInjector();
  const stream = createUserStreamServer({ tokens: listenTokens, clock, faults, ...(options.stream === undefined ? {} : { options: options.stream }) });
  const engine = createOrderListEngine({
    now: () => clock.serverTime(),
    onChange: (change) => stream.publish(change),
    clientOrderId: generateClientOrderId,
    ...(options.symbols === undefined ? {} : { symbols: options.symbols }),
    ...(options.commissionRate === undefined ? {} : { commissionRate: options.commissionRate }),
  });
  const sleeper = createCancellableSleep();
  const log = createRequestLog(
    options.requestLogLimit ?? DEFAULT_REQUEST_LOG_LIMIT,
    options.requestLogMaxBytes ?? DEFAULT_REQUEST_LOG_MAX_BYTES,
  );

  const answer = createBinanceApi(
    operations,
    {
      getServerTime: serverTime,
      getExchangeInfo: exchangeInfo(engine, options.rateLimit?.ipWeightPerMinute ?? API_IP_WEIGHT_PER_MINUTE),
      ...orderListRoutes(engine),
      ...userStreamRoutes(listenTokens, (symbol) => engine.symbols.find(symbol) !== undefined),
    },
    {
      accounts,
      clock,
      limiters: {
        "sapi-uid": createUidRateLimiter(now, options.rateLimit),
        "sapi-ip": createSapiIpRateLimiter(now, options.rateLimit),
        "api-ip": createIpRateLimiter(now, options.rateLimit),
      },
      tradingSymbols: () => sandboxSymbols(engine).length,
    },
  );
  const admin = createAdminRoutes({
    setPrice: (symbol, price) => engine.setPrice(symbol, price),
    lastPrice: (symbol) => engine.lastPrice(symbol),
    symbols: () => sandboxSymbols(engine),
    advanceClock,
  });
  let isClosing = () => false;
  const handler = createRequestHandler({
    answer,
    admin,
    faults,
    sleeper,
    log: (entry) => log.add(entry),
    isClosing: () => isClosing(),
    serverTime: () => clock.serverTime(),
    cors: createCors(options.cors),
  });
  const server = await listenOnLoopback(handler, {
    host: options.host ?? "127.0.0.1",
    port: options.port ?? 0,
    beforeClose: () => {
      sleeper.cancelAll();
      stream.close();
    },
    upgrade: (req, socket, head) => stream.handleUpgrade(req, socket, head),
  });
  isClosing = () => server.closing;

  function advanceClock(ms: number): number {
    if (!(Number.isFinite(ms) && ms >= 0)) throw new TypeError("advanceClock takes a non-negative finite number of ms.");
    clock.advancedMs += ms;
    stream.sweep();
    return clock.serverTime();
  }

  function requireAccount(apiKey: string): void {
    if (!accounts.find(apiKey)) throw new TypeError("No sandbox account has this apiKey; call createAccount first.");
  }

  return {
    url: server.url,
    host: server.host,
    port: server.port,
    streamUrl: `${server.url.replace(/^http/, "ws")}${WS_API_PATH}`,
    // Async so that a future key backend (e.g. WebCrypto generation) needs no API change.
    async createAccount(accountOptions) {
      return accounts.create(accountOptions);
    },
    createOcoList(apiKey, listOptions) {
      requireAccount(apiKey);
      return engine.seedOcoList(apiKey, listOptions);
    },
    createOrder(apiKey, orderOptions) {
      requireAccount(apiKey);
      return engine.seedOrder(apiKey, orderOptions);
    },
    getOrderList: (apiKey, selector) => engine.getOrderList(apiKey, selector),
    orderLists: (apiKey) => engine.orderLists(apiKey),
    setPrice: (symbol, price) => engine.setPrice(symbol, price),
    lastPrice: (symbol) => engine.lastPrice(symbol),
    symbols: () => sandboxSymbols(engine),
    get requests() {
      return log.entries();
    },
    clearRequests() {
      log.clear();
    },
    faults,
    setClockSkew(ms) {
      if (!Number.isFinite(ms)) throw new TypeError("Clock skew must be a finite number of ms.");
      clock.skewMs = ms;
      stream.sweep();
    },
    get clockSkewMs() {
      return clock.skewMs;
    },
    advanceClock,
    dropStreamConnections: () => stream.dropConnections(),
    serverTime: () => clock.serverTime(),
    close: () => server.close(),
  };
}
