import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type CreateAccountOptions, createAccountRegistry, type SandboxAccount } from "./binance/accounts.js";
import { createCancellableSleep } from "./http/cancellable-sleep.js";
import { createFaultInjector, type FaultInjector } from "./http/faults.js";
import {
  type CreateOcoListOptions,
  createMarginState,
  type OrderListSelector,
  type OrderListSnapshot,
} from "./order-lists/margin-state.js";
import { createIpRateLimiter, createUidRateLimiter, type RateLimitOptions } from "./binance/rate-limiter.js";
import { createCors, type CorsOptions } from "./http/cors.js";
import { createRequestHandler } from "./http/request-handler.js";
import { createRequestLog, DEFAULT_REQUEST_LOG_LIMIT, type RequestLogEntry } from "./http/request-log.js";
import { createSandboxClock } from "./binance/sandbox-clock.js";

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
   * Opt-in CORS for browser pages on other origins (off by default; Binance
   * itself sends no such headers): answers preflights allowing X-MBX-APIKEY
   * and exposes the usage headers to the page.
   */
  cors?: CorsOptions;
}

export interface Sandbox {
  /** e.g. "http://127.0.0.1:54321" — pass it as the client's `baseUrl`. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Registers an account (generated keys, or your own HMAC secret / RSA or Ed25519 public key). */
  createAccount(options: CreateAccountOptions): Promise<SandboxAccount>;
  /** Seeds an open OCO list (a STOP_LOSS_LIMIT leg and a LIMIT_MAKER leg) for the account. */
  createOcoList(apiKey: string, options: CreateOcoListOptions): OrderListSnapshot;
  /** A snapshot of one list, or undefined. */
  getOrderList(apiKey: string, selector: OrderListSelector): OrderListSnapshot | undefined;
  /** Snapshots of every list, optionally of one account, in creation order. */
  orderLists(apiKey?: string): OrderListSnapshot[];
  /** The newest requests received (up to `requestLogLimit`), oldest first (a copy). */
  readonly requests: readonly RequestLogEntry[];
  clearRequests(): void;
  readonly faults: FaultInjector;
  /** Server clock offset in ms; affects /api/v3/time, timestamp checks and transactionTime. */
  setClockSkew(ms: number): void;
  readonly clockSkewMs: number;
  /** The sandbox's current server time (skew included). */
  serverTime(): number;
  /** Stops listening, drops open connections and cancels pending delays. Safe to call twice. */
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost"]);

/**
 * Starts a loopback, Binance-compatible test server for
 * `DELETE /sapi/v1/margin/orderList` and `GET /api/v3/time`.
 *
 * It is a test fixture and demo server, not an exchange: no real funds, no
 * matching engine, state lives in memory and dies with `close()`.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? "127.0.0.1";
  if (!LOOPBACK_HOSTS.has(host)) {
    throw new TypeError(`The sandbox listens on loopback only (127.0.0.1, ::1, localhost), not '${host}'.`);
  }
  const now = options.now ?? Date.now;
  const clock = createSandboxClock(now, options.clockSkewMs ?? 0);
  const accounts = createAccountRegistry();
  const state = createMarginState();
  const faults = createFaultInjector();
  const sleeper = createCancellableSleep();
  const log = createRequestLog(options.requestLogLimit ?? DEFAULT_REQUEST_LOG_LIMIT);
  let closing: Promise<void> | undefined;

  const handler = createRequestHandler({
    accounts,
    clock,
    state,
    faults,
    sleeper,
    limiter: createUidRateLimiter(now, options.rateLimit),
    ipLimiter: createIpRateLimiter(now, options.rateLimit),
    log: (entry) => log.add(entry),
    isClosing: () => closing !== undefined,
    cors: createCors(options.cors),
  });
  const server = createServer((req, res) => {
    // Never an unhandled rejection: a failure inside the handler ends this one connection.
    handler(req, res).catch(() => res.socket?.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;

  function requireAccount(apiKey: string): void {
    if (!accounts.find(apiKey)) throw new TypeError("No sandbox account has this apiKey; call createAccount first.");
  }

  return {
    url: `http://${urlHost}:${address.port}`,
    host: address.address,
    port: address.port,
    // Async so that a future key backend (e.g. WebCrypto generation) needs no API change.
    async createAccount(accountOptions) {
      return accounts.create(accountOptions);
    },
    createOcoList(apiKey, listOptions) {
      requireAccount(apiKey);
      return state.create(apiKey, listOptions, clock.serverTime());
    },
    getOrderList: (apiKey, selector) => state.get(apiKey, selector),
    orderLists: (apiKey) => state.list(apiKey),
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
    },
    get clockSkewMs() {
      return clock.skewMs;
    },
    serverTime: () => clock.serverTime(),
    close() {
      // Idempotent: a test's own close() and its fixture's cleanup may both call it.
      closing ??= new Promise<void>((resolve, reject) => {
        sleeper.cancelAll();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
