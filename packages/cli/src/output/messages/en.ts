// Every sentence the CLI prints, in English.
import type { StopSignal } from "../io.js";
import type { Catalog, TradeAction, TradeRef } from "./catalog.js";
import { accountOf } from "./margin-account.js";
import { mediaType } from "./media-type.js";
import { lookupOf } from "./trade-lookup.js";
import { watchEn } from "./watch-en.js";

const EN_NOUNS: Record<TradeAction | "query", string> = {
  "cancel-oco": "cancel",
  "cancel-order": "order cancel",
  "cancel-all": "cancel of all open orders",
  "place-oco": "new OCO",
  "place-oto": "new OTO",
  "place-otoco": "new OTOCO",
  query: "query",
};
const enNoun = (action: TradeAction | "query") => EN_NOUNS[action];
/** What to check before retrying, and Binance's name for the read that shows it. */
const EN_CHECKED: Record<TradeRef["kind"], { what: (ref: TradeRef) => string; page: string }> = {
  "order-list": { what: () => "the order list", page: "Query Margin Account's OCO" },
  order: { what: () => "the order", page: "Query Margin Account's Order" },
  "open-orders": { what: (ref) => `the open orders on ${ref.symbol}`, page: "Query Margin Account's Open Orders" },
};
/** How the user stopped the command: Ctrl-C, or the signal by name. */
const stoppedBy = (signal: StopSignal) => (signal === "SIGINT" ? "Ctrl-C" : signal);

