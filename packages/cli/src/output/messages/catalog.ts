// The shape of the CLI's message catalog (index.ts), and the values its
// sentences are built from. The validation sentences are generic over the
// spec's parameters and rules: they name options, never hard-code one
// operation's parameters.
import type { OperationCommandName, TradeCommandName } from "../../contract/operation-commands.js";
import type { UnreadableReason } from "../../transport/unreadable-reason.js";
import type { StopSignal } from "../io.js";
import type { WatchCatalog } from "./watch-catalog.js";

export type Locale = "en" | "zh-CN";
export const LOCALES: readonly Locale[] = ["en", "zh-CN"];

/** What a TRADE command does: the noun every outcome message is built around. */
export type TradeAction = TradeCommandName;

/**
 * What a TRADE call named, enough to tell the user how to look it up: an order
 * list (place, cancel-oco), one order (cancel-order), or a symbol's open
 * orders (cancel-all).
 */
export type TradeRef =
  | { kind: "order-list"; symbol: string; isolated: boolean; orderListId?: number; listClientOrderId?: string }
  | { kind: "order"; symbol: string; isolated: boolean; orderId?: number; origClientOrderId?: string }
  | { kind: "open-orders"; symbol: string; isolated: boolean };

/** What an order list looks like in a summary line (already formatted values). */
export interface ListLine {
  orderListId: number;
  contingencyType: string;
  symbol: string;
  isolated: boolean | undefined;
  listStatusType: string;
  listOrderStatus: string;
  listClientOrderId: string;
}

/** A request's weight as the spec's x-weight gives it: 10 (IP). */
export interface Weight {
  value: number;
  type: string;
}

/** One order in a summary line (already formatted values). */
export interface OrderLine {
  orderId: number | string;
  type: string;
  side: string;
  /** Undefined for an order without a limit price (Binance prints "0.00000000"). */
  price?: string;
  stopPrice?: string;
  status: string;
  executedQty: string;
  origQty: string;
  /** Undefined when Binance does not know it (a negative cummulativeQuoteQty) or did not send it. */
  quoteQty?: string;
  /** Undefined outside a list (-1) or when not sent. */
  orderListId?: number;
  clientOrderId: string;
}

/** One trade in a summary line. */
export interface TradeLine {
  id: number;
  orderId: number;
  isBuyer: boolean;
  isMaker: boolean;
  price: string;
  qty: string;
  quoteQty?: string;
  commission: string;
  commissionAsset: string;
  time: string;
}

