import { backoffDelay, sleep } from "./backoff.js";
import { createListenToken } from "./create-listen-token.js";
import { isKnownEventType } from "./known-event-types.js";
import { MessageQueue } from "./message-queue.js";
import { checkAccounts } from "./stream-account.js";
import { MalformedFrameError, StreamConfigError } from "./stream-errors.js";
import type { EventMessage, GapReason, StreamAccount, StreamMessage, UserDataStream, UserDataStreamOptions, WebSocketConstructor } from "./stream-types.js";
import { type ConnectionFrame, openConnection, type WsApiConnection } from "./ws-api-connection.js";

const DEFAULT_URL = "wss://ws-api.binance.com:443/ws-api/v3";
/** Binance closes a WebSocket API connection after 24 hours (spot WebSocket API, general information). */
const CONNECTION_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** One followed account: its current subscription and token deadline. */
interface AccountState {
  readonly account: StreamAccount;
  subscriptionId: number | undefined;
  /** When the subscription ends unless renewed (ms, server time). */
  expiresAt: number | undefined;
  /** A token request or subscribe is under way. */
  busy: boolean;
  /** When its subscription ended on its own (eventStreamTerminated), until it is subscribed again. */
  lostAt: number | undefined;
}

const positive = (name: string, value: number): number => {
  if (!(value >= 0 && value < Number.POSITIVE_INFINITY)) throw new StreamConfigError(`${name}: ms >= 0`);
  return value;
};

/** The subscribe answer's `expirationTime` is in microseconds (spec/README.md S1); a millisecond value is taken as such. */
const expirationMs = (value: number): number => (value >= 1e14 ? Math.floor(value / 1000) : value);

