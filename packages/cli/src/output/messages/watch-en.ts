// The sentences of `sapi-kit margin watch`, in English.
import type { GapReason, WatchCatalog, WatchedAccount } from "./watch-catalog.js";

const accountName = (account: WatchedAccount) => (account.type === "cross" ? "the cross margin account" : `the isolated ${account.symbol} margin account`);

const GAP_REASONS: Record<GapReason, string> = {
  closed: "the connection closed",
  error: "the connection failed",
  serverShutdown: "the server announced a shutdown",
  connectionLimit: "the connection reached its 24-hour limit",
  terminated: "the subscription ended (eventStreamTerminated)",
};

export const watchEn: WatchCatalog = {
  help: `Usage: sapi-kit margin watch [--isolated --symbol SYMBOL ...] [--cross] [options]

Print a margin account's user data events as they arrive, one line each: every order's
executionReport and every order list's listStatus (WebSocket API, listenToken subscription).
Tokens come from POST /sapi/v1/userListenToken and are renewed before they expire; after a lost
connection the watch reconnects, subscribes again and says from when to when it saw nothing.

Options:
  --isolated                      isolated margin accounts, one per --symbol (default: the
                                  cross margin account)
  --symbol SYMBOL                 an isolated account's symbol; repeat it to watch several
                                  (needs --isolated)
  --cross                         the cross margin account as well (with --isolated)
  --validity MS                   each token's lifetime, 60000..86400000 ms (default: 24 hours);
                                  renewed 5 minutes before it ends (halfway through a shorter one)
  --stream-url URL                the WebSocket API (default: BINANCE_STREAM_URL, else the
                                  sandbox's own when the base URL is a loopback one, else
                                  wss://ws-api.binance.com:443/ws-api/v3)
  --base-url URL                  API base URL, where tokens come from (default:
                                  BINANCE_BASE_URL, else https://api.binance.com)
  --sandbox                       an embedded loopback sandbox and its stream (no account, no
                                  real funds; not with --base-url or --stream-url)
  --json                          one JSON object per line on stdout: each event as Binance
                                  sent it; everything else on stderr, in words
  --lang en|zh-CN                 language of messages (default en)
  -h, --help                      show this help

Credentials (environment, not needed with --sandbox):
  BINANCE_API_KEY and BINANCE_API_SECRET (HMAC), or BINANCE_PRIVATE_KEY_FILE (RSA / Ed25519, PEM PKCS#8)

Without --json, subscriptions, renewals and gaps are lines of their own on stdout; malformed
frames and failures go to stderr (the watch carries on). Ctrl-C, SIGTERM or SIGHUP stop it: it
unsubscribes and closes the connection.
Exit codes: 0 stopped, 2 usage error, 3 Binance refused the first subscription (e.g. a bad API
key), 7 the WebSocket API or the API could not be reached before the first subscription,
1 other failure. After the first subscription, failures are reported and retried.
`,
  account: (account) => (account.type === "cross" ? "[cross]" : `[isolated ${account.symbol}]`),
  order: (o) =>
    `${o.symbol} ${o.orderListId === undefined ? "order" : "leg"} #${o.orderId} ${o.type} ${o.side} ${o.quantity}` +
    `${o.price === undefined ? "" : ` @ ${o.price}`}${o.stopPrice === undefined ? "" : ` stop ${o.stopPrice}`} ${o.status}` +
    `${o.executionType === undefined ? "" : ` (${o.executionType})`}` +
    `${o.fill === undefined ? "" : o.fill.whole ? ` at ${o.fill.price}` : ` ${o.fill.quantity} at ${o.fill.price} (executed ${o.fill.executed})`}` +
    `${o.executed === undefined ? "" : ` (executed ${o.executed})`}${o.reason === undefined ? "" : ` (${o.reason})`}` +
    `${o.orderListId === undefined ? "" : `; list ${o.orderListId}`}`,
  list: (l) => `${l.symbol} list ${l.orderListId} ${l.contingencyType} ${l.listOrderStatus} (${l.listStatusType}, ${l.listClientOrderId})`,
  terminated: "eventStreamTerminated: the subscription ended (its token expired, or it was unsubscribed)",
  balances: (balances) => `balances: ${balances.map((b) => `${b.asset} ${b.free} free, ${b.locked} locked`).join("; ")}`,
  balanceUpdate: (asset, delta) => `balance of ${asset} changed by ${delta}`,
  otherEvent: (type, json) => `event ${type}: ${json}`,
  connecting: (baseUrl, streamUrl) => `→ tokens from ${baseUrl}, events from ${streamUrl}`,
  subscribed: (account, id, expires, renewal) =>
    renewal
      ? `Renewed: ${accountName(account)}'s subscription ${id} now runs until ${expires}.`
      : `Watching ${accountName(account)} (subscription ${id}, token valid until ${expires}; renewed before then).`,
  gap: (from, to, accounts, reason, commands) =>
    `No events from ${from} to ${to} for ${accounts.map(accountName).join(" and ")} (${GAP_REASONS[reason]}); subscribed again. ` +
    `What changed in between was not seen: reconcile with ${commands.map((c) => `\`${c}\``).join(", ")}.`,
  malformed: (path, frame) =>
    `Skipped a malformed frame (${path === undefined ? "not a readable JSON event" : `an integer beyond 2^53 at ${path} cannot be read exactly`}): ${frame}`,
  notReached: (origin) => `${origin} could not be reached`,
  retrying: (detail, account) => `${account === undefined ? "The stream" : `The stream of ${accountName(account)}`} failed: ${detail}. Retrying.`,
  connectionLost: "the connection closed before the WebSocket API answered",
  binanceError: (code, msg) => `Binance refused it (code ${code}): ${msg}`,
  stopped: "Stopped watching: unsubscribed and disconnected.",
  badStreamUrl: (source, v) => `${source} "${v}" is not a ws(s) URL.`,
  streamUrlCredentials: (source) => `${source} must not contain a user name or password (user:password@) or a fragment (#...).`,
  sandboxWithStreamUrl: "--sandbox starts its own sandbox and stream and would ignore --stream-url: give one of them.",
  symbolWithoutIsolated: "--symbol names an isolated margin account: add --isolated (the cross margin account needs no symbol).",
  validityTooShort: (min) => `--validity must be at least ${min} (one minute) for a watch: it renews each token before it ends.`,
  isolatedWithoutSymbol: "--isolated needs --symbol: the isolated account's symbol (repeat --symbol for several).",
};
