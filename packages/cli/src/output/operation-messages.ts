// Every sentence of the order-list commands (place / get / list), of
// `sapi-kit sandbox` and of the demo, in English and Simplified Chinese. The
// validation sentences are generic over the spec's parameters and rules: they
// name options, never hard-code one operation's parameters.
import type { Locale } from "./messages.js";
import type { OperationCommandName } from "../contract/operation-commands.js";

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

type OperationCatalog = {
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
  isolatedSwitch: string;
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
  ruleRequiredOneOf: (options: string[]) => string;
  noteSeparator: string;
  placed: (line: ListLine) => string;
  orderList: (line: ListLine) => string;
  clientId: string;
  pending: string;
  noOrderLists: string;
  orderListCount: (count: number) => string;
  generatedClientId: (id: string) => string;
  sandboxDemoSeeded: (id: number) => string;
  sandboxServer: (url: string) => string;
  sandboxCredentialsHeading: string;
  sandboxSecretWarning: string;
  sandboxAdminHeading: string;
  /** What an admin route does, by method and path (the sandbox's own summaries are English only). */
  adminRoute: (method: string, path: string) => string;
  sandboxAdminExample: (url: string) => string;
  sandboxTryIt: string;
  sandboxStopHint: string;
  sandboxStopped: string;
  badPort: (value: string) => string;
  portInUse: (port: number) => string;
  demoTitle: string;
  demoStep: (step: number, title: string) => string;
  demoOcoTitle: string;
  demoOtocoTitle: string;
  demoPriceMoved: (symbol: string, price: string) => string;
  demoPendingPair: string;
  demoDone: string;
  demoFailed: (what: string) => string;
};

/** The isIsolated switch's two values read as the margin account they mean; anything else as "option is value". */
const accountOf = (option: string, values: readonly string[]) =>
  option === "--isolated" && values.length === 1 ? (values[0] as string) : undefined;

