// Every sentence the CLI prints, in Simplified Chinese (the same keys as en.ts).
import type { StopSignal } from "../io.js";
import type { Catalog, TradeAction, TradeRef } from "./catalog.js";
import { accountOf } from "./margin-account.js";
import { mediaType } from "./media-type.js";
import { lookupOf } from "./trade-lookup.js";
import { watchZhCN } from "./watch-zh-CN.js";

const ZH_NOUNS: Record<TradeAction | "query", string> = {
  "cancel-oco": "撤单",
  "cancel-order": "撤销订单",
  "cancel-all": "撤销全部挂单",
  "place-oco": "OCO 下单",
  "place-oto": "OTO 下单",
  "place-otoco": "OTOCO 下单",
  query: "查询",
};
const zhNoun = (action: TradeAction | "query") => ZH_NOUNS[action];
/** 重试前要核对的对象，以及显示它的币安查询接口。 */
const ZH_CHECKED: Record<TradeRef["kind"], { what: (ref: TradeRef) => string; page: string }> = {
  "order-list": { what: () => "订单列表", page: "查询杠杆账户 OCO" },
  order: { what: () => "订单", page: "查询杠杆账户订单" },
  "open-orders": { what: (ref) => ` ${ref.symbol} 上的挂单`, page: "查询杠杆账户挂单记录" },
};
/** 用户如何停止了命令：Ctrl-C，或信号名。 */
const stoppedBy = (signal: StopSignal) => (signal === "SIGINT" ? "Ctrl-C" : signal);

