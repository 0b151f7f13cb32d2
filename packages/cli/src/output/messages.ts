// Every sentence the CLI prints, in English and Simplified Chinese, including
// every detail inside an error (file-system reasons, why a response could not
// be read, how to check an order list). Keeping them in one table makes a
// missing translation a type error, not a surprise. Only two things are printed
// as they come: Binance's own `msg`, and the message of an unexpected error.
import type { UnreadableReason } from "../transport/unreadable-body.js";

export type Locale = "en" | "zh-CN";
export const LOCALES: readonly Locale[] = ["en", "zh-CN"];

/** What a TRADE command does: the noun every outcome message is built around. */
export type TradeAction = "cancel" | "place-oco" | "place-oto" | "place-otoco";

/** The order list a TRADE call named: enough to tell the user how to look it up. */
export interface OrderListRef {
  symbol: string;
  isolated: boolean;
  orderListId?: number;
  listClientOrderId?: string;
}

/** Query parameters of Binance's "Query Margin Account's OCO" (GET /sapi/v1/margin/orderList) for this list. */
function queryParameters(ref: OrderListRef): string {
  const id = ref.orderListId === undefined ? `origClientOrderId=${ref.listClientOrderId}` : `orderListId=${ref.orderListId}`;
  // That endpoint wants symbol for isolated margin and refuses it for cross margin.
  return ref.isolated ? `${id}, isIsolated=TRUE, symbol=${ref.symbol}` : id;
}

/** The same look-up as a command of this CLI. */
function getOrderListCommand(ref: OrderListRef): string {
  const id =
    ref.orderListId === undefined ? `--orig-client-order-id ${ref.listClientOrderId}` : `--order-list-id ${ref.orderListId}`;
  return `sapi-kit margin get-order-list ${id}${ref.isolated ? ` --isolated --symbol ${ref.symbol}` : ""}`;
}

const EN_NOUNS: Record<TradeAction | "query", string> = {
  cancel: "cancel",
  "place-oco": "new OCO",
  "place-oto": "new OTO",
  "place-otoco": "new OTOCO",
  query: "query",
};
const ZH_NOUNS: Record<TradeAction | "query", string> = {
  cancel: "撤单",
  "place-oco": "OCO 下单",
  "place-oto": "OTO 下单",
  "place-otoco": "OTOCO 下单",
  query: "查询",
};
const enNoun = (action: TradeAction | "query") => EN_NOUNS[action];
const zhNoun = (action: TradeAction | "query") => ZH_NOUNS[action];

type Catalog = {
  help: string;
  /** The hint after a usage error: the help of the command the user ran, when there is one. */
  usageHint: (command?: string) => string;
  unknownOption: (option: string) => string;
  unknownCommand: (command: string) => string;
  missingValue: (option: string) => string;
  badLocale: (value: string) => string;
  symbolRequired: string;
  idRequired: string;
  bothIds: string;
  badInteger: (option: string, value: string) => string;
  unsafeInteger: (option: string) => string;
  badRecvWindow: (value: string) => string;
  badBaseUrl: (value: string) => string;
  baseUrlCredentials: string;
  baseUrlExtras: string;
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
  cancelled: (id: string, symbol: string, isolated: boolean) => string;
  listStatus: string;
  listClientOrderId: string;
  transactionTime: string;
  legs: string;
  usage: string;
  binanceRejected: (action: TradeAction | "query", code: number, msg: string, status: number) => string;
  unreadableReason: (reason: UnreadableReason) => string;
  executedUnreadable: (action: TradeAction, status: number, reason: string, ref: OrderListRef) => string;
  rejectedUnreadable: (action: TradeAction, status: number, reason: string) => string;
  networkFailure: string;
  httpStatus: (status: number, binanceCode?: number) => string;
  unknownStatus: (action: TradeAction, detail: string, ref: OrderListRef) => string;
  interrupted: (action: TradeAction, ref: OrderListRef) => string;
  interruptedBeforeSending: (action: TradeAction) => string;
  queryFailed: (detail: string) => string;
  queryUnreadable: (status: number, reason: string) => string;
  queryInterrupted: string;
  howToCheck: (ref: OrderListRef) => string;
  rateLimited: (status: number, retryAfter: string) => string;
  unexpected: (message: string) => string;
};