export type Catalog = {
  // cancel-oco's own help and words (contract/command-overrides.ts), usage errors, credentials and the outcome of a signed request
  help: string;
  /** The hint after a usage error: the help of the command the user ran ("margin cancel-oco", "sandbox"), when there is one. */
  usageHint: (command?: string) => string;
  unknownOption: (option: string) => string;
  unknownCommand: (command: string) => string;
  missingValue: (option: string) => string;
  badLocale: (value: string) => string;
  idRequired: string;
  bothIds: string;
  badInteger: (option: string, value: string) => string;
  unsafeInteger: (option: string) => string;
  /** `source`: --base-url or BINANCE_BASE_URL, wherever the base URL came from. */
  badBaseUrl: (source: string, value: string) => string;
  baseUrlCredentials: (source: string) => string;
  baseUrlExtras: (source: string) => string;
  sandboxWithBaseUrl: string;
  badSymbol: (value: string) => string;
  flagTakesNoValue: (option: string) => string;
  emptyString: (option: string) => string;
  missingApiKey: string;
  badApiKey: string;
  missingSecret: string;
  bothSecrets: string;
  unreadableKeyFile: (path: string, reason: string) => string;
  fsReason: (code: string | undefined) => string;
  unusableKeyFile: (path: string) => string;
  badCredentials: string;
  sandboxStarted: (url: string) => string;
  /** Where the request goes, on stderr before it is sent. */
  sendingTo: (baseUrl: string) => string;
  /** After a full-width label in Chinese, ": " in English. */
  colon: string;
  cancelled: (id: string, symbol: string, isolated: boolean) => string;
  listStatus: string;
  listClientOrderId: string;
  transactionTime: string;
  legs: string;
  usage: string;
  /** The order queries' own counter: Binance counts /sapi IP weight per endpoint. */
  legsUsage: string;
  binanceRejected: (action: TradeAction | "query", code: number, msg: string, status: number) => string;
  unreadableReason: (reason: UnreadableReason) => string;
  executedUnreadable: (action: TradeAction, status: number, reason: string, ref: TradeRef) => string;
  rejectedUnreadable: (action: TradeAction, status: number, reason: string) => string;
  networkFailure: string;
  httpStatus: (status: number, binanceCode?: number) => string;
  unknownStatus: (action: TradeAction, detail: string, ref: TradeRef) => string;
  interrupted: (action: TradeAction, ref: TradeRef, by: StopSignal) => string;
  interruptedBeforeSending: (action: TradeAction, by: StopSignal) => string;
  /** Nothing left the machine: nothing executed, safe to run again; where it was going and how to point elsewhere. */
  notSent: (action: TradeAction | "query", origin: string) => string;
  queryFailed: (detail: string) => string;
  queryUnreadable: (status: number, reason: string) => string;
  queryInterrupted: (by: StopSignal) => string;
  howToCheck: (ref: TradeRef) => string;
  rateLimited: (status: number, retryAfter: string) => string;
  unexpected: (message: string) => string;
  // the order-list commands (place / get / list), their help, `sapi-kit sandbox` and the demo
  summary: Record<OperationCommandName, string>;
  overview: string;
  usageLine: (command: string) => string;
  optionsHeading: string;
  rulesHeading: string;
  required: string;
  decimalValue: string;
  integerValue: (minimum?: number, maximum?: number) => string;
  booleanValue: string;
  textValue: string;
  /** The `--isolated` switch, with the value it sends (`TRUE`, or `true` for the listenToken). */
  isolatedSwitch: (value: string) => string;
  commonOptions: string;
  placeNotes: string;
  queryNotes: string;
  exitCodes: string;
  badDecimal: (option: string, value: string) => string;
  badEnum: (option: string, value: string, allowed: readonly string[]) => string;
  badBoolean: (option: string, value: string) => string;
  badRange: (option: string, value: string, minimum?: number, maximum?: number) => string;
  tooShort: (option: string, minimum: number) => string;
  tooLong: (option: string, maximum: number) => string;
  badPattern: (option: string, value: string, pattern: string) => string;
  requiredOption: (option: string) => string;
  needOneOf: (options: string[]) => string;
  requires: (option: string, missing: string[]) => string;
  excludes: (option: string, present: string[]) => string;
  requiredWhen: (options: string[], condition: string) => string;
  forbiddenWhen: (options: string[], condition: string) => string;
  /** A rule's condition: "when --working-type is LIMIT", or the margin account an isIsolated value means. */
  condition: (option: string, values: readonly string[]) => string;
  ruleRequires: (option: string, needed: string[]) => string;
  ruleExcludes: (option: string, excluded: string[]) => string;
  /** A `max-span` rule, as a usage error and as a help line: `to` at most `maximum` milliseconds after `from`. */
  spanTooLong: (from: string, to: string, maximum: number) => string;
  ruleRequiredOneOf: (options: string[]) => string;
  noteSeparator: string;
  /** Help notes of a TRADE command that is not a placement (cancel-order, cancel-all). */
  cancelNotes: string;
  /** get-order-list's own switch, and what its leg queries cost (weights from the contract). */
  noLegsSwitch: string;
  legsWeight: (list: Weight, leg: Weight) => string;
  placed: (line: ListLine) => string;
  orderList: (line: ListLine) => string;
  clientId: string;
  pending: string;
  orderLine: (order: OrderLine) => string;
  orderHeadline: (orderId: number | string, symbol: string, isolated: boolean | undefined, status: string) => string;
  updated: string;
  noOrders: string;
  orderCount: (count: number) => string;
  /** A leg of get-order-list whose own query failed: the list is shown, the failure said on stderr. */
  legNotRead: (orderId: number, clientOrderId: string) => string;
  legFailed: (orderId: number) => string;
  cancelledOrder: (orderId: number | string, symbol: string, isolated: boolean, status: string) => string;
  /** The cancel-order answer for a leg of a list: Binance cancelled the whole list. */
  cancelledWholeList: string;
  cancelClientId: (cancelId: string) => string;
  cancelledAll: (symbol: string, isolated: boolean, orders: number, lists: number) => string;
  tradeLine: (trade: TradeLine) => string;
  tradeCount: (count: number, symbol: string) => string;
  noTrades: string;
  noOrderLists: string;
  orderListCount: (count: number) => string;
  generatedClientId: (id: string) => string;
  sandboxDemoSeeded: (id: number, orderIds: readonly number[]) => string;
  sandboxServer: (url: string) => string;
  sandboxCredentialsHeading: string;
  sandboxEd25519Note: string;
  sandboxHelp: string;
  demoHelp: string;
  sandboxSecretWarning: string;
  sandboxAdminHeading: string;
  /** What an admin route does, by method and path (the sandbox's own summaries are English only). */
  adminRoute: (method: string, path: string) => string;
  sandboxAdminExample: (url: string) => string;
  /** What the sandbox serves, with the WebSocket API's address. */
  sandboxTryIt: (streamUrl: string) => string;
  sandboxStopHint: string;
  sandboxStopped: string;
  badPort: (value: string) => string;
  portInUse: (port: number) => string;
  demoTitle: string;
  demoStep: (step: number, title: string) => string;
  demoOcoTitle: string;
  demoOtocoTitle: string;
  demoPriceMoved: (symbol: string, price: string) => string;
  demoOpenOrders: string;
  /** After `kill -INT %1`, the demo's stand-in for Ctrl-C on the watch running beside it. */
  demoStopWatchNote: string;
  demoCancelAllTitle: string;
  demoDone: string;
  demoFailed: (what: string) => string;
  /** create-listen-token: which account, and until when (ISO time, then Binance's milliseconds). */
  listenTokenCreated: (account: { isolated: false } | { isolated: true; symbol: string }, expires: string, expirationTime: number) => string;
  /** The token's first characters only; the whole token is a credential, printed by --json alone. */
  listenTokenMasked: (prefix: string) => string;
  /** `sapi-kit margin watch`: the user data stream's events and notices (watch-catalog.ts). */
  watch: WatchCatalog;
};
