import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type RawData, WebSocket, WebSocketServer } from "ws";
import { FaultPredicateError, type FaultSource, WS_FAULT_PATH, WS_FRAME } from "../../http/faults.js";
import type { EngineChange } from "../../order-lists/engine/engine-changes.js";
import type { SandboxClock } from "../../state/sandbox-clock.js";
import type { ListenTokenStore } from "../listen-token-store.js";
import { changeAccount, eventStreamTerminated, executionReport, listStatus, type UserDataEvent } from "../user-data-events.js";
import { createStreamSession, type StreamSession, type StreamSubscription, subscribedTo } from "./stream-session.js";
import { wsApiErrors } from "./ws-api-errors.js";
import { answerRequest, readRequest, type SubscriptionLimits, type WsApiOutcome } from "./ws-api-methods.js";

/** The WebSocket API's path on Binance (`wss://ws-api.binance.com:443/ws-api/v3`), served on the sandbox's port. */
export const WS_API_PATH = WS_FAULT_PATH;

/** Binance's numbers (spot WebSocket API, "General API Information" and "User Data Stream subscription"). */
export const DEFAULT_PING_INTERVAL_MS = 20_000;
export const PONG_TIMEOUT_MS = 60_000;
export const MAX_CONNECTION_MS = 24 * 60 * 60 * 1000;
export const MAX_ACTIVE_SUBSCRIPTIONS = 1000;
export const MAX_LIFETIME_SUBSCRIPTIONS = 65_535;
/** REQUEST_WEIGHT per minute and the weight of a connection ("Rate limits": 6000, "connecting costs 2"). */
const REQUEST_WEIGHT_LIMIT = 6000;
const CONNECTION_WEIGHT = 2;
/** setTimeout's largest delay; a later deadline is re-armed when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface UserStreamOptions {
  /** How often the server pings each connection, in real milliseconds. Default 20000 (Binance's 20 s). */
  pingIntervalMs?: number;
  /**
   * A connection whose pings go unanswered this long (real milliseconds, at least one ping) is
   * dropped. Default 60000 (Binance: "within a minute").
   */
  pongTimeoutMs?: number;
  /** How long a connection may stay open, on the sandbox clock. Default 24 hours. */
  maxConnectionMs?: number;
  /** Active subscriptions per connection. Default 1000. */
  maxActiveSubscriptions?: number;
  /** Subscriptions a connection may start over its lifetime. Default 65535. */
  maxLifetimeSubscriptions?: number;
}

export interface UserStreamServer {
  /** Takes over an HTTP upgrade for `WS_API_PATH`; false for any other path (the caller refuses it). */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Sends an engine change's event to every subscription of its account. */
  publish(change: EngineChange): void;
  /**
   * Ends what the sandbox clock says is over: subscriptions past their token's expiry
   * (`eventStreamTerminated`), connections past the 24-hour limit. Runs on its own when a real
   * deadline passes; call it after moving the clock.
   */
  sweep(): void;
  /** Drops every open connection at once, without a close frame (the client sees code 1006). Returns how many. */
  dropConnections(): number;
  /** Open connections. */
  readonly connectionCount: number;
  close(): void;
}

/**
 * The sandbox's WebSocket API: Binance's envelope on `WS_API_PATH`, the two
 * listenToken methods (`ws-api-methods.ts`), the user data events of every
 * engine change to the subscribed accounts only, expiry and the 24-hour
 * limit on the sandbox clock, pings on a real timer, and the
 * `drop-connection` fault on request frames.
 */