const en: Catalog = {
  help: `Usage: sapi-kit margin cancel-oco --symbol SYMBOL (--order-list-id N | --list-client-order-id ID) [options]

Cancel an entire margin OCO order list (Binance DELETE /sapi/v1/margin/orderList).
Canceling an individual leg cancels the entire OCO.

Options:
  --symbol SYMBOL                 trading pair, e.g. LTCBTC (required)
  --order-list-id N               id of the order list to cancel
  --list-client-order-id ID       client id of the order list to cancel
                                  (give exactly one of the two ids)
  --isolated                      the OCO is on an isolated margin account
  --recv-window MS                request validity window, 1..60000 ms
  --new-client-order-id ID        id for this cancel (not the cancelled order's id)
  --base-url URL                  API base URL (default https://api.binance.com)
  --sandbox                       run against an embedded loopback sandbox seeded
                                  with a demo OCO (no account, no real funds)
  --json                          print the raw JSON response
  --lang en|zh-CN                 language of messages (default en)
  -h, --help                      show this help

Credentials (environment):
  BINANCE_API_KEY                 API key (required unless --sandbox)
  BINANCE_API_SECRET              HMAC secret, or
  BINANCE_PRIVATE_KEY_FILE        path to an RSA or Ed25519 private key (PEM, PKCS#8)

Exit codes: 0 cancelled, 2 usage error, 3 Binance rejected the request,
4 outcome unknown (reconcile before retrying), 5 rate limited or banned,
6 executed but the response could not be read (reconcile, do not resend),
130 interrupted by Ctrl-C (outcome unknown if the request was sent), 1 other failure.

Other commands:
  sapi-kit demo                   start the sandbox, place a demo OCO and cancel it
`,
  usageHint: (command) => `Run \`sapi-kit ${command === undefined ? "" : `margin ${command} `}--help\` for usage.`,
  unknownOption: (o) => `Unknown option ${o}.`,
  unknownCommand: (c) => `Unknown command "${c}".`,
  missingValue: (o) => `Option ${o} needs a value.`,
  badLocale: (v) => `Unsupported language "${v}"; use en or zh-CN.`,
  symbolRequired: "--symbol is required.",
  idRequired: "Give --order-list-id or --list-client-order-id: the order list to cancel.",
  bothIds: "Give only one of --order-list-id and --list-client-order-id, not both.",
  badInteger: (o, v) => `${o} must be a whole number, got "${v}".`,
  unsafeInteger: (o) =>
    `${o} is larger than 9007199254740991 and cannot be sent exactly; cancel by --list-client-order-id instead.`,
  badRecvWindow: (v) => `--recv-window must be a whole number from 1 to 60000 (ms), got "${v}".`,
  badBaseUrl: (v) => `--base-url "${v}" is not an http(s) URL.`,
  baseUrlCredentials:
    "--base-url must not contain a user name or password (user:password@); credentials come from BINANCE_API_KEY and BINANCE_API_SECRET or BINANCE_PRIVATE_KEY_FILE.",
  baseUrlExtras: "--base-url must not contain a query (?...) or a fragment (#...): give only the scheme, host and path.",
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
          : `read failed${code ? ` (${code})` : ""}`,
  unusableKeyFile: (p) =>
    `The credentials were refused before sending: BINANCE_PRIVATE_KEY_FILE "${p}" is not an unencrypted PKCS#8 RSA or Ed25519 private key (PEM). Convert one with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem`,
  badCredentials: "The credentials were refused before sending: check BINANCE_API_KEY and BINANCE_API_SECRET.",
  sandboxStarted: (u) => `Sandbox (loopback test server, not an exchange) listening at ${u}`,
  cancelled: (id, s, iso) => `Cancelled OCO order list ${id} on ${s} (${iso ? "isolated" : "cross"} margin)`,
  listStatus: "list status",
  listClientOrderId: "list client order id",
  transactionTime: "transaction time",
  legs: "legs",
  usage: "rate-limit usage",
  binanceRejected: (action, code, msg, status) =>
    `Binance rejected the ${enNoun(action)} (HTTP ${status}, code ${code}): ${msg}`,
  unreadableReason: (r) => {
    switch (r.kind) {
      case "empty":
        return "the body is empty";
      case "not-json":
        return `the body is not valid JSON (${r.contentType ?? "no content type"})`;
      case "not-object":
        return "the body is not a JSON object";
      case "not-array":
        return "the body is not a JSON array";
      case "field":
        return `field ${r.path} is missing or malformed`;
      case "unsafe-integer":
        return `an integer beyond 2^53 at ${r.path} cannot be read exactly`;
      case "not-binance-error":
        return "the body is not a Binance error object {code, msg}";
      case "other":
        return r.detail;
    }
  },
  executedUnreadable: (action, status, reason, ref) =>
    `The ${enNoun(action)} was EXECUTED (HTTP ${status}), but its response could not be read: ${reason}. Do not send it again. ${en.howToCheck(ref)}`,
  rejectedUnreadable: (action, status, reason) =>
    `The ${enNoun(action)} was refused (HTTP ${status}) by Binance or by something in front of it, with a body that is not a Binance error: ${reason}. It was not executed: ${action === "cancel" ? "nothing was cancelled" : "nothing was placed"}.`,
  networkFailure: "network failure",
  httpStatus: (status, code) => `HTTP ${status}${code === undefined ? "" : `, code ${code}`}`,
  unknownStatus: (action, d, ref) =>
    `The ${enNoun(action)}'s outcome is UNKNOWN (${d}). It may or may not have been executed: check the order list before retrying. ${en.howToCheck(ref)}`,
  interrupted: (action, ref) =>
    `Interrupted (Ctrl-C) while the ${enNoun(action)} was in flight: its outcome is UNKNOWN. It may or may not have been executed: check the order list before retrying. ${en.howToCheck(ref)}`,
  interruptedBeforeSending: (action) => `Interrupted (Ctrl-C) before the ${enNoun(action)} was sent: nothing was sent.`,
  queryFailed: (d) => `The query failed (${d}). A query changes nothing: it is safe to run it again.`,
  queryUnreadable: (status, reason) =>
    `The query's response (HTTP ${status}) could not be read: ${reason}. A query changes nothing: it is safe to run it again.`,
  queryInterrupted: "Interrupted (Ctrl-C): the query was abandoned. A query changes nothing.",
  howToCheck: (ref) =>
    `To check, query the order list: GET /sapi/v1/margin/orderList with ${queryParameters(ref)} (Binance "Query Margin Account's OCO"; with this CLI: ${getOrderListCommand(ref)}), or look at it in your Binance account.`,
  rateLimited: (status, r) =>
    status === 418
      ? `Banned for ignoring rate limits (HTTP 418). Retry after ${r} s.`
      : `Rate limited (HTTP 429). Retry after ${r} s.`,
  unexpected: (m) => `Unexpected failure: ${m}`,
};