export const zhCN: Catalog = {
  help: `用法：sapi-kit margin cancel-oco --symbol 交易对 (--order-list-id N | --list-client-order-id ID) [选项]

取消杠杆账户的整个 OCO 订单列表（币安 DELETE /sapi/v1/margin/orderList）。
取消订单列表中的任意一个订单，都会取消整个 OCO 订单列表。

选项：
  --symbol 交易对                 例如 LTCBTC（必填）
  --order-list-id N               要取消的订单列表 ID
  --list-client-order-id ID       要取消的订单列表的客户自定义 ID
                                  （两种 ID 必须且只能提供一个）
  --isolated                      该 OCO 属于逐仓杠杆账户
  --recv-window 毫秒              请求有效时间窗口，1 到 60000 毫秒
  --new-client-order-id ID        本次撤销操作的 ID（不是被撤销订单的 ID）
  --base-url URL                  API 基础地址（默认取 BINANCE_BASE_URL，未设置时为
                                  https://api.binance.com）
  --sandbox                       使用内置的本地沙箱（预置一个演示 OCO；无需账户，不涉及真实资金；
                                  不能与 --base-url 同时使用）
  --json                          输出原始 JSON 响应
  --lang en|zh-CN                 提示信息语言（默认 en）
  -h, --help                      显示本帮助

环境变量：
  BINANCE_API_KEY                 API Key（除 --sandbox 外必填）
  BINANCE_API_SECRET              HMAC 密钥，或
  BINANCE_PRIVATE_KEY_FILE        RSA 或 Ed25519 私钥文件路径（PEM，PKCS#8）
  BINANCE_BASE_URL                未提供 --base-url 时使用的 API 基础地址

退出码：0 已取消，2 用法错误，3 币安拒绝了请求，
4 结果未知（重试前请先核对订单状态），5 触发限频或被封禁，
6 已执行但无法读取响应（请核对，不要重发），
7 未发送（无法连接服务器；没有执行任何操作，可以放心重试），
130 / 143 / 129 被 Ctrl-C / SIGTERM / SIGHUP 中断（若请求已发出则结果未知），1 其他错误。

其他命令：
  sapi-kit demo                   启动沙箱，下一个演示 OCO 并取消它
`,
  usageHint: (command) => `运行 \`sapi-kit ${command === undefined ? "" : `${command} `}--help --lang zh-CN\` 查看用法。`,
  unknownOption: (o) => `未知选项 ${o}。`,
  unknownCommand: (c) => `未知命令 "${c}"。`,
  missingValue: (o) => `选项 ${o} 需要一个值。`,
  badLocale: (v) => `不支持的语言 "${v}"，请使用 en 或 zh-CN。`,
  idRequired: "请提供 --order-list-id 或 --list-client-order-id：要取消的订单列表。",
  bothIds: "--order-list-id 与 --list-client-order-id 只能提供其中一个。",
  badInteger: (o, v) => `${o} 必须是整数，收到的是 "${v}"。`,
  unsafeInteger: (o) => `${o} 大于 9007199254740991，无法精确发送；请改用 --list-client-order-id 取消。`,
  badBaseUrl: (source, v) => `${source} "${v}" 不是 http(s) 地址。`,
  baseUrlCredentials: (source) =>
    `${source} 不能包含用户名或密码（user:password@）；凭证请通过 BINANCE_API_KEY 以及 BINANCE_API_SECRET 或 BINANCE_PRIVATE_KEY_FILE 提供。`,
  baseUrlExtras: (source) => `${source} 不能包含查询参数（?...）或片段（#...）：只需提供协议、主机和路径。`,
  sandboxWithBaseUrl:
    "--sandbox 会启动自己的沙箱，从而忽略 --base-url：两者只能选一个（要使用正在运行的沙箱服务器，请用 --base-url 或 BINANCE_BASE_URL 提供它打印的地址）。",
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
          : code === "NOT_A_FILE"
            ? "这不是普通文件（而是 FIFO、套接字或设备）；请提供私钥文件本身的路径"
            : `读取失败${code ? `（${code}）` : ""}`,
  unusableKeyFile: (p) =>
    `凭证在发送前被拒绝：BINANCE_PRIVATE_KEY_FILE "${p}" 不是未加密的 PKCS#8 格式 RSA 或 Ed25519 私钥（PEM）。可用以下命令转换：openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem`,
  badCredentials: "凭证在发送前被拒绝：请检查 BINANCE_API_KEY 与 BINANCE_API_SECRET。",
  sandboxStarted: (u) => `沙箱（本地测试服务器，不是交易所）正在监听 ${u}`,
  sendingTo: (u) => `→ 发送至 ${u}`,
  colon: "：",
  cancelled: (id, s, iso) => `已取消 ${s} 上的 OCO 订单列表 ${id}（${iso ? "逐仓" : "全仓"}杠杆）`,
  listStatus: "列表状态",
  listClientOrderId: "列表客户自定义 ID",
  transactionTime: "撤销时间",
  legs: "订单列表中的订单",
  usage: "限频用量",
  legsUsage: "订单查询的限频用量",
  binanceRejected: (action, code, msg, status) => `币安拒绝了${zhNoun(action)}请求（HTTP ${status}，错误码 ${code}）：${msg}`,
  unreadableReason: (r) => {
    switch (r.kind) {
      case "empty":
        return "响应体为空";
      case "not-json":
        return `响应体不是有效的 JSON（${mediaType(r.contentType) ?? "无内容类型"}）`;
      case "not-object":
        return "响应体不是 JSON 对象";
      case "not-array":
        return "响应体不是 JSON 数组";
      case "missing-field":
        return `字段 ${r.field} 缺失或格式不对`;
      case "unsafe-integer":
        return `${r.path} 处的整数超出 2^53，无法精确读取`;
      case "not-binance-error":
        return "响应体不是币安错误对象 {code, msg}";
      case "not-received":
        return "响应体在完整到达之前被截断";
      case "redirect":
        return "服务器返回了重定向，本工具从不跟随重定向";
    }
  },
  executedUnreadable: (action, status, reason, ref) =>
    `${zhNoun(action)}已执行（HTTP ${status}），但无法读取响应：${reason}。请勿重复发送。${zhCN.howToCheck(ref)}`,
  rejectedUnreadable: (action, status, reason) =>
    `${zhNoun(action)}请求被拒绝（HTTP ${status}，来自币安或其前置的代理/防火墙），且响应体不是币安错误：${reason}。请求未执行，${action.startsWith("cancel") ? "没有订单被撤销" : "没有下任何订单"}。`,
  networkFailure: "网络故障",
  httpStatus: (status, code) => `HTTP ${status}${code === undefined ? "" : `，错误码 ${code}`}`,
  unknownStatus: (action, d, ref) =>
    `${zhNoun(action)}结果未知（${d}）。请求可能已执行，也可能未执行：重试前请先查询${ZH_CHECKED[ref.kind].what(ref)}状态。${zhCN.howToCheck(ref)}`,
  interrupted: (action, ref, by) =>
    `${zhNoun(action)}请求发出后被中断（${stoppedBy(by)}）：结果未知。请求可能已执行，也可能未执行：重试前请先查询${ZH_CHECKED[ref.kind].what(ref)}状态。${zhCN.howToCheck(ref)}`,
  interruptedBeforeSending: (action, by) =>
    `在发送${zhNoun(action)}请求之前被中断（${stoppedBy(by)}）：未发送，没有发送任何请求，也没有执行任何操作，可以放心再次运行。`,
  notSent: (action, origin) =>
    `${zhNoun(action)}请求未发送：无法连接 ${origin}（没有发送任何请求，因此没有执行任何操作，可以放心重试）。请检查请求的去向：先看 --base-url，其次 BINANCE_BASE_URL，默认 https://api.binance.com；如果目标是本地沙箱，请确认它仍在运行，且地址与它打印的一致。`,
  queryFailed: (d) => `查询失败（${d}）。查询不会改变任何状态，可以放心再次运行。`,
  queryUnreadable: (status, reason) => `无法读取查询的响应（HTTP ${status}）：${reason}。查询不会改变任何状态，可以放心再次运行。`,
  queryInterrupted: (by) => `被 ${stoppedBy(by)} 中断：查询已放弃。查询不会改变任何状态。`,
  howToCheck: (ref) => {
    const { path, parameters, command } = lookupOf(ref);
    const { what, page } = ZH_CHECKED[ref.kind];
    return `核对方法：查询该${what(ref)}，GET ${path}，参数 ${parameters}（币安“${page}”接口；用本工具：${command}），或在币安账户中查看。`;
  },
  rateLimited: (status, r) =>
    status === 418 ? `因无视限频被封禁（HTTP 418）。请在 ${r} 秒后重试。` : `触发限频（HTTP 429）。请在 ${r} 秒后重试。`,
  unexpected: (m) => `意外错误：${m}`,
  summary: {
    "place-oco": "下杠杆 OCO 订单列表：同一方向的一个限价只挂单（LIMIT_MAKER）和一个止损订单（POST /sapi/v1/margin/order/oco）。",
    "place-oto": "下杠杆 OTO 订单列表：生效订单完全成交后，才会下待处理订单（POST /sapi/v1/margin/order/oto）。",
    "place-otoco": "下杠杆 OTOCO 订单列表：生效订单完全成交后，才会下一对 OCO 待处理订单（POST /sapi/v1/margin/order/otoco）。",
    "get-order-list":
      "按订单列表 ID 或自定义 ID 查询一个杠杆订单列表，以及其中每个订单的状态、价格和已成交数量（GET /sapi/v1/margin/orderList，再对每个订单 GET /sapi/v1/margin/order）。",
    "list-order-lists": "列出杠杆账户的全部订单列表，无论是否仍在挂单（GET /sapi/v1/margin/allOrderList）。",
    "list-open-order-lists": "列出杠杆账户当前挂单中的订单列表（GET /sapi/v1/margin/openOrderList）。",
    "cancel-oco": "撤销一个完整的杠杆 OCO 订单列表（DELETE /sapi/v1/margin/orderList）。",
    "get-order": "查询一个杠杆订单的状态、价格和已成交数量（GET /sapi/v1/margin/order）。",
    "list-open-orders": "列出杠杆账户在某个交易对或全部交易对上的挂单（GET /sapi/v1/margin/openOrders）。",
    "list-orders": "列出杠杆账户在某个交易对上的订单，无论是否仍在挂单（GET /sapi/v1/margin/allOrders）。",
    "list-trades": "列出杠杆账户在某个交易对上的成交：价格、数量、手续费（GET /sapi/v1/margin/myTrades）。",
    "cancel-order": "撤销一个杠杆订单；撤销订单列表中的一个订单会撤销整个订单列表（DELETE /sapi/v1/margin/order）。",
    "cancel-all": "撤销该账户在某个交易对上的全部挂单和订单列表（DELETE /sapi/v1/margin/openOrders）。",
    "create-listen-token": "为杠杆账户的用户数据流创建 listenToken，有效期最长 24 小时（POST /sapi/v1/userListenToken）。",
  },
  overview: `用法：sapi-kit <命令> [选项]

币安（或本地沙箱）上的杠杆订单列表与订单，每个 API 接口对应一个命令：
  sapi-kit margin place-oco              下 OCO 订单列表
  sapi-kit margin place-oto              下 OTO 订单列表
  sapi-kit margin place-otoco            下 OTOCO 订单列表
  sapi-kit margin get-order-list         查询一个订单列表
  sapi-kit margin list-order-lists       列出全部订单列表
  sapi-kit margin list-open-order-lists  列出挂单中的订单列表
  sapi-kit margin cancel-oco             取消订单列表
  sapi-kit margin get-order              查询一个订单：状态、价格、已成交数量
  sapi-kit margin list-open-orders       列出挂单
  sapi-kit margin list-orders            列出某个交易对上的全部订单
  sapi-kit margin list-trades            列出某个交易对上的成交
  sapi-kit margin cancel-order           撤销一个订单（订单列表中的订单会连同整个列表一起撤销）
  sapi-kit margin cancel-all             撤销某个交易对上的全部挂单和订单列表
  sapi-kit margin create-listen-token    创建用户数据流的 listenToken
  sapi-kit margin watch                  实时打印账户的订单与订单列表事件

  sapi-kit sandbox [--port N]            以服务器方式运行沙箱，供任何语言的客户端使用
  sapi-kit demo                          在沙箱上演示完整的订单列表生命周期

运行 \`sapi-kit margin <命令> --help --lang zh-CN\`（或 \`sapi-kit sandbox --help --lang zh-CN\`）查看某个命令的选项。
凭证来自环境变量 BINANCE_API_KEY 以及 BINANCE_API_SECRET（HMAC）或
BINANCE_PRIVATE_KEY_FILE（RSA / Ed25519，PEM PKCS#8）；使用 --sandbox 时无需凭证。
请求发往 --base-url；未提供时为 BINANCE_BASE_URL，都未设置时为 https://api.binance.com。
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
  isolatedSwitch: (value) => `逐仓杠杆账户（发送 isIsolated=${value}；默认为全仓杠杆）`,
  commonOptions: `通用选项：
  --base-url URL      API 基础地址（默认取 BINANCE_BASE_URL，未设置时为 https://api.binance.com）
  --sandbox           使用内置的本地沙箱（无需账户，不涉及真实资金；不能与 --base-url 同时使用）
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
7 未发送（无法连接服务器；没有执行任何操作，可放心重试），
130 / 143 / 129 被 Ctrl-C / SIGTERM / SIGHUP 中断，1 其他错误。`,
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
  spanTooLong: (from, to, maximum) =>
    `${to} 与 ${from} 的间隔不能超过 ${maximum % 3_600_000 === 0 ? `${maximum / 3_600_000} 小时` : `${maximum} 毫秒`}。`,
  ruleRequiredOneOf: (options) => `请提供 ${options.join(" 或 ")}。`,
  noteSeparator: "；",
  cancelNotes: "本工具绝不会重复发送撤单请求：结果未知时（退出码 4、6 或被信号中断），请先按提示核对，再决定是否重新运行。",
  noLegsSwitch: "只发一次请求：只显示订单列表及其订单 ID，不查询各订单的状态",
  legsWeight: (list, leg) => {
    const w = (value: number, type: string) => `${value}（${type}）`;
    const examples = list.type === leg.type ? `，例如 OCO 共 ${w(list.value + 2 * leg.value, leg.type)}，OTOCO 共 ${w(list.value + 3 * leg.value, leg.type)}` : "";
    return `每个订单的状态、价格和已成交数量来自对该订单的一次额外查询（GET /sapi/v1/margin/order）：\n权重为订单列表 ${w(list.value, list.type)}，每个订单另加 ${w(leg.value, leg.type)}${examples}。\n--no-legs 只发一次请求（权重 ${w(list.value, list.type)}）；--json 也只发这一次请求，输出订单列表本身的响应。`;
  },
  placed: (l) =>
    `已提交 ${l.symbol} 的 ${l.contingencyType} 订单列表 ${l.orderListId}（${l.isolated ? "逐仓" : "全仓"}杠杆）：${l.listStatusType} / ${l.listOrderStatus}`,
  orderList: (l) =>
    `${l.symbol} 上的 ${l.contingencyType} 订单列表 ${l.orderListId}${l.isolated === undefined ? "" : `（${l.isolated ? "逐仓" : "全仓"}杠杆）`}：${l.listStatusType} / ${l.listOrderStatus}`,
  clientId: "自定义 ID",
  pending: "尚未下单",
  orderLine: (o) =>
    `#${o.orderId} ${o.type} ${o.side}${o.price === undefined ? "" : ` @ ${o.price}`}${o.stopPrice === undefined ? "" : ` 触发价 ${o.stopPrice}`}  ${o.status}  已成交 ${o.executedQty} / ${o.origQty}${o.quoteQty === undefined ? "" : `（成交额 ${o.quoteQty}）`}${o.orderListId === undefined ? "" : `  订单列表 ${o.orderListId}`}  (${o.clientOrderId})`,
  orderHeadline: (id, s, iso, status) => `${s} 上的订单 #${id}${iso === undefined ? "" : `（${iso ? "逐仓" : "全仓"}杠杆）`}：${status}`,
  updated: "更新时间",
  noOrders: "没有订单。",
  orderCount: (n) => `共 ${n} 个订单`,
  legNotRead: (id, clientId) => `#${id} (${clientId})：无法读取该订单的状态（原因见下方提示）`,
  legFailed: (id) => `订单 #${id}：`,
  cancelledOrder: (id, s, iso, status) => `已撤销 ${s} 上的订单 #${id}（${iso ? "逐仓" : "全仓"}杠杆）：${status}`,
  cancelledWholeList: "该订单属于一个订单列表：币安撤销了整个订单列表。",
  cancelClientId: (id) => `本次撤单的自定义 ID：${id}`,
  cancelledAll: (s, iso, orders, lists) =>
    orders + lists === 0
      ? `${s}（${iso ? "逐仓" : "全仓"}杠杆）上没有挂单。`
      : `已撤销 ${s}（${iso ? "逐仓" : "全仓"}杠杆）上的 ${orders} 个订单、${lists} 个订单列表`,
  tradeLine: (t) =>
    `#${t.id} 订单 #${t.orderId} ${t.isBuyer ? "BUY（买方）" : "SELL（卖方）"}，${t.isMaker ? "挂单方" : "吃单方"}：${t.qty} @ ${t.price}${t.quoteQty === undefined ? "" : ` = ${t.quoteQty}`}  手续费 ${t.commission} ${t.commissionAsset}  ${t.time}`,
  tradeCount: (n, s) => `${s} 上共 ${n} 笔成交`,
  noTrades: "没有成交记录。",
  noOrderLists: "没有订单列表。",
  orderListCount: (n) => `共 ${n} 个订单列表`,
  generatedClientId: (id) => `未提供 --list-client-order-id：发送 listClientOrderId=${id}，以便无论结果如何都能找到该订单列表。`,
  sandboxDemoSeeded: (id, orders) => `（沙箱中已预置演示 OCO 订单列表 ${id}，订单 ${orders.map((o) => `#${o}`).join(" 和 ")}）`,
  sandboxServer: (u) => `sapi-kit sandbox：本地的币安兼容测试服务器（不是交易所），地址 ${u}`,
  sandboxCredentialsHeading: "一次性凭证，每种密钥类型一个新账户。将其中一段粘贴到终端后，接下来的 sapi-kit 命令（或文档示例）\n都会发往本沙箱：",
  sandboxEd25519Note: "（私钥在该文件中，下方也打印了一份）",
  sandboxHelp: `用法：sapi-kit sandbox [--port N] [--lang en|zh-CN]

以独立的本地服务器方式运行沙箱（只监听 127.0.0.1），供任何语言的客户端使用：
支持 /sapi/v1/margin 订单与订单列表接口、POST /sapi/v1/userListenToken、GET /api/v3/time、
GET /api/v3/exchangeInfo，以及 ws://.../ws-api/v3 上的 WebSocket API（用户数据流的订阅与事件），
应答方式与币安一致；另有修改交易对价格和沙箱时钟的沙箱专用接口。它不是交易所，不涉及真实资金。

启动后打印地址，以及一个 HMAC-SHA256 账户和一个 Ed25519 账户的一次性凭证，形式为终端命令
（export BINANCE_BASE_URL=...、BINANCE_API_KEY=...、BINANCE_API_SECRET=... 或
BINANCE_PRIVATE_KEY_FILE=...）：粘贴其中一段后，接下来的 sapi-kit 命令都会发往该沙箱。

选项：
  --port N            127.0.0.1 上的端口，0 到 65535（默认 0：自动选择空闲端口）
  --lang en|zh-CN     提示信息语言（默认 en）
  -h, --help          显示本帮助

按 Ctrl-C、收到 SIGTERM 或 SIGHUP、或标准输出被关闭时正常停止（临时私钥文件随之删除）。
退出码：0 已停止，2 用法错误（选项有误、端口被占用），1 其他错误。
`,
  demoHelp: `用法：sapi-kit demo [--lang en|zh-CN]

通过 REST 在本地沙箱上演示杠杆订单列表的完整生命周期，每一步都是一条 sapi-kit 命令：
先是一个 OCO，价格变动使其止盈订单成交（显示哪个订单成交、成交价以及产生的成交记录）；
然后是 OTOCO 和 OTO，生效订单成交后留下一个挂单中的 OCO 订单对和一个单独的挂单，
最后用一次 cancel-all 全部撤销。同时 sapi-kit margin watch 监听每个账户的用户数据流，
显示每一步引起的事件：OCO 的成交、OTOCO 的待处理订单对生效。无需账户。

选项：
  --lang en|zh-CN     提示信息语言（默认 en）
  -h, --help          显示本帮助

退出码：0 每一步都成功且所有订单列表均已结束，2 用法错误，1 其他情况。
`,
  sandboxSecretWarning: "这些密钥只在本沙箱中有效，随沙箱停止而失效。此处有意将其打印出来；切勿打印真实的币安密钥。",
  sandboxAdminHeading: "沙箱专用接口（无需密钥，只接受本机客户端；币安没有这些接口）：",
  adminRoute: (method, path) =>
    path.endsWith("/price")
      ? method === "POST"
        ? "JSON {symbol, price}：修改交易对的最新成交价，挂单中的订单列表随之成交、触发或过期"
        : "?symbol=...：读取交易对的最新成交价"
      : path.endsWith("/symbols")
        ? "交易对表：过滤器和最新成交价"
        : path.endsWith("/clock")
          ? "JSON {advanceMs}：将沙箱时钟向前拨动，令牌和数据流按它过期"
          : "",
  sandboxAdminExample: (u) =>
    `例如：curl -X POST '${u}/sandbox/v1/price' -H 'Content-Type: application/json' -d '{"symbol":"BTCUSDT","price":"61000"}'`,
  sandboxTryIt: (streamUrl) =>
    `将任何客户端指向该地址：支持 /sapi/v1/margin 订单与订单列表接口、POST /sapi/v1/userListenToken、\nGET /api/v3/time 和 GET /api/v3/exchangeInfo；WebSocket API（用户数据流）地址为 ${streamUrl}。\n例如粘贴一段之后运行：sapi-kit margin list-open-order-lists`,
  sandboxStopHint: "按 Ctrl-C 停止。",
  sandboxStopped: "沙箱已停止。",
  badPort: (v) => `--port 必须是 0 到 65535 之间的整数，收到的是 "${v}"。`,
  portInUse: (p) => `127.0.0.1 上的端口 ${p} 已被占用：请用 --port 换一个，或用 --port 0 自动选择空闲端口。`,
  demoTitle: "sapi-kit 演示：通过 REST 在本地沙箱上走完杠杆订单列表的生命周期，并在用户数据流上实时观察",
  demoStep: (n, title) => `${n}. ${title}`,
  demoOcoTitle: "OCO：价格穿过止盈价；哪个订单成交、成交价多少、产生了哪笔成交",
  demoOtocoTitle: "OTOCO 和 OTO：价格变动使两者的生效订单成交，待处理订单随之生效",
  demoPriceMoved: (s, p) => `沙箱中 ${s} 的最新成交价变为 ${p}`,
  demoStopWatchNote: "   # 相当于对 watch 按 Ctrl-C：取消订阅后退出",
  demoOpenOrders: "当前挂单：OTOCO 的待处理订单对（一个挂单中的 OCO），以及 OTO 的待处理订单（一个单独的挂单）：",
  demoCancelAllTitle: "一次 cancel-all 清空该交易对：OTOCO 挂单中的订单对和 OTO 剩下的那个订单",
  demoDone: "完成：所有订单列表均已结束（ALL_DONE），没有剩余挂单；数据流实时显示了每一次变化。",
  demoFailed: (what) => `演示中止：${what}`,
  listenTokenCreated: (account, expires, ms) =>
    `${account.isolated ? `逐仓 ${account.symbol} ` : "全仓"}杠杆账户的 listenToken，有效期至 ${expires}（expirationTime ${ms}）`,
  listenTokenMasked: (prefix) => `令牌：${prefix}…（完整令牌只在 --json 中输出：它可用于读取该账户的事件）`,
  watch: watchZhCN,
};