/** createUserDataStream, with the way the entry finds a WebSocket when the options give none. */
export function createStream(options: UserDataStreamOptions, defaultWebSocket: () => WebSocketConstructor | Promise<WebSocketConstructor>): UserDataStream {
  const { client, url = DEFAULT_URL, validityMs, now = Date.now, signal } = options;
  if (typeof client?.POST !== "function") throw new StreamConfigError("client: a @sapi-kit/client client");
  if (validityMs !== undefined && !(Number.isInteger(validityMs) && validityMs >= 1 && validityMs <= CONNECTION_LIFETIME_MS)) {
    throw new StreamConfigError("validityMs: an integer, 1 to 86400000");
  }
  const accounts = checkAccounts(options.accounts ?? [{ type: "cross" }]);
  const renewBeforeMs = positive("renewBeforeMs", options.renewBeforeMs ?? 5 * 60_000);
  const checkIntervalMs = positive("checkIntervalMs", options.checkIntervalMs ?? 1000);
  const initialDelayMs = positive("reconnect.initialDelayMs", options.reconnect?.initialDelayMs ?? 500);
  const maxDelayMs = positive("reconnect.maxDelayMs", options.reconnect?.maxDelayMs ?? 30_000);
  const delay = (attempt: number) => backoffDelay(attempt, initialDelayMs, maxDelayMs);

  const queue = new MessageQueue<StreamMessage>();
  const stop = new AbortController();
  const states: AccountState[] = accounts.map((account) => ({ account, subscriptionId: undefined, expiresAt: undefined, busy: false, lostAt: undefined }));
  const bySubscription = new Map<number, AccountState>();
  let connection: WsApiConnection | undefined;
  let connectedAt = 0;
  /** Why the stream itself closed the current connection (a shutdown notice, the 24-hour limit). */
  let endReason: GapReason | undefined;

  /** Creates a token and subscribes `state`'s account on `conn`, retrying with backoff while `conn` is open. */
  async function subscribe(conn: WsApiConnection, state: AccountState, renewal: boolean): Promise<boolean> {
    const { account } = state;
    state.busy = true;
    try {
      for (let attempt = 0; conn.isOpen() && !stop.signal.aborted; attempt++) {
        try {
          const listenToken = await createListenToken(client, account, validityMs);
          const result = await conn.request("userDataStream.subscribe.listenToken", { listenToken });
          const { subscriptionId, expirationTime } = result;
          if (!Number.isSafeInteger(subscriptionId) || typeof expirationTime !== "number") {
            throw new MalformedFrameError("subscribe answer without subscriptionId, expirationTime");
          }
          const id = subscriptionId as number;
          state.subscriptionId = id;
          state.expiresAt = expirationMs(expirationTime);
          bySubscription.set(id, state);
          queue.push({ type: "subscribed", account, subscriptionId: id, expirationTime: state.expiresAt, renewal: renewal && state.lostAt === undefined });
          if (state.lostAt !== undefined) {
            queue.push({ type: "gap", from: state.lostAt, to: now(), accounts: [account], reason: "terminated" });
            state.lostAt = undefined;
          }
          return true;
        } catch (error) {
          // The connection's end is run()'s to report; anything else the caller sees, then a retry.
          if (!conn.isOpen() || stop.signal.aborted) return false;
          queue.push({ type: "error", error: error as Error, account });
          await sleep(delay(attempt), stop.signal);
        }
      }
      return false;
    } finally {
      state.busy = false;
    }
  }

  function onFrame(frame: ConnectionFrame): void {
    if (frame.kind === "malformed") {
      queue.push({ type: "malformed", frame: frame.text.slice(0, 200), error: frame.error });
    } else if (frame.kind === "shutdown") {
      endReason ??= "serverShutdown";
      connection?.close();
    } else {
      const state = bySubscription.get(frame.subscriptionId);
      if (!state) {
        const error = new MalformedFrameError(`unknown subscription ${frame.subscriptionId}`);
        queue.push({ type: "malformed", frame: frame.text.slice(0, 200), error });
        return;
      }
      const { event, subscriptionId } = frame;
      queue.push({ type: "event", known: isKnownEventType(event.e), account: state.account, subscriptionId, event } as EventMessage);
      if (event.e === "eventStreamTerminated") terminated(state, subscriptionId);
    }
  }

  /** A subscription ended on its own (its token expired): subscribe the account again, then report the gap. */
  function terminated(state: AccountState, subscriptionId: number): void {
    bySubscription.delete(subscriptionId);
    if (stop.signal.aborted || state.subscriptionId !== subscriptionId) return;
    state.subscriptionId = undefined;
    state.lostAt ??= now();
    if (!state.busy && connection?.isOpen()) void subscribe(connection, state, false);
  }

  /** Every checkIntervalMs: renew tokens near their deadline, leave a connection near its 24 hours. */
  function check(): void {
    const conn = connection;
    if (!conn?.isOpen() || stop.signal.aborted) return;
    const time = now();
    if (time - connectedAt >= CONNECTION_LIFETIME_MS - renewBeforeMs) {
      endReason ??= "connectionLimit";
      conn.close();
      return;
    }
    for (const state of states) {
      if (!state.busy && state.subscriptionId !== undefined && state.expiresAt !== undefined && time >= state.expiresAt - renewBeforeMs) {
        void subscribe(conn, state, true);
      }
    }
  }

  async function run(): Promise<void> {
    let attempt = 0;
    let subscribedOnce = false;
    let lost: { from: number; reason: GapReason } | undefined;
    while (!stop.signal.aborted) {
      let reason: GapReason;
      try {
        const conn = await openConnection(options.WebSocket ?? (await defaultWebSocket()), url, onFrame, stop.signal);
        if (stop.signal.aborted) {
          conn.close();
          break;
        }
        connection = conn;
        connectedAt = now();
        endReason = undefined;
        bySubscription.clear();
        for (const state of states) Object.assign(state, { subscriptionId: undefined, expiresAt: undefined, lostAt: undefined });
        const all = Promise.all(states.map((state) => subscribe(conn, state, false))).then((done) => done.every(Boolean));
        if (await Promise.race([all, conn.ended.then(() => false)])) {
          attempt = 0;
          subscribedOnce = true;
          if (lost) queue.push({ type: "gap", from: lost.from, to: now(), accounts: [...accounts], reason: lost.reason });
          lost = undefined;
        }
        const end = await conn.ended;
        reason = endReason ?? (end === "closed" && now() - connectedAt >= CONNECTION_LIFETIME_MS - renewBeforeMs ? "connectionLimit" : end);
      } catch (error) {
        if (stop.signal.aborted) break;
        queue.push({ type: "error", error: error as Error });
        reason = "error";
      }
      connection = undefined;
      if (stop.signal.aborted) break;
      if (subscribedOnce) lost ??= { from: now(), reason };
      await sleep(delay(attempt++), stop.signal);
    }
    queue.end();
  }

  // An already aborted signal: no connection, no token, an empty iteration.
  if (signal?.aborted) stop.abort();
  const running = run();
  const timer = setInterval(check, checkIntervalMs);
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      stop.abort();
      clearInterval(timer);
      const conn = connection;
      if (conn?.isOpen()) {
        // Unsubscribe every subscription (no subscriptionId: all of them), then close.
        await Promise.race([conn.request("userDataStream.unsubscribe").catch(() => undefined), conn.ended]);
        conn.close();
        await conn.ended;
      }
      await running;
    })();
    return closing;
  };
  if (signal?.aborted) void close();
  else signal?.addEventListener("abort", () => void close(), { once: true });

  return {
    close,
    [Symbol.asyncIterator]() {
      return {
        next: () => queue.next(),
        async return() {
          await close();
          return { value: undefined, done: true };
        },
      };
    },
  };
}