const zhCN: Catalog = {
  help: `用法：sapi-kit margin cancel-oco --symbol 交易对 (--order-list-id N | --list-client-order-id ID) [选项]

取消杠杆账户的整个 OCO 订单列表（币安 DELETE /sapi/v1/margin/orderList）。
取消单个 leg 将取消整个 OCO 订单。

选项：
  --symbol 交易对                 例如 LTCBTC（必填）
  --order-list-id N               要取消的订单列表 ID
  --list-client-order-id ID       要取消的订单列表的客户自定义 ID
                                  （两种 ID 必须且只能提供一个）
  --isolated                      该 OCO 属于逐仓杠杆账户
  --recv-window 毫秒              请求有效时间窗口，1 到 60000 毫秒
  --new-client-order-id ID        本次撤销操作的 ID（不是被撤销订单的 ID）
  --base-url URL                  API 基础地址（默认 https://api.binance.com）
  --sandbox                       使用内置的本地沙箱（预置一个演示 OCO；无需账户，不涉及真实资金）
  --json                          输出原始 JSON 响应
  --lang en|zh-CN                 提示信息语言（默认 en）
  -h, --help                      显示本帮助

凭证（环境变量）：
  BINANCE_API_KEY                 API Key（除 --sandbox 外必填）
  BINANCE_API_SECRET              HMAC 密钥，或
  BINANCE_PRIVATE_KEY_FILE        RSA 或 Ed25519 私钥文件路径（PEM，PKCS#8）

退出码：0 已取消，2 用法错误，3 币安拒绝了请求，
4 结果未知（重试前请先核对订单状态），5 触发限频或被封禁，
6 已执行但无法读取响应（请核对，不要重发），
130 被 Ctrl-C 中断（若请求已发出则结果未知），1 其他错误。

其他命令：
  sapi-kit demo                   启动沙箱，下一个演示 OCO 并取消它
`,
  usageHint: (command) => `运行 \`sapi-kit ${command === undefined ? "" : `margin ${command} `}--help --lang zh-CN\` 查看用法。`,
  unknownOption: (o) => `未知选项 ${o}。`,
  unknownCommand: (c) => `未知命令 "${c}"。`,
  missingValue: (o) => `选项 ${o} 需要一个值。`,
  badLocale: (v) => `不支持的语言 "${v}"，请使用 en 或 zh-CN。`,
  symbolRequired: "必须提供 --symbol。",
  idRequired: "请提供 --order-list-id 或 --list-client-order-id：要取消的订单列表。",
  bothIds: "--order-list-id 与 --list-client-order-id 只能提供其中一个。",
  badInteger: (o, v) => `${o} 必须是整数，收到的是 "${v}"。`,
  unsafeInteger: (o) => `${o} 大于 9007199254740991，无法精确发送；请改用 --list-client-order-id 取消。`,
  badRecvWindow: (v) => `--recv-window 必须是 1 到 60000 之间的整数（毫秒），收到的是 "${v}"。`,
  badBaseUrl: (v) => `--base-url "${v}" 不是 http(s) 地址。`,
  baseUrlCredentials:
    "--base-url 不能包含用户名或密码（user:password@）；凭证请通过 BINANCE_API_KEY 以及 BINANCE_API_SECRET 或 BINANCE_PRIVATE_KEY_FILE 提供。",
  baseUrlExtras: "--base-url 不能包含查询参数（?...）或片段（#...）：只需提供协议、主机和路径。",
  badSymbol: (v) => `--symbol "${v}" 不是有效的交易对：请使用 1 到 50 个大写字母或数字（也可含 _ . -），例如 LTCBTC。`,
  flagTakesNoValue: (o) => `${o} 是开关选项，不接受取值：只写 ${o}（或不写）。`,
  emptyString: (o) => `${o} 不能为空。`,
  missingApiKey: "请设置 BINANCE_API_KEY（或使用 --sandbox 在无账户的情况下试用）。",
  badApiKey: "BINANCE_API_KEY 只能包含可打印的 ASCII 字符，不能有空格或控制字符。",
  missingSecret: "请设置 BINANCE_API_SECRET（HMAC）或 BINANCE_PRIVATE_KEY_FILE（RSA / Ed25519）。",
  bothSecrets: "BINANCE_API_SECRET 与 BINANCE_PRIVATE_KEY_FILE 只能设置其中一个。",
  unreadableKeyFile: (p, r) => `无法读取 BINANCE_PRIVATE_KEY_FILE "${p}"：${r}。`,
  fsReason: (code) =>
    code === "ENOENT"
      ? "文件不存在"
      : code === "EACCES" || code === "EPERM"
        ? "没有权限"
        : code === "EISDIR"
          ? "这是一个目录"
          : `读取失败${code ? `（${code}）` : ""}`,
  unusableKeyFile: (p) =>
    `凭证在发送前被拒绝：BINANCE_PRIVATE_KEY_FILE "${p}" 不是未加密的 PKCS#8 格式 RSA 或 Ed25519 私钥（PEM）。可用以下命令转换：openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem`,
  badCredentials: "凭证在发送前被拒绝：请检查 BINANCE_API_KEY 与 BINANCE_API_SECRET。",
  sandboxStarted: (u) => `沙箱（本地测试服务器，不是交易所）正在监听 ${u}`,
  cancelled: (id, s, iso) => `已取消 ${s} 上的 OCO 订单列表 ${id}（${iso ? "逐仓" : "全仓"}杠杆）`,
  listStatus: "列表状态",
  listClientOrderId: "列表客户自定义 ID",
  transactionTime: "成交时间",
  legs: "订单腿",
  usage: "限频用量",
  binanceRejected: (action, code, msg, status) => `币安拒绝了${zhNoun(action)}请求（HTTP ${status}，错误码 ${code}）：${msg}`,
  unreadableReason: (r) => {
    switch (r.kind) {
      case "empty":
        return "响应体为空";
      case "not-json":
        return `响应体不是有效的 JSON（${r.contentType ?? "无内容类型"}）`;
      case "not-object":
        return "响应体不是 JSON 对象";
      case "not-array":
        return "响应体不是 JSON 数组";
      case "field":
        return `字段 ${r.path} 缺失或格式不对`;
      case "unsafe-integer":
        return `${r.path} 处的整数超出 2^53，无法精确读取`;
      case "not-binance-error":
        return "响应体不是币安错误对象 {code, msg}";
      case "other":
        return r.detail;
    }
  },
  executedUnreadable: (action, status, reason, ref) =>
    `${zhNoun(action)}已执行（HTTP ${status}），但无法读取响应：${reason}。请勿重复发送。${zhCN.howToCheck(ref)}`,
  rejectedUnreadable: (action, status, reason) =>
    `${zhNoun(action)}请求被拒绝（HTTP ${status}，来自币安或其前置的代理/防火墙），且响应体不是币安错误：${reason}。请求未执行，${action === "cancel" ? "没有订单被撤销" : "没有下任何订单"}。`,
  networkFailure: "网络故障",
  httpStatus: (status, code) => `HTTP ${status}${code === undefined ? "" : `，错误码 ${code}`}`,
  unknownStatus: (action, d, ref) =>
    `${zhNoun(action)}结果未知（${d}）。请求可能已执行，也可能未执行：重试前请先查询订单列表状态。${zhCN.howToCheck(ref)}`,
  interrupted: (action, ref) =>
    `${zhNoun(action)}请求发出后被中断（Ctrl-C）：结果未知。请求可能已执行，也可能未执行：重试前请先查询订单列表状态。${zhCN.howToCheck(ref)}`,
  interruptedBeforeSending: (action) => `在发送${zhNoun(action)}请求之前被中断（Ctrl-C）：没有发送任何请求。`,
  queryFailed: (d) => `查询失败（${d}）。查询不会改变任何状态，可以放心再次运行。`,
  queryUnreadable: (status, reason) => `无法读取查询的响应（HTTP ${status}）：${reason}。查询不会改变任何状态，可以放心再次运行。`,
  queryInterrupted: "被 Ctrl-C 中断：查询已放弃。查询不会改变任何状态。",
  howToCheck: (ref) =>
    `核对方法：查询该订单列表，GET /sapi/v1/margin/orderList，参数 ${queryParameters(ref)}（币安“查询杠杆账户 OCO”接口；用本工具：${getOrderListCommand(ref)}），或在币安账户中查看。`,
  rateLimited: (status, r) =>
    status === 418 ? `因无视限频被封禁（HTTP 418）。请在 ${r} 秒后重试。` : `触发限频（HTTP 429）。请在 ${r} 秒后重试。`,
  unexpected: (m) => `意外错误：${m}`,
};

export const messages: Record<Locale, Catalog> = { en, "zh-CN": zhCN };