export const en: Catalog = {
  help: `Usage: sapi-kit margin cancel-oco --symbol SYMBOL (--order-list-id N | --list-client-order-id ID) [options]

Cancel an entire margin OCO order list (Binance DELETE /sapi/v1/margin/orderList).
Canceling any one order of the list cancels the entire OCO.

Options:
  --symbol SYMBOL                 trading pair, e.g. LTCBTC (required)
  --order-list-id N               id of the order list to cancel
  --list-client-order-id ID       client id of the order list to cancel
                                  (give exactly one of the two ids)
  --isolated                      the OCO is on an isolated margin account
  --recv-window MS                request validity window, 1..60000 ms
  --new-client-order-id ID        id for this cancel (not the cancelled order's id)
  --base-url URL                  API base URL (default: BINANCE_BASE_URL, else
                                  https://api.binance.com)
  --sandbox                       run against an embedded loopback sandbox seeded
                                  with a demo OCO (no account, no real funds;
                                  not with --base-url)
  --json                          print the raw JSON response
  --lang en|zh-CN                 language of messages (default en)
  -h, --help                      show this help

Environment:
  BINANCE_API_KEY                 API key (required unless --sandbox)
  BINANCE_API_SECRET              HMAC secret, or
  BINANCE_PRIVATE_KEY_FILE        path to an RSA or Ed25519 private key (PEM, PKCS#8)
  BINANCE_BASE_URL                API base URL when --base-url is not given

Exit codes: 0 cancelled, 2 usage error, 3 Binance rejected the request,
4 outcome unknown (reconcile before retrying), 5 rate limited or banned,
6 executed but the response could not be read (reconcile, do not resend),
7 not sent (the server could not be reached; nothing executed, safe to retry),
130 / 143 / 129 interrupted by Ctrl-C / SIGTERM / SIGHUP (outcome unknown if the
request was sent), 1 other failure.

Other commands:
  sapi-kit demo                   start the sandbox, place a demo OCO and cancel it
`,
  usageHint: (command) => `Run \`sapi-kit ${command === undefined ? "" : `${command} `}--help\` for usage.`,
  unknownOption: (o) => `Unknown option ${o}.`,
  unknownCommand: (c) => `Unknown command "${c}".`,
  missingValue: (o) => `Option ${o} needs a value.`,
  badLocale: (v) => `Unsupported language "${v}"; use en or zh-CN.`,
  idRequired: "Give --order-list-id or --list-client-order-id: the order list to cancel.",
  bothIds: "Give only one of --order-list-id and --list-client-order-id, not both.",
  badInteger: (o, v) => `${o} must be a whole number, got "${v}".`,
  unsafeInteger: (o) =>
    `${o} is larger than 9007199254740991 and cannot be sent exactly; cancel by --list-client-order-id instead.`,
  badBaseUrl: (source, v) => `${source} "${v}" is not an http(s) URL.`,
  baseUrlCredentials: (source) =>
    `${source} must not contain a user name or password (user:password@); credentials come from BINANCE_API_KEY and BINANCE_API_SECRET or BINANCE_PRIVATE_KEY_FILE.`,
  baseUrlExtras: (source) => `${source} must not contain a query (?...) or a fragment (#...): give only the scheme, host and path.`,
  sandboxWithBaseUrl:
    "--sandbox starts its own sandbox and would ignore --base-url: give one of them (for a running `sapi-kit sandbox`, its URL with --base-url or BINANCE_BASE_URL).",
  badSymbol: (v) =>
    `--symbol "${v}" is not a symbol: use 1 to 50 upper-case letters or digits (also _ . -), e.g. LTCBTC.`,
  flagTakesNoValue: (o) => `${o} is a switch and takes no value: write ${o} alone (or leave it out).`,
  emptyString: (o) => `${o} must not be empty.`,
  missingApiKey: "Set BINANCE_API_KEY (or use --sandbox to try it without an account).",
  badApiKey: "BINANCE_API_KEY must be printable ASCII without spaces or control characters.",
  missingSecret: "Set BINANCE_API_SECRET (HMAC) or BINANCE_PRIVATE_KEY_FILE (RSA / Ed25519).",
  bothSecrets: "Set only one of BINANCE_API_SECRET and BINANCE_PRIVATE_KEY_FILE.",
  unreadableKeyFile: (p, r) => `Cannot read BINANCE_PRIVATE_KEY_FILE "${p}": ${r}.`,
  fsReason: (code) =>
    code === "ENOENT"
      ? "no such file"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "NOT_A_FILE"
            ? "it is not a regular file (a FIFO, socket or device); give the path of the key file itself"
            : `read failed${code ? ` (${code})` : ""}`,
  unusableKeyFile: (p) =>
    `The credentials were refused before sending: BINANCE_PRIVATE_KEY_FILE "${p}" is not an unencrypted PKCS#8 RSA or Ed25519 private key (PEM). Convert one with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem`,
  badCredentials: "The credentials were refused before sending: check BINANCE_API_KEY and BINANCE_API_SECRET.",
  sandboxStarted: (u) => `Sandbox (loopback test server, not an exchange) listening at ${u}`,
  sendingTo: (u) => `→ sending to ${u}`,
  colon: ": ",
  cancelled: (id, s, iso) => `Cancelled OCO order list ${id} on ${s} (${iso ? "isolated" : "cross"} margin)`,
  listStatus: "list status",
  listClientOrderId: "list client order id",
  transactionTime: "transaction time",
  legs: "orders",
  usage: "rate-limit usage",
  legsUsage: "rate-limit usage of the order queries",
  binanceRejected: (action, code, msg, status) =>
    `Binance rejected the ${enNoun(action)} (HTTP ${status}, code ${code}): ${msg}`,
  unreadableReason: (r) => {
    switch (r.kind) {
      case "empty":
        return "the body is empty";
      case "not-json":
        return `the body is not valid JSON (${mediaType(r.contentType) ?? "no content type"})`;
      case "not-object":
        return "the body is not a JSON object";
      case "not-array":
        return "the body is not a JSON array";
      case "missing-field":
        return `field ${r.field} is missing or malformed`;
      case "unsafe-integer":
        return `an integer beyond 2^53 at ${r.path} cannot be read exactly`;
      case "not-binance-error":
        return "the body is not a Binance error object {code, msg}";
      case "not-received":
        return "the body was cut off before it arrived in full";
      case "redirect":
        return "the server answered with a redirect, which is never followed";
    }
  },
  executedUnreadable: (action, status, reason, ref) =>
    `The ${enNoun(action)} was EXECUTED (HTTP ${status}), but its response could not be read: ${reason}. Do not send it again. ${en.howToCheck(ref)}`,
  rejectedUnreadable: (action, status, reason) =>
    `The ${enNoun(action)} was refused (HTTP ${status}) by Binance or by something in front of it, with a body that is not a Binance error: ${reason}. It was not executed: ${action.startsWith("cancel") ? "nothing was cancelled" : "nothing was placed"}.`,
  networkFailure: "network failure",
  httpStatus: (status, code) => `HTTP ${status}${code === undefined ? "" : `, code ${code}`}`,
  unknownStatus: (action, d, ref) =>
    `The ${enNoun(action)}'s outcome is UNKNOWN (${d}). It may or may not have been executed: check ${EN_CHECKED[ref.kind].what(ref)} before retrying. ${en.howToCheck(ref)}`,
  interrupted: (action, ref, by) =>
    `Interrupted (${stoppedBy(by)}) while the ${enNoun(action)} was in flight: its outcome is UNKNOWN. It may or may not have been executed: check ${EN_CHECKED[ref.kind].what(ref)} before retrying. ${en.howToCheck(ref)}`,
  interruptedBeforeSending: (action, by) =>
    `Interrupted (${stoppedBy(by)}) before the ${enNoun(action)} was sent: nothing was sent, so nothing executed (NOT SENT); it is safe to run it again.`,
  notSent: (action, origin) =>
    `The ${enNoun(action)} was NOT SENT: ${origin} could not be reached (nothing was sent, so nothing executed; safe to retry). Check where it went: --base-url, else BINANCE_BASE_URL, else https://api.binance.com; for a sandbox, is it running, and is that the URL it printed?`,
  queryFailed: (d) => `The query failed (${d}). A query changes nothing: it is safe to run it again.`,
  queryUnreadable: (status, reason) =>
    `The query's response (HTTP ${status}) could not be read: ${reason}. A query changes nothing: it is safe to run it again.`,
  queryInterrupted: (by) => `Interrupted (${stoppedBy(by)}): the query was abandoned. A query changes nothing.`,
  howToCheck: (ref) => {
    const { path, parameters, command } = lookupOf(ref);
    const { what, page } = EN_CHECKED[ref.kind];
    return `To check, query ${what(ref)}: GET ${path} with ${parameters} (Binance "${page}"; with this CLI: ${command}), or look at it in your Binance account.`;
  },
  rateLimited: (status, r) =>
    status === 418
      ? `Banned for ignoring rate limits (HTTP 418). Retry after ${r} s.`
      : `Rate limited (HTTP 429). Retry after ${r} s.`,
  unexpected: (m) => `Unexpected failure: ${m}`,
  summary: {
    "place-oco": "Place a margin OCO order list: a LIMIT_MAKER order and a stop order on one side (POST /sapi/v1/margin/order/oco).",
    "place-oto": "Place a margin OTO order list: a working order that, once filled, places a pending order (POST /sapi/v1/margin/order/oto).",
    "place-otoco":
      "Place a margin OTOCO order list: a working order that, once filled, places an OCO pair (POST /sapi/v1/margin/order/otoco).",
    "get-order-list":
      "Show one margin order list, by id or client id, with each order's status, price and executed quantity (GET /sapi/v1/margin/orderList, then GET /sapi/v1/margin/order per order).",
    "list-order-lists": "List a margin account's order lists, open or not (GET /sapi/v1/margin/allOrderList).",
    "list-open-order-lists": "List a margin account's open order lists (GET /sapi/v1/margin/openOrderList).",
    "cancel-oco": "Cancel an entire margin OCO order list (DELETE /sapi/v1/margin/orderList).",
    "get-order": "Show one margin order with its status, price and executed quantity (GET /sapi/v1/margin/order).",
    "list-open-orders": "List a margin account's open orders, on one symbol or all (GET /sapi/v1/margin/openOrders).",
    "list-orders": "List a margin account's orders on a symbol, open or not (GET /sapi/v1/margin/allOrders).",
    "list-trades": "List a margin account's trades on a symbol: price, quantity, commission (GET /sapi/v1/margin/myTrades).",
    "cancel-order":
      "Cancel one margin order; a leg of an order list cancels the whole list (DELETE /sapi/v1/margin/order).",
    "cancel-all": "Cancel every open order and order list of the account on a symbol (DELETE /sapi/v1/margin/openOrders).",
    "create-listen-token":
      "Create a listenToken for a margin account's user data stream, valid up to 24 hours (POST /sapi/v1/userListenToken).",
  },
  overview: `Usage: sapi-kit <command> [options]

Margin order lists and orders on Binance (or on a loopback sandbox), one command per API operation:
  sapi-kit margin place-oco              place an OCO order list
  sapi-kit margin place-oto              place an OTO order list
  sapi-kit margin place-otoco            place an OTOCO order list
  sapi-kit margin get-order-list         show one order list
  sapi-kit margin list-order-lists       list order lists, open or not
  sapi-kit margin list-open-order-lists  list open order lists
  sapi-kit margin cancel-oco             cancel an order list
  sapi-kit margin get-order              show one order: status, price, executed quantity
  sapi-kit margin list-open-orders       list open orders
  sapi-kit margin list-orders            list orders on a symbol, open or not
  sapi-kit margin list-trades            list trades on a symbol
  sapi-kit margin cancel-order           cancel an order (a leg cancels its whole list)
  sapi-kit margin cancel-all             cancel every open order and list on a symbol
  sapi-kit margin create-listen-token    create a listenToken for the user data stream
  sapi-kit margin watch                  print the account's order and list events as they arrive

  sapi-kit sandbox [--port N]            run the sandbox as a server for any client
  sapi-kit demo                          the whole order-list lifecycle on the sandbox

Run \`sapi-kit margin <command> --help\` (or \`sapi-kit sandbox --help\`) for a command's options.
Credentials come from BINANCE_API_KEY and BINANCE_API_SECRET (HMAC) or
BINANCE_PRIVATE_KEY_FILE (RSA / Ed25519, PEM PKCS#8); --sandbox needs none.
Requests go to --base-url, else BINANCE_BASE_URL, else https://api.binance.com.
Every message is in English or Chinese: --lang en|zh-CN.
`,
  usageLine: (command) => `Usage: sapi-kit margin ${command} [options]`,
  optionsHeading: "Options (from the API specification):",
  rulesHeading: "Rules (checked before anything is sent):",
  required: "required",
  decimalValue: "decimal, e.g. 0.001",
  integerValue: (min, max) =>
    `whole number${min !== undefined && max !== undefined ? ` ${min}..${max}` : min !== undefined ? ` >= ${min}` : ""}`,
  booleanValue: "true|false",
  textValue: "text",
  isolatedSwitch: (value) => `isolated margin account (sends isIsolated=${value}; default: cross margin)`,
  commonOptions: `Common options:
  --base-url URL      API base URL (default: BINANCE_BASE_URL, else https://api.binance.com)
  --sandbox           run against an embedded loopback sandbox (no account, no real funds; not with --base-url)
  --json              print the raw JSON response
  --lang en|zh-CN     language of messages (default en)
  -h, --help          show this help

Credentials (environment, not needed with --sandbox):
  BINANCE_API_KEY and BINANCE_API_SECRET (HMAC), or BINANCE_PRIVATE_KEY_FILE (RSA / Ed25519, PEM PKCS#8)`,
  placeNotes:
    "Prices and quantities are decimal strings, sent exactly as written. Without --list-client-order-id the CLI generates one\n(and prints it), so an unknown outcome can always be checked with get-order-list --orig-client-order-id.",
  queryNotes: "A query changes nothing: after a failure it is safe to run it again.",
  exitCodes: `Exit codes: 0 done, 2 usage error, 3 Binance rejected the request,
4 outcome unknown (a TRADE command: check before retrying; a query: safe to retry),
5 rate limited or banned, 6 executed but the response could not be read (check, do not resend),
7 not sent (the server could not be reached; nothing executed, safe to retry),
130 / 143 / 129 interrupted by Ctrl-C / SIGTERM / SIGHUP, 1 other failure.`,
  badDecimal: (o, v) => `${o} must be a decimal number written with digits and at most one point (e.g. 0.001), got "${v}".`,
  badEnum: (o, v, allowed) => `${o} must be one of ${allowed.join(", ")}, got "${v}".`,
  badBoolean: (o, v) => `${o} must be true or false, got "${v}".`,
  badRange: (o, v, min, max) =>
    `${o} must be a whole number${min !== undefined ? ` from ${min}` : ""}${max !== undefined ? ` to ${max}` : ""}, got "${v}".`,
  tooShort: (o, min) => `${o} must be at least ${min} characters long.`,
  tooLong: (o, max) => `${o} must be at most ${max} characters long.`,
  badPattern: (o, v, pattern) => `${o} "${v}" does not match ${pattern}.`,
  requiredOption: (o) => `${o} is required.`,
  needOneOf: (options) => `Give ${options.join(" or ")}.`,
  requires: (o, missing) => `${o} needs ${missing.join(" and ")} as well.`,
  excludes: (o, present) => `${o} cannot be combined with ${present.join(" or ")}.`,
  requiredWhen: (options, c) =>
    options.length === 1 ? `${options[0]} is required ${c}.` : `Give ${options.join(" or ")} (or both) ${c}.`,
  forbiddenWhen: (options, c) => `${options.join(" and ")} cannot be used ${c}.`,
  condition: (option, values) => {
    const account = accountOf(option, values);
    if (account === "TRUE") return "for an isolated margin account (--isolated)";
    if (account === "FALSE") return "for the cross margin account (add --isolated for an isolated one)";
    const listed = values.length === 1 ? values[0] : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;
    return `when ${option} is ${listed}`;
  },
  ruleRequires: (o, needed) => `${o} needs ${needed.join(" and ")}.`,
  ruleExcludes: (o, excluded) => `${o} excludes ${excluded.join(" and ")}.`,
  spanTooLong: (from, to, maximum) =>
    `${to} may be at most ${maximum % 3_600_000 === 0 ? `${maximum / 3_600_000} hours` : `${maximum} ms`} after ${from}.`,
  ruleRequiredOneOf: (options) => `Give ${options.join(" or ")}.`,
  noteSeparator: "; ",
  cancelNotes:
    "A cancel is never sent twice by this CLI: if its outcome is unknown (exit 4, 6 or a signal), check what it names\n(the message says how) before running it again.",
  noLegsSwitch: "one call: the list and its order ids only, without each order's state",
  legsWeight: (list, leg) => {
    const w = (value: number, type: string) => `${value} (${type})`;
    const examples = list.type === leg.type ? `, e.g. ${w(list.value + 2 * leg.value, leg.type)} for an OCO and ${w(list.value + 3 * leg.value, leg.type)} for an OTOCO` : "";
    return `Each order's status, price and executed quantity come from one more query per order (GET /sapi/v1/margin/order):\nweight ${w(list.value, list.type)} for the list plus ${w(leg.value, leg.type)} per order${examples}.\n--no-legs makes the single call (weight ${w(list.value, list.type)}); so does --json, which prints the list's own answer.`;
  },
  placed: (l) =>
    `Placed ${l.contingencyType} order list ${l.orderListId} on ${l.symbol} (${l.isolated ? "isolated" : "cross"} margin): ${l.listStatusType} / ${l.listOrderStatus}`,
  orderList: (l) =>
    `${l.contingencyType} order list ${l.orderListId} on ${l.symbol}${l.isolated === undefined ? "" : ` (${l.isolated ? "isolated" : "cross"} margin)`}: ${l.listStatusType} / ${l.listOrderStatus}`,
  clientId: "client id",
  pending: "not yet placed",
  orderLine: (o) =>
    `#${o.orderId} ${o.type} ${o.side}${o.price === undefined ? "" : ` @ ${o.price}`}${o.stopPrice === undefined ? "" : ` stop ${o.stopPrice}`}  ${o.status}  executed ${o.executedQty} of ${o.origQty}${o.quoteQty === undefined ? "" : ` (quote ${o.quoteQty})`}${o.orderListId === undefined ? "" : `  list ${o.orderListId}`}  (${o.clientOrderId})`,
  orderHeadline: (id, s, iso, status) => `Order #${id} on ${s}${iso === undefined ? "" : ` (${iso ? "isolated" : "cross"} margin)`}: ${status}`,
  updated: "updated",
  noOrders: "No orders.",
  orderCount: (n) => `${n} order${n === 1 ? "" : "s"}`,
  legNotRead: (id, clientId) => `#${id} (${clientId}): its state could not be read (see the message below)`,
  legFailed: (id) => `Order #${id}: `,
  cancelledOrder: (id, s, iso, status) => `Cancelled order #${id} on ${s} (${iso ? "isolated" : "cross"} margin): ${status}`,
  cancelledWholeList: "The order was a leg of an order list: Binance cancelled the whole list.",
  cancelClientId: (id) => `client id of this cancel: ${id}`,
  cancelledAll: (s, iso, orders, lists) =>
    orders + lists === 0
      ? `Nothing was open on ${s} (${iso ? "isolated" : "cross"} margin).`
      : `Cancelled on ${s} (${iso ? "isolated" : "cross"} margin): ${orders} order${orders === 1 ? "" : "s"}, ${lists} order list${lists === 1 ? "" : "s"}`,
  tradeLine: (t) =>
    `#${t.id} order #${t.orderId} ${t.isBuyer ? "BUY (buyer)" : "SELL (seller)"}, ${t.isMaker ? "maker" : "taker"}: ${t.qty} @ ${t.price}${t.quoteQty === undefined ? "" : ` = ${t.quoteQty}`}  commission ${t.commission} ${t.commissionAsset}  ${t.time}`,
  tradeCount: (n, s) => `${n} trade${n === 1 ? "" : "s"} on ${s}`,
  noTrades: "No trades.",
  noOrderLists: "No order lists.",
  orderListCount: (n) => `${n} order list${n === 1 ? "" : "s"}`,
  generatedClientId: (id) => `No --list-client-order-id given: sending listClientOrderId=${id} so the list can be found whatever happens.`,
  sandboxDemoSeeded: (id, orders) => `(the sandbox was seeded with demo OCO order list ${id}, orders ${orders.map((o) => `#${o}`).join(" and ")})`,
  sandboxServer: (u) => `sapi-kit sandbox: a loopback Binance-compatible test server (not an exchange) at ${u}`,
  sandboxCredentialsHeading:
    "Throwaway credentials, a fresh account for each key type. Paste one block into your shell and the next\nsapi-kit command (or docs sample) goes to this sandbox:",
  sandboxEd25519Note: "(its private key, in that file, is also printed below)",
  sandboxHelp: `Usage: sapi-kit sandbox [--port N] [--lang en|zh-CN]

Run the sandbox as a standalone loopback server (127.0.0.1 only) for clients in any language:
the /sapi/v1/margin order and order-list endpoints, POST /sapi/v1/userListenToken,
GET /api/v3/time, GET /api/v3/exchangeInfo and the WebSocket API at ws://.../ws-api/v3 (user
data stream subscriptions and events), answering as Binance does, plus sandbox-only routes that
move a symbol's price and the sandbox clock. Not an exchange: no real funds.

It prints its URL and a throwaway HMAC-SHA256 and Ed25519 account as shell lines
(export BINANCE_BASE_URL=..., BINANCE_API_KEY=..., BINANCE_API_SECRET=... or
BINANCE_PRIVATE_KEY_FILE=...): paste one block and the next sapi-kit command goes to the sandbox.

Options:
  --port N            port on 127.0.0.1, 0 to 65535 (default 0: a free port)
  --lang en|zh-CN     language of messages (default en)
  -h, --help          show this help

Ctrl-C, SIGTERM, SIGHUP or a closed stdout stop it cleanly (its temporary key file is removed).
Exit codes: 0 stopped, 2 usage error (bad option, port in use), 1 other failure.
`,
  demoHelp: `Usage: sapi-kit demo [--lang en|zh-CN]

Run the margin order-list lifecycle on a loopback sandbox, over REST, every step a sapi-kit
command: an OCO whose take-profit fills when the price moves (which order filled, at what price,
and the trade it made); then an OTOCO and an OTO whose working orders fill, leaving an open OCO
pair and a single open order, which one cancel-all sweeps. Beside the steps, sapi-kit margin watch
follows each account's user data stream and shows the events each step caused: the OCO's fill,
the OTOCO's pending pair going live. No account needed.

Options:
  --lang en|zh-CN     language of messages (default en)
  -h, --help          show this help

Exit codes: 0 every step worked and every list ended, 2 usage error, 1 otherwise.
`,
  sandboxSecretWarning:
    "These keys only work on this sandbox and die with it. They are printed on purpose; never print a real Binance secret.",
  sandboxAdminHeading: "Sandbox-only routes (no key, loopback clients only; Binance has no such routes):",
  adminRoute: (method, path) =>
    path.endsWith("/price")
      ? method === "POST"
        ? "JSON {symbol, price}: move a symbol's last price; open lists fill, trigger and expire"
        : "?symbol=...: read a symbol's last price"
      : path.endsWith("/symbols")
        ? "the symbol table: filters and last prices"
        : path.endsWith("/clock")
          ? "JSON {advanceMs}: move the sandbox clock forward; tokens and streams expire on it"
          : "",
  sandboxAdminExample: (u) =>
    `For example: curl -X POST '${u}/sandbox/v1/price' -H 'Content-Type: application/json' -d '{"symbol":"BTCUSDT","price":"61000"}'`,
  sandboxTryIt: (streamUrl) =>
    `Point any client at the URL: the /sapi/v1/margin order and order-list endpoints, POST /sapi/v1/userListenToken,\nGET /api/v3/time and GET /api/v3/exchangeInfo; the WebSocket API (user data stream) at ${streamUrl}.\nFor example, after pasting a block: sapi-kit margin list-open-order-lists`,
  sandboxStopHint: "Press Ctrl-C to stop.",
  sandboxStopped: "Sandbox stopped.",
  badPort: (v) => `--port must be a whole number from 0 to 65535, got "${v}".`,
  portInUse: (p) => `Port ${p} is already in use on 127.0.0.1: choose another with --port, or --port 0 for a free one.`,
  demoTitle: "sapi-kit demo: the margin order-list lifecycle on a loopback sandbox, over REST, watched on the user data stream",
  demoStep: (n, title) => `${n}. ${title}`,
  demoOcoTitle: "An OCO: the price moves through its take-profit; which order filled, at what price, and its trade",
  demoOtocoTitle: "An OTOCO and an OTO: their working orders fill when the price moves, their pending orders go live",
  demoPriceMoved: (s, p) => `The sandbox's last price of ${s} moves to ${p}`,
  demoStopWatchNote: "   # Ctrl-C for the watch: it unsubscribes and exits",
  demoOpenOrders: "Open now: the OTOCO's pending pair (an open OCO) and the OTO's pending order, a single open order:",
  demoCancelAllTitle: "One cancel-all sweeps the symbol: the OTOCO's open pair and the OTO's remaining order",
  demoDone: "Done: every order list ended (ALL_DONE) and nothing is left open; the stream showed each change as it happened.",
  demoFailed: (what) => `The demo stopped: ${what}`,
  listenTokenCreated: (account, expires, ms) =>
    `listenToken for the ${account.isolated ? `isolated ${account.symbol}` : "cross"} margin account, valid until ${expires} (expirationTime ${ms})`,
  listenTokenMasked: (prefix) => `Token: ${prefix}… (the whole token only with --json: it gives access to the account's events)`,
  watch: watchEn,
};
