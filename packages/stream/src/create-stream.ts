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
  /**
   * The connection a token request or subscribe is under way on. A retry
   * still sleeping on a lost connection must not mark the account idle while
   * the next connection subscribes it.
   */
  busy: WsApiConnection | undefined;
  /** Since when and why its events may be missing (a lost connection, an ended subscription), until it is subscribed again. */
  lost: Loss | undefined;
  /** Whether it was ever subscribed: only then can it have missed events. */
  subscribedOnce: boolean;
}

/** One loss: every account it hit shares this object, so that they are reported in one gap. */
interface Loss {
  from: number;
  reason: GapReason;
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
  const states: AccountState[] = accounts.map((account) => ({ account, subscriptionId: undefined, expiresAt: undefined, busy: undefined, lost: undefined, subscribedOnce: false }));
  const bySubscription = new Map<number, AccountState>();
  let connection: WsApiConnection | undefined;
  let connectedAt = 0;
  /** Why the stream itself closed the current connection (a shutdown notice, the 24-hour limit). */
  let endReason: GapReason | undefined;

  /**
   * Creates a token and subscribes `state`'s account on `conn`, retrying
   * with backoff while `conn` is open. `firstTried`, when given (a new
   * connection), is called once the first attempt is over, and the gap of a
   * first-attempt success is left to run(), which reports the accounts of
   * one loss together; any later success reports its own.
   */
  async function subscribe(conn: WsApiConnection, state: AccountState, renewal: boolean, firstTried?: () => void): Promise<void> {
    const { account } = state;
    state.busy = conn;
    try {
      for (let attempt = 0; conn.isOpen() && !stop.signal.aborted; attempt++) {
        try {
          const listenToken = await createListenToken(client, account, validityMs);
          const result = await conn.request("userDataStream.subscribe.listenToken", { listenToken });
          const { subscriptionId, expirationTime } = result;
          if (!Number.isSafeInteger(subscriptionId) || typeof expirationTime !== "number") {
            throw new MalformedFrameError("bad subscribe answer");
          }
          const id = subscriptionId as number;
          state.subscriptionId = id;
          state.expiresAt = expirationMs(expirationTime);
          bySubscription.set(id, state);
          state.subscribedOnce = true;
          const { lost } = state;
          queue.push({ type: "subscribed", account, subscriptionId: id, expirationTime: state.expiresAt, renewal: renewal && !lost });
          if (!(firstTried && attempt === 0)) reportGaps();
          return;
        } catch (error) {
          // The connection's end is run()'s to report; anything else the caller sees, then a retry.
          if (!conn.isOpen() || stop.signal.aborted) return;
          queue.push({ type: "error", error: error as Error, account });
          firstTried?.();
          await sleep(delay(attempt), stop.signal);
        }
      }
    } finally {
      if (state.busy === conn) state.busy = undefined;
      firstTried?.();
    }
  }

  /**
   * The connection is lost: every account that was ever subscribed shares one
   * loss, from the earliest moment any of them was lost (a subscription that
   * ended first, a connection that failed before), for the first
   * connection-level reason (a later failed reconnection does not replace it).
   */
  function lose(reason: GapReason): void {
    const previous = states.flatMap((state) => (state.lost ? [state.lost] : []));
    const from = Math.min(now(), ...previous.map((loss) => loss.from));
    const loss: Loss = { from, reason: previous.find((earlier) => earlier.reason !== "terminated")?.reason ?? reason };
    for (const state of states) if (state.subscribedOnce || state.lost) state.lost = loss;
  }

  /** One gap per loss, for the accounts subscribed again since it. */
  function reportGaps(): void {
    const gaps = new Map<Loss, StreamAccount[]>();
    for (const state of states) {
      if (!state.lost || state.subscriptionId === undefined) continue;
      gaps.set(state.lost, [...(gaps.get(state.lost) ?? []), state.account]);
      state.lost = undefined;
    }
    const to = now();
    for (const [{ from, reason }, lostAccounts] of gaps) queue.push({ type: "gap", from, to, accounts: lostAccounts, reason });
  }

  function onFrame(frame: ConnectionFrame, text: string): void {
    if (frame.kind === "event") {
      const { event, subscriptionId } = frame;
      const state = bySubscription.get(subscriptionId);
      if (state) {
        const ended = event.e === "eventStreamTerminated";
        // Once close() has begun, an ended subscription is the answer to its own unsubscribe: not news to the caller.
        if (!(ended && stop.signal.aborted)) {
          queue.push({ type: "event", known: isKnownEventType(event.e), account: state.account, subscriptionId, event } as EventMessage);
        }
        if (ended) terminated(state, subscriptionId);
      } else {
        queue.push({ type: "malformed", frame: text.slice(0, 200), error: new MalformedFrameError(`unknown subscription ${subscriptionId}`) });
      }
    } else if (frame.kind === "malformed") {
      queue.push({ type: "malformed", frame: text.slice(0, 200), error: frame.error });
    } else {
      endReason ??= "serverShutdown";
      connection?.close();
    }
  }

  /** A subscription ended on its own (its token expired): subscribe the account again, then report the gap. */
  function terminated(state: AccountState, subscriptionId: number): void {
    bySubscription.delete(subscriptionId);
    if (stop.signal.aborted || state.subscriptionId !== subscriptionId) return;
    state.subscriptionId = undefined;
    state.lost ??= { from: now(), reason: "terminated" };
    if (connection?.isOpen() && state.busy !== connection) void subscribe(connection, state, false);
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
      if (state.busy !== conn && state.subscriptionId !== undefined && state.expiresAt !== undefined && time >= state.expiresAt - renewBeforeMs) {
        void subscribe(conn, state, true);
      }
    }
  }

  async function run(): Promise<void> {
    let attempt = 0;
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
        for (const state of states) state.subscriptionId = undefined;
        const firstAttempts = states.map((state) => new Promise<void>((tried) => void subscribe(conn, state, false, tried)));
        await Promise.race([Promise.all(firstAttempts), conn.ended]);
        if (conn.isOpen() && states.some((state) => state.subscriptionId !== undefined)) {
          attempt = 0;
          reportGaps();
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
      lose(reason);
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
