// The sentences of `sapi-kit margin watch` (the user data stream), in every
// language: the shape watch-en.ts and watch-zh-CN.ts follow, and the values
// the event lines are built from (already formatted: decimals trimmed).

/** A margin account the watch follows: the cross account, or one isolated account. */
export type WatchedAccount = { type: "cross" } | { type: "isolated"; symbol: string };

/** Why the stream had a gap, as the stream client reports it. */
export type GapReason = "closed" | "error" | "serverShutdown" | "connectionLimit" | "terminated";

/** One `executionReport` as a line. */
export interface StreamOrderLine {
  symbol: string;
  orderId: number;
  /** Undefined for an order outside any list (g = -1). */
  orderListId?: number;
  type: string;
  side: string;
  quantity: string;
  /** Shown unless the event is a fill; undefined when the order has no such price. */
  price?: string;
  stopPrice?: string;
  /** The order's status after the event (X). */
  status: string;
  /** The execution type (x) when it says more than the status (TRADE_PREVENTION, REPLACED...). */
  executionType?: string;
  /** A fill (x = TRADE): this fill's quantity and price, and the quantity executed so far. */
  fill?: { quantity: string; price: string; executed: string; whole: boolean };
  /** Executed so far, on an event that is not a fill, when some of the order was. */
  executed?: string;
  /** Why the order expired (eR) or was rejected (r), when Binance says. */
  reason?: string;
}

/** One `listStatus` as a line. */
export interface StreamListLine {
  symbol: string;
  orderListId: number;
  contingencyType: string;
  listStatusType: string;
  listOrderStatus: string;
  listClientOrderId: string;
}

export interface WatchCatalog {
  help: string;
  /** The account, short, as a line's prefix when the watch follows several. */
  account: (account: WatchedAccount) => string;
  order: (line: StreamOrderLine) => string;
  list: (line: StreamListLine) => string;
  terminated: string;
  balances: (balances: readonly { asset: string; free: string; locked: string }[]) => string;
  balanceUpdate: (asset: string, delta: string) => string;
  /** An event type the spec does not list (or a listed one missing its fields): its type and the event, cut short. */
  otherEvent: (type: string, json: string) => string;
  /** Where the tokens come from and the events go, on stderr before connecting. */
  connecting: (baseUrl: string, streamUrl: string) => string;
  /** `expires`: ISO time. `renewal`: a new token for a subscription that was already running. */
  subscribed: (account: WatchedAccount, subscriptionId: number, expires: string, renewal: boolean) => string;
  /** `commands`: the CLI lines that read what may have changed in the gap. */
  gap: (from: string, to: string, accounts: readonly WatchedAccount[], reason: GapReason, commands: readonly string[]) => string;
  /** `unsafeIntegerPath`: where an id beyond 2^53 was; undefined when the frame is not a readable JSON event at all. */
  malformed: (unsafeIntegerPath: string | undefined, frame: string) => string;
  /** The token's REST call could not reach the server (nothing was sent). */
  notReached: (origin: string) => string;
  /** A failure the stream retries after a pause; `account` when it concerns one account. */
  retrying: (detail: string, account?: WatchedAccount) => string;
  /** The connection closed while a request of one account (its subscribe) waited for its answer. */
  connectionLost: string;
  /** A refusal with Binance's code and message (a WebSocket API error, or the token's REST call). */
  binanceError: (code: number, msg: string) => string;
  stopped: string;
  badStreamUrl: (source: string, value: string) => string;
  streamUrlCredentials: (source: string) => string;
  sandboxWithStreamUrl: string;
  symbolWithoutIsolated: string;
  isolatedWithoutSymbol: string;
  validityTooShort: (minimum: number) => string;
}