const en: OperationCatalog = {
  summary: {
    "place-oco": "Place a margin OCO order list: a LIMIT_MAKER order and a stop order on one side (POST /sapi/v1/margin/order/oco).",
    "place-oto": "Place a margin OTO order list: a working order that, once filled, places a pending order (POST /sapi/v1/margin/order/oto).",
    "place-otoco":
      "Place a margin OTOCO order list: a working order that, once filled, places an OCO pair (POST /sapi/v1/margin/order/otoco).",
    "get-order-list": "Show one margin order list, by id or client id (GET /sapi/v1/margin/orderList).",
    "list-order-lists": "List a margin account's order lists, open or not (GET /sapi/v1/margin/allOrderList).",
    "list-open-order-lists": "List a margin account's open order lists (GET /sapi/v1/margin/openOrderList).",
  },
  overview: `Usage: sapi-kit <command> [options]

Margin order lists on Binance (or on a loopback sandbox), one command per API operation:
  sapi-kit margin place-oco              place an OCO order list
  sapi-kit margin place-oto              place an OTO order list
  sapi-kit margin place-otoco            place an OTOCO order list
  sapi-kit margin get-order-list         show one order list
  sapi-kit margin list-order-lists       list order lists, open or not
  sapi-kit margin list-open-order-lists  list open order lists
  sapi-kit margin cancel-oco             cancel an order list

  sapi-kit sandbox [--port N]            run the sandbox as a server for any client
  sapi-kit demo                          the whole order-list lifecycle on the sandbox

Run \`sapi-kit margin <command> --help\` for a command's options.
Credentials come from BINANCE_API_KEY and BINANCE_API_SECRET (HMAC) or
BINANCE_PRIVATE_KEY_FILE (RSA / Ed25519, PEM PKCS#8); --sandbox needs none.
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
  isolatedSwitch: "isolated margin account (sends isIsolated=TRUE; default: cross margin)",
  commonOptions: `Common options:
  --base-url URL      API base URL (default https://api.binance.com)
  --sandbox           run against an embedded loopback sandbox (no account, no real funds)
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
130 interrupted by Ctrl-C, 1 other failure.`,
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
  ruleRequiredOneOf: (options) => `Give ${options.join(" or ")}.`,
  noteSeparator: "; ",
  placed: (l) =>
    `Placed ${l.contingencyType} order list ${l.orderListId} on ${l.symbol} (${l.isolated ? "isolated" : "cross"} margin): ${l.listStatusType} / ${l.listOrderStatus}`,
  orderList: (l) =>
    `${l.contingencyType} order list ${l.orderListId} on ${l.symbol}${l.isolated === undefined ? "" : ` (${l.isolated ? "isolated" : "cross"} margin)`}: ${l.listStatusType} / ${l.listOrderStatus}`,
  clientId: "client id",
  pending: "not yet placed",
  noOrderLists: "No order lists.",
  orderListCount: (n) => `${n} order list${n === 1 ? "" : "s"}`,
  generatedClientId: (id) => `No --list-client-order-id given: sending listClientOrderId=${id} so the list can be found whatever happens.`,
  sandboxDemoSeeded: (id) => `(the sandbox was seeded with demo OCO order list ${id})`,
  sandboxServer: (u) => `sapi-kit sandbox: a loopback Binance-compatible test server (not an exchange) at ${u}`,
  sandboxCredentialsHeading: "Throwaway credentials (a fresh account for each key type):",
  sandboxSecretWarning:
    "These keys only work on this sandbox and die with it. They are printed on purpose; never print a real Binance secret.",
  sandboxAdminHeading: "Sandbox-only routes (no key, loopback clients only; Binance has no such routes):",
  adminRoute: (method, path) =>
    path.endsWith("/price")
      ? method === "POST"
        ? "symbol, price: move a symbol's last price; open lists fill, trigger and expire"
        : "?symbol=...: read a symbol's last price"
      : path.endsWith("/symbols")
        ? "the symbol table: filters and last prices"
        : "",
  sandboxAdminExample: (u) => `For example: curl -X POST '${u}/sandbox/v1/price?symbol=BTCUSDT&price=61000'`,
  sandboxTryIt: "Point any client at the URL: the /sapi/v1/margin order-list endpoints and GET /api/v3/time.",
  sandboxStopHint: "Press Ctrl-C to stop.",
  sandboxStopped: "Sandbox stopped.",
  badPort: (v) => `--port must be a whole number from 0 to 65535, got "${v}".`,
  portInUse: (p) => `Port ${p} is already in use on 127.0.0.1: choose another with --port, or --port 0 for a free one.`,
  demoTitle: "sapi-kit demo: the margin order-list lifecycle, over REST only, on a loopback sandbox",
  demoStep: (n, title) => `${n}. ${title}`,
  demoOcoTitle: "An OCO: place it, list the open lists, query it, cancel it, find it in the full list",
  demoOtocoTitle: "An OTOCO: its working order fills when the price moves, and its pending OCO pair goes live",
  demoPriceMoved: (s, p) => `The sandbox's last price of ${s} moves to ${p}`,
  demoPendingPair: "The pending pair is now an open OCO:",
  demoDone: "Done: both order lists ended (ALL_DONE), every step over REST.",
  demoFailed: (what) => `The demo stopped: ${what}`,
};

const zhCN: OperationCatalog = {
  summary: {
    "place-oco": "下杠杆 OCO 订单列表：同一方向的一个 LIMIT_MAKER 订单和一个止损订单（POST /sapi/v1/margin/order/oco）。",
    "place-oto": "下杠杆 OTO 订单列表：生效订单完全成交后，才会下待处理订单（POST /sapi/v1/margin/order/oto）。",
    "place-otoco": "下杠杆 OTOCO 订单列表：生效订单完全成交后，才会下一对 OCO 待处理订单（POST /sapi/v1/margin/order/otoco）。",
    "get-order-list": "按订单列表 ID 或自定义 ID 查询一个杠杆订单列表（GET /sapi/v1/margin/orderList）。",
    "list-order-lists": "列出杠杆账户的全部订单列表，无论是否仍在挂单（GET /sapi/v1/margin/allOrderList）。",
    "list-open-order-lists": "列出杠杆账户当前挂单中的订单列表（GET /sapi/v1/margin/openOrderList）。",
  },
  overview: `用法：sapi-kit <命令> [选项]

币安（或本地沙箱）上的杠杆订单列表，每个 API 接口对应一个命令：
  sapi-kit margin place-oco              下 OCO 订单列表
  sapi-kit margin place-oto              下 OTO 订单列表
  sapi-kit margin place-otoco            下 OTOCO 订单列表
  sapi-kit margin get-order-list         查询一个订单列表
  sapi-kit margin list-order-lists       列出全部订单列表
  sapi-kit margin list-open-order-lists  列出挂单中的订单列表
  sapi-kit margin cancel-oco             取消订单列表

  sapi-kit sandbox [--port N]            以服务器方式运行沙箱，供任何语言的客户端使用
  sapi-kit demo                          在沙箱上演示完整的订单列表生命周期

运行 \`sapi-kit margin <命令> --help --lang zh-CN\` 查看某个命令的选项。
凭证来自环境变量 BINANCE_API_KEY 以及 BINANCE_API_SECRET（HMAC）或
BINANCE_PRIVATE_KEY_FILE（RSA / Ed25519，PEM PKCS#8）；使用 --sandbox 时无需凭证。
所有提示信息均可选英文或中文：--lang en|zh-CN。
`,
  usageLine: (command) => `用法：sapi-kit margin ${command} [选项]`,
  optionsHeading: "选项（来自 API 规范）：",
  rulesHeading: "规则（发送前检查）：",
  required: "必填",
  decimalValue: "十进制数，例如 0.001",
  integerValue: (min, max) =>
    `整数${min !== undefined && max !== undefined ? ` ${min}..${max}` : min !== undefined ? ` >= ${min}` : ""}`,
  booleanValue: "true|false",
  textValue: "文本",
  isolatedSwitch: "逐仓杠杆账户（发送 isIsolated=TRUE；默认为全仓杠杆）",
  commonOptions: `通用选项：
  --base-url URL      API 基础地址（默认 https://api.binance.com）
  --sandbox           使用内置的本地沙箱（无需账户，不涉及真实资金）
  --json              输出原始 JSON 响应
  --lang en|zh-CN     提示信息语言（默认 en）
  -h, --help          显示本帮助

凭证（环境变量，使用 --sandbox 时无需提供）：
  BINANCE_API_KEY 以及 BINANCE_API_SECRET（HMAC），或 BINANCE_PRIVATE_KEY_FILE（RSA / Ed25519，PEM PKCS#8）`,
  placeNotes:
    "价格和数量是十进制字符串，按原样发送。未提供 --list-client-order-id 时，本工具会生成一个并打印出来，\n这样即使结果未知，也总能用 get-order-list --orig-client-order-id 核对。",
  queryNotes: "查询不会改变任何状态：失败后可以放心再次运行。",
  exitCodes: `退出码：0 完成，2 用法错误，3 币安拒绝了请求，
4 结果未知（交易命令：重试前请先核对；查询：可放心重试），
5 触发限频或被封禁，6 已执行但无法读取响应（请核对，不要重发），
130 被 Ctrl-C 中断，1 其他错误。`,
  badDecimal: (o, v) => `${o} 必须是只含数字和至多一个小数点的十进制数（例如 0.001），收到的是 "${v}"。`,
  badEnum: (o, v, allowed) => `${o} 必须是 ${allowed.join("、")} 之一，收到的是 "${v}"。`,
  badBoolean: (o, v) => `${o} 必须是 true 或 false，收到的是 "${v}"。`,
  badRange: (o, v, min, max) =>
    `${o} 必须是${min !== undefined ? ` ${min}` : ""}${max !== undefined ? ` 到 ${max} 之间的` : min !== undefined ? " 及以上的" : ""}整数，收到的是 "${v}"。`,
  tooShort: (o, min) => `${o} 至少 ${min} 个字符。`,
  tooLong: (o, max) => `${o} 最多 ${max} 个字符。`,
  badPattern: (o, v, pattern) => `${o} "${v}" 不符合 ${pattern}。`,
  requiredOption: (o) => `必须提供 ${o}。`,
  needOneOf: (options) => `请提供 ${options.join(" 或 ")}。`,
  requires: (o, missing) => `提供 ${o} 时，还必须提供 ${missing.join(" 和 ")}。`,
  excludes: (o, present) => `${o} 不能与 ${present.join(" 或 ")} 同时使用。`,
  requiredWhen: (options, c) =>
    options.length === 1 ? `${c}，必须提供 ${options[0]}。` : `${c}，请提供 ${options.join(" 或 ")}（也可都提供）。`,
  forbiddenWhen: (options, c) => `${c}，不能使用 ${options.join(" 和 ")}。`,
  condition: (option, values) => {
    const account = accountOf(option, values);
    if (account === "TRUE") return "使用逐仓杠杆账户（--isolated）时";
    if (account === "FALSE") return "使用全仓杠杆账户时（逐仓请加 --isolated）";
    return `${option} 为 ${values.join("、")} 时`;
  },
  ruleRequires: (o, needed) => `提供 ${o} 时须同时提供 ${needed.join(" 和 ")}。`,
  ruleExcludes: (o, excluded) => `${o} 与 ${excluded.join(" 和 ")} 互斥。`,
  ruleRequiredOneOf: (options) => `请提供 ${options.join(" 或 ")}。`,
  noteSeparator: "；",
  placed: (l) =>
    `已在 ${l.symbol} 上下 ${l.contingencyType} 订单列表 ${l.orderListId}（${l.isolated ? "逐仓" : "全仓"}杠杆）：${l.listStatusType} / ${l.listOrderStatus}`,
  orderList: (l) =>
    `${l.symbol} 上的 ${l.contingencyType} 订单列表 ${l.orderListId}${l.isolated === undefined ? "" : `（${l.isolated ? "逐仓" : "全仓"}杠杆）`}：${l.listStatusType} / ${l.listOrderStatus}`,
  clientId: "自定义 ID",
  pending: "尚未下单",
  noOrderLists: "没有订单列表。",
  orderListCount: (n) => `共 ${n} 个订单列表`,
  generatedClientId: (id) => `未提供 --list-client-order-id：发送 listClientOrderId=${id}，以便无论结果如何都能找到该订单列表。`,
  sandboxDemoSeeded: (id) => `（沙箱中已预置演示 OCO 订单列表 ${id}）`,
  sandboxServer: (u) => `sapi-kit sandbox：本地的币安兼容测试服务器（不是交易所），地址 ${u}`,
  sandboxCredentialsHeading: "一次性凭证（每种密钥类型一个新账户）：",
  sandboxSecretWarning: "这些密钥只在本沙箱中有效，随沙箱停止而失效。此处有意将其打印出来；切勿打印真实的币安密钥。",
  sandboxAdminHeading: "沙箱专用接口（无需密钥，只接受本机客户端；币安没有这些接口）：",
  adminRoute: (method, path) =>
    path.endsWith("/price")
      ? method === "POST"
        ? "symbol、price：修改交易对的最新成交价，挂单中的订单列表随之成交、触发或过期"
        : "?symbol=...：读取交易对的最新成交价"
      : path.endsWith("/symbols")
        ? "交易对表：过滤器和最新成交价"
        : "",
  sandboxAdminExample: (u) => `例如：curl -X POST '${u}/sandbox/v1/price?symbol=BTCUSDT&price=61000'`,
  sandboxTryIt: "将任何客户端指向该地址：支持 /sapi/v1/margin 订单列表接口和 GET /api/v3/time。",
  sandboxStopHint: "按 Ctrl-C 停止。",
  sandboxStopped: "沙箱已停止。",
  badPort: (v) => `--port 必须是 0 到 65535 之间的整数，收到的是 "${v}"。`,
  portInUse: (p) => `127.0.0.1 上的端口 ${p} 已被占用：请用 --port 换一个，或用 --port 0 自动选择空闲端口。`,
  demoTitle: "sapi-kit 演示：仅通过 REST 在本地沙箱上走完杠杆订单列表的生命周期",
  demoStep: (n, title) => `${n}. ${title}`,
  demoOcoTitle: "OCO：下单、列出挂单中的订单列表、查询、取消，再在全部订单列表中找到它",
  demoOtocoTitle: "OTOCO：价格变动使生效订单成交，待处理的 OCO 订单对随之生效",
  demoPriceMoved: (s, p) => `沙箱中 ${s} 的最新成交价变为 ${p}`,
  demoPendingPair: "待处理订单对现在是一个挂单中的 OCO：",
  demoDone: "完成：两个订单列表均已结束（ALL_DONE），每一步都通过 REST 完成。",
  demoFailed: (what) => `演示中止：${what}`,
};

export const operationMessages: Record<Locale, OperationCatalog> = { en, "zh-CN": zhCN };