export function createUserStreamServer(dependencies: {
  readonly tokens: ListenTokenStore;
  readonly clock: SandboxClock;
  readonly faults: FaultSource;
  readonly options?: UserStreamOptions;
}): UserStreamServer {
  const { tokens, clock, faults, options = {} } = dependencies;
  const pingIntervalMs = options.pingIntervalMs ?? DEFAULT_PING_INTERVAL_MS;
  if (!(pingIntervalMs > 0 && Number.isFinite(pingIntervalMs))) throw new TypeError("stream.pingIntervalMs must be a positive number of ms.");
  const maxConnectionMs = options.maxConnectionMs ?? MAX_CONNECTION_MS;
  const limits: SubscriptionLimits = {
    maxActive: options.maxActiveSubscriptions ?? MAX_ACTIVE_SUBSCRIPTIONS,
    maxLifetime: options.maxLifetimeSubscriptions ?? MAX_LIFETIME_SUBSCRIPTIONS,
  };
  const maxUnansweredPings = Math.max(1, Math.ceil((options.pongTimeoutMs ?? PONG_TIMEOUT_MS) / pingIntervalMs));
  const wss = new WebSocketServer({ noServer: true });
  const sessions = new Set<StreamSession>();
  const weights = new Map<string, { minute: number; count: number }>();
  let executionId = 0;
  let deadlineTimer: NodeJS.Timeout | undefined;

  function useWeight(address: string, weight: number): number {
    const minute = Math.floor(clock.baseTime() / 60_000);
    const used = weights.get(address);
    const entry = used && used.minute === minute ? used : { minute, count: 0 };
    entry.count += weight;
    weights.set(address, entry);
    return entry.count;
  }

  function send(session: StreamSession, message: unknown): void {
    if (!session.closed && session.socket.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify(message));
  }

  const sendEvent = (session: StreamSession, subscription: StreamSubscription, event: UserDataEvent) =>
    send(session, { subscriptionId: subscription.subscriptionId, event });

  function end(session: StreamSession): void {
    session.closed = true;
    sessions.delete(session);
  }

  function sweep(): void {
    const now = clock.serverTime();
    for (const session of [...sessions]) {
      for (const subscription of [...session.subscriptions.values()]) {
        if (subscription.expirationTime > now) continue;
        session.subscriptions.delete(subscription.subscriptionId);
        sendEvent(session, subscription, eventStreamTerminated(now));
      }
      if (now - session.connectedAt >= maxConnectionMs) {
        end(session);
        session.socket.close(1000, "24-hour connection limit");
      }
    }
    armDeadline();
  }

  /** One real timer for the nearest deadline on the sandbox clock (moving the clock calls `sweep` itself). */
  function armDeadline(): void {
    if (deadlineTimer) clearTimeout(deadlineTimer);
    deadlineTimer = undefined;
    let next = Number.POSITIVE_INFINITY;
    for (const session of sessions) {
      next = Math.min(next, session.connectedAt + maxConnectionMs);
      for (const subscription of session.subscriptions.values()) next = Math.min(next, subscription.expirationTime);
    }
    if (next === Number.POSITIVE_INFINITY) return;
    deadlineTimer = setTimeout(sweep, Math.min(MAX_TIMER_MS, Math.max(0, next - clock.serverTime())));
    deadlineTimer.unref();
  }

  function reply(session: StreamSession, outcome: WsApiOutcome | { id: unknown; error: ReturnType<typeof wsApiErrors.invalidJson> }): void {
    const weight = "weight" in outcome ? outcome.weight : 0;
    const count = useWeight(session.remoteAddress, weight);
    const rateLimits =
      "returnRateLimits" in outcome && !outcome.returnRateLimits
        ? {}
        : { rateLimits: [{ rateLimitType: "REQUEST_WEIGHT", interval: "MINUTE", intervalNum: 1, limit: REQUEST_WEIGHT_LIMIT, count }] };
    if ("error" in outcome) {
      const { status, code, msg } = outcome.error;
      send(session, { id: outcome.id, status, error: { code, msg }, ...rateLimits });
    } else {
      send(session, { id: outcome.id, status: 200, result: outcome.result, ...rateLimits });
    }
  }

  function onFrame(session: StreamSession, data: RawData, isBinary: boolean): void {
    if (session.closed) return;
    const text = isBinary ? "" : data.toString();
    let rule: ReturnType<FaultSource["take"]>;
    try {
      rule = faults.take({ method: WS_FRAME, path: WS_API_PATH, query: "", body: text });
    } catch (error) {
      if (!(error instanceof FaultPredicateError)) throw error;
      send(session, { id: null, status: 500, error: { code: -1000, msg: `${error.message}; the request was not processed.` } });
      return;
    }
    if (rule && !rule.executes) {
      dropSession(session);
      return;
    }
    sweep();
    const read = isBinary ? { id: null, error: wsApiErrors.invalidJson() } : readRequest(text);
    const outcome = "error" in read ? read : answerRequest(session, read, tokens, limits);
    if (rule) {
      // The request took effect; its answer (and anything after it) is lost with the connection.
      dropSession(session);
      return;
    }
    reply(session, outcome);
    if ("ended" in outcome) for (const subscription of outcome.ended) sendEvent(session, subscription, eventStreamTerminated(clock.serverTime()));
    armDeadline();
  }

  function dropSession(session: StreamSession): void {
    end(session);
    session.socket.terminate();
  }

  function onConnection(socket: WebSocket, request: IncomingMessage): void {
    const session = createStreamSession(socket, request.socket.remoteAddress ?? "unknown", clock.serverTime());
    sessions.add(session);
    useWeight(session.remoteAddress, CONNECTION_WEIGHT);
    socket.on("message", (data, isBinary) => onFrame(session, data, isBinary));
    socket.on("pong", () => {
      session.unansweredPings = 0;
    });
    socket.on("close", () => end(session));
    socket.on("error", () => dropSession(session));
    armDeadline();
  }
  wss.on("connection", onConnection);

  const pinger = setInterval(() => {
    for (const session of [...sessions]) {
      if (session.unansweredPings >= maxUnansweredPings) {
        dropSession(session);
        continue;
      }
      session.unansweredPings++;
      session.socket.ping();
    }
  }, pingIntervalMs);
  pinger.unref();

  return {
    handleUpgrade(request, socket, head) {
      const url = request.url ?? "/";
      const path = url.includes("?") ? url.slice(0, url.indexOf("?")) : url;
      if (path !== WS_API_PATH) return false;
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
      return true;
    },
    publish(change) {
      if (sessions.size === 0) return;
      sweep();
      const event = change.kind === "order" ? executionReport(change, ++executionId) : listStatus(change);
      const owner = changeAccount(change);
      for (const session of sessions) {
        for (const subscription of session.subscriptions.values()) {
          if (subscribedTo(subscription, owner)) sendEvent(session, subscription, event);
        }
      }
    },
    sweep,
    dropConnections() {
      const open = [...sessions];
      for (const session of open) dropSession(session);
      return open.length;
    },
    get connectionCount() {
      return sessions.size;
    },
    close() {
      clearInterval(pinger);
      if (deadlineTimer) clearTimeout(deadlineTimer);
      for (const session of [...sessions]) dropSession(session);
      wss.close();
    },
  };
}
