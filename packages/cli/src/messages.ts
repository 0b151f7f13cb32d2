// Every sentence the CLI prints, in English and Simplified Chinese. Keeping
// them in one table makes a missing translation a type error, not a surprise.

export type Locale = "en" | "zh-CN";
export const LOCALES: readonly Locale[] = ["en", "zh-CN"];

type Catalog = {
  help: string;
  usageHint: string;
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
  emptyString: (option: string) => string;
  missingApiKey: string;
  missingSecret: string;
  bothSecrets: string;
  unreadableKeyFile: (path: string, reason: string) => string;
  badCredentials: (reason: string) => string;
  sandboxStarted: (url: string) => string;
  cancelled: (id: string, symbol: string, isolated: boolean) => string;
  listStatus: string;
  listClientOrderId: string;
  transactionTime: string;
  legs: string;
  usage: string;
  binanceRejected: (code: number, msg: string, status: number) => string;
  unknownStatus: (detail: string) => string;
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
4 outcome unknown (reconcile before retrying), 5 rate limited or banned, 1 other failure.

Other commands:
  sapi-kit demo                   start the sandbox, place a demo OCO and cancel it
`,
  usageHint: "Run `sapi-kit margin cancel-oco --help` for usage.",
  unknownOption: (o) => `Unknown option ${o}.`,
  unknownCommand: (c) => `Unknown command "${c}". Try: sapi-kit margin cancel-oco --help`,
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
  emptyString: (o) => `${o} must not be empty.`,
  missingApiKey: "Set BINANCE_API_KEY (or use --sandbox to try it without an account).",
  missingSecret: "Set BINANCE_API_SECRET (HMAC) or BINANCE_PRIVATE_KEY_FILE (RSA / Ed25519).",
  bothSecrets: "Set only one of BINANCE_API_SECRET and BINANCE_PRIVATE_KEY_FILE.",
  unreadableKeyFile: (p, r) => `Cannot read BINANCE_PRIVATE_KEY_FILE "${p}": ${r}.`,
  badCredentials: (r) => `The credentials were refused before sending: ${r}`,
  sandboxStarted: (u) => `Sandbox (loopback test server, not an exchange) listening at ${u}`,
  cancelled: (id, s, iso) => `Cancelled OCO order list ${id} on ${s} (${iso ? "isolated" : "cross"} margin)`,
  listStatus: "list status",
  listClientOrderId: "list client order id",
  transactionTime: "transaction time",
  legs: "legs",
  usage: "rate-limit usage",
  binanceRejected: (code, msg, status) => `Binance rejected the cancel (HTTP ${status}, code ${code}): ${msg}`,
  unknownStatus: (d) =>
    `The cancel's outcome is UNKNOWN (${d}). It may or may not have been executed: check the order list before retrying.`,
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
  --sandbox                       使用内置的本地沙盒（预置一个演示 OCO；无需账户，不涉及真实资金）
  --json                          输出原始 JSON 响应
  --lang en|zh-CN                 提示信息语言（默认 en）
  -h, --help                      显示本帮助

凭证（环境变量）：
  BINANCE_API_KEY                 API Key（除 --sandbox 外必填）
  BINANCE_API_SECRET              HMAC 密钥，或
  BINANCE_PRIVATE_KEY_FILE        RSA 或 Ed25519 私钥文件路径（PEM，PKCS#8）

退出码：0 已取消，2 用法错误，3 币安拒绝了请求，
4 结果未知（重试前请先核对订单状态），5 触发限频或被封禁，1 其他错误。

其他命令：
  sapi-kit demo                   启动沙盒，下一个演示 OCO 并取消它
`,
  usageHint: "运行 `sapi-kit margin cancel-oco --help --lang zh-CN` 查看用法。",
  unknownOption: (o) => `未知选项 ${o}。`,
  unknownCommand: (c) => `未知命令 "${c}"。请尝试：sapi-kit margin cancel-oco --help`,
  missingValue: (o) => `选项 ${o} 需要一个值。`,
  badLocale: (v) => `不支持的语言 "${v}"，请使用 en 或 zh-CN。`,
  symbolRequired: "必须提供 --symbol。",
  idRequired: "请提供 --order-list-id 或 --list-client-order-id：要取消的订单列表。",
  bothIds: "--order-list-id 与 --list-client-order-id 只能提供其中一个。",
  badInteger: (o, v) => `${o} 必须是整数，收到的是 "${v}"。`,
  unsafeInteger: (o) => `${o} 大于 9007199254740991，无法精确发送；请改用 --list-client-order-id 取消。`,
  badRecvWindow: (v) => `--recv-window 必须是 1 到 60000 之间的整数（毫秒），收到的是 "${v}"。`,
  badBaseUrl: (v) => `--base-url "${v}" 不是 http(s) 地址。`,
  emptyString: (o) => `${o} 不能为空。`,
  missingApiKey: "请设置 BINANCE_API_KEY（或使用 --sandbox 在无账户的情况下试用）。",
  missingSecret: "请设置 BINANCE_API_SECRET（HMAC）或 BINANCE_PRIVATE_KEY_FILE（RSA / Ed25519）。",
  bothSecrets: "BINANCE_API_SECRET 与 BINANCE_PRIVATE_KEY_FILE 只能设置其中一个。",
  unreadableKeyFile: (p, r) => `无法读取 BINANCE_PRIVATE_KEY_FILE "${p}"：${r}。`,
  badCredentials: (r) => `凭证在发送前被拒绝：${r}`,
  sandboxStarted: (u) => `沙盒（本地测试服务器，不是交易所）正在监听 ${u}`,
  cancelled: (id, s, iso) => `已取消 ${s} 上的 OCO 订单列表 ${id}（${iso ? "逐仓" : "全仓"}杠杆）`,
  listStatus: "列表状态",
  listClientOrderId: "列表客户自定义 ID",
  transactionTime: "成交时间",
  legs: "订单腿",
  usage: "限频用量",
  binanceRejected: (code, msg, status) => `币安拒绝了撤单请求（HTTP ${status}，错误码 ${code}）：${msg}`,
  unknownStatus: (d) => `撤单结果未知（${d}）。请求可能已执行，也可能未执行：重试前请先查询订单列表状态。`,
  rateLimited: (status, r) =>
    status === 418 ? `因无视限频被封禁（HTTP 418）。请在 ${r} 秒后重试。` : `触发限频（HTTP 429）。请在 ${r} 秒后重试。`,
  unexpected: (m) => `意外错误：${m}`,
};

export const messages: Record<Locale, Catalog> = { en, "zh-CN": zhCN };
