// `sapi-kit margin watch` 的全部提示信息，简体中文（与 watch-en.ts 的键相同）。
import type { GapReason, WatchCatalog, WatchedAccount } from "./watch-catalog.js";

const accountName = (account: WatchedAccount) => (account.type === "cross" ? "全仓杠杆账户" : `逐仓 ${account.symbol} 杠杆账户`);

const GAP_REASONS: Record<GapReason, string> = {
  closed: "连接已关闭",
  error: "连接出错",
  serverShutdown: "服务器通知即将停机",
  connectionLimit: "连接达到 24 小时上限",
  terminated: "订阅已结束（eventStreamTerminated）",
};

export const watchZhCN: WatchCatalog = {
  help: `用法：sapi-kit margin watch [--isolated --symbol 交易对 ...] [--cross] [选项]

实时打印杠杆账户的用户数据事件，每个事件一行：每个订单的 executionReport 和每个订单列表的
listStatus（WebSocket API 的 listenToken 订阅）。令牌通过 POST /sapi/v1/userListenToken 创建，
在过期前自动续期；连接中断后会重新连接、重新订阅，并说明从何时到何时没有收到事件。

选项：
  --isolated                      逐仓杠杆账户，每个 --symbol 一个（默认：全仓杠杆账户）
  --symbol 交易对                  逐仓账户的交易对；可重复使用以同时订阅多个（需要 --isolated）
  --cross                         同时订阅全仓杠杆账户（与 --isolated 一起使用）
  --validity 毫秒                  每个令牌的有效期，60000 到 86400000 毫秒（默认 24 小时）；
                                  到期前 5 分钟续期（有效期更短时在一半时续期）
  --stream-url URL                WebSocket API 地址（默认：BINANCE_STREAM_URL；未设置时，若
                                  base URL 是本机地址则用该沙箱自己的地址，否则为
                                  wss://ws-api.binance.com:443/ws-api/v3）
  --base-url URL                  API 地址，令牌从这里创建（默认：BINANCE_BASE_URL，
                                  都未设置时为 https://api.binance.com）
  --sandbox                       使用内嵌的本地沙箱及其数据流（无需账户，不涉及真实资金；
                                  不能与 --base-url 或 --stream-url 同时使用）
  --json                          在标准输出上每行一个 JSON 对象：即币安发送的事件原文；
                                  其他信息以文字形式输出到 stderr
  --lang en|zh-CN                 提示信息语言（默认 en）
  -h, --help                      显示本帮助

凭证（环境变量，使用 --sandbox 时不需要）：
  BINANCE_API_KEY 以及 BINANCE_API_SECRET（HMAC），或 BINANCE_PRIVATE_KEY_FILE（RSA / Ed25519，PEM PKCS#8）

不加 --json 时，订阅、续期和中断各占一行，输出到标准输出；格式错误的消息帧和失败信息输出到
stderr（监听继续进行）。按 Ctrl-C、收到 SIGTERM 或 SIGHUP 时停止：先取消订阅，再关闭连接。
退出码：0 已停止，2 用法错误，3 首次订阅被币安拒绝（例如 API key 无效），7 首次订阅前无法连接
WebSocket API 或 API 服务器，1 其他错误。首次订阅之后的失败只会报告并重试。
`,
  account: (account) => (account.type === "cross" ? "[全仓]" : `[逐仓 ${account.symbol}]`),
  order: (o) =>
    `${o.symbol} ${o.orderListId === undefined ? "订单" : "列表订单"} #${o.orderId} ${o.type} ${o.side} ${o.quantity}` +
    `${o.price === undefined ? "" : ` @ ${o.price}`}${o.stopPrice === undefined ? "" : ` 触发价 ${o.stopPrice}`} ${o.status}` +
    `${o.executionType === undefined ? "" : `（${o.executionType}）`}` +
    `${o.fill === undefined ? "" : o.fill.whole ? `，成交价 ${o.fill.price}` : `，本次成交 ${o.fill.quantity}，成交价 ${o.fill.price}（累计成交 ${o.fill.executed}）`}` +
    `${o.executed === undefined ? "" : `（累计成交 ${o.executed}）`}${o.reason === undefined ? "" : `（${o.reason}）`}` +
    `${o.orderListId === undefined ? "" : `；订单列表 ${o.orderListId}`}`,
  list: (l) => `${l.symbol} 订单列表 ${l.orderListId} ${l.contingencyType} ${l.listOrderStatus}（${l.listStatusType}，${l.listClientOrderId}）`,
  terminated: "eventStreamTerminated：订阅已结束（令牌过期，或已取消订阅）",
  balances: (balances) => `余额：${balances.map((b) => `${b.asset} 可用 ${b.free}，冻结 ${b.locked}`).join("；")}`,
  balanceUpdate: (asset, delta) => `${asset} 余额变动 ${delta}`,
  otherEvent: (type, json) => `事件 ${type}：${json}`,
  connecting: (baseUrl, streamUrl) => `→ 令牌来自 ${baseUrl}，事件来自 ${streamUrl}`,
  subscribed: (account, id, expires, renewal) =>
    renewal
      ? `已续期：${accountName(account)}的订阅 ${id} 有效期延长至 ${expires}。`
      : `正在监听${accountName(account)}（订阅 ${id}，令牌有效期至 ${expires}，到期前自动续期）。`,
  gap: (from, to, accounts, reason, commands) =>
    `${accounts.map(accountName).join("和")}从 ${from} 到 ${to} 没有收到事件（${GAP_REASONS[reason]}），现已重新订阅。` +
    `这段时间内的变化未能看到：请用 ${commands.map((c) => `\`${c}\``).join("、")} 核对。`,
  malformed: (path, frame) =>
    `已跳过一个格式错误的消息帧（${path === undefined ? "不是可读的 JSON 事件" : `${path} 处的整数超过 2^53，无法精确读取`}）：${frame}`,
  notReached: (origin) => `无法连接 ${origin}`,
  retrying: (detail, account) => `${account === undefined ? "数据流" : `${accountName(account)}的数据流`}出错：${detail}。稍后重试。`,
  connectionLost: "WebSocket API 应答之前连接已关闭",
  binanceError: (code, msg) => `币安拒绝了请求（错误码 ${code}）：${msg}`,
  stopped: "已停止监听：已取消订阅并断开连接。",
  badStreamUrl: (source, v) => `${source} "${v}" 不是 ws(s) 地址。`,
  streamUrlCredentials: (source) => `${source} 不能包含用户名或密码（user:password@）或片段（#...）。`,
  sandboxWithStreamUrl: "--sandbox 会启动自己的沙箱和数据流，--stream-url 将被忽略：请只提供其中之一。",
  symbolWithoutIsolated: "--symbol 指定的是逐仓杠杆账户：请加上 --isolated（全仓杠杆账户不需要交易对）。",
  validityTooShort: (min) => `监听时 --validity 至少为 ${min}（一分钟）：每个令牌都会在到期前续期。`,
  isolatedWithoutSymbol: "--isolated 需要 --symbol：逐仓账户的交易对（可重复 --symbol 以订阅多个）。",
};
