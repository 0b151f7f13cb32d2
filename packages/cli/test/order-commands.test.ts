// The order and trade commands end to end, in-process: real argv parsing,
// real client + signer, real HTTP to a loopback sandbox whose state is the
// ground truth. Each test has a sandbox of its own, so moving a price in one
// fills nothing of another's.
import { type Sandbox, startSandbox } from "@sapi-kit/sandbox";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExitCode } from "../src/index.js";
import { createCapturedCli } from "./support/captured-cli.js";
import { englishWords } from "./support/english-words.js";

let sandbox: Sandbox;
const cli = createCapturedCli();
/** Every secret handed to the CLI: none may ever appear in its output. */
const secrets: string[] = [];

beforeEach(async () => {
  sandbox = await startSandbox();
});
afterEach(async () => {
  await sandbox.close();
});
afterAll(() => {
  for (const secret of secrets) expect(cli.printed).not.toContain(secret);
});

async function account() {
  const created = await sandbox.createAccount({ type: "hmac" });
  secrets.push(created.apiSecret as string);
  return { apiKey: created.apiKey, env: { BINANCE_API_KEY: created.apiKey, BINANCE_API_SECRET: created.apiSecret } };
}

const at = () => ["--base-url", sandbox.url];
const run = (argv: string[], env: Record<string, string | undefined>) => cli.run([...argv, ...at()], env);

/** SELL: limit 61000 > last 60000 > stop 59000 on the sandbox's BTCUSDT, placed through the CLI. */
async function placeOco(env: Record<string, string | undefined>, clientId: string, ...rest: string[]) {
  const placed = await run(
    [
      "margin", "place-oco", "--symbol", "BTCUSDT", "--side", "SELL", "--quantity", "0.01", "--price", "61000", "--stop-price", "59000",
      "--stop-limit-price", "58900", "--stop-limit-time-in-force", "GTC", "--list-client-order-id", clientId, "--json", ...rest,
    ],
    env,
  );
  expect(placed.code, placed.stderr).toBe(ExitCode.ok);
  const body = JSON.parse(placed.stdout) as { orderListId: number; orders: { orderId: number; clientOrderId: string }[] };
  // Binance's order: the stop leg, then the limit maker.
  const [stop, limit] = body.orders as [{ orderId: number; clientOrderId: string }, { orderId: number; clientOrderId: string }];
  return { orderListId: body.orderListId, stop, limit };
}

function requestsTo(apiKey: string, method: string, path: string) {
  return sandbox.requests.filter((r) => r.method === method && r.path === path && r.apiKey?.startsWith(apiKey.slice(0, 6)));
}

describe("get-order-list: every order's state", () => {
  it("queries each order: the take-profit FILLED at its price, the stop EXPIRED; weight 10 + 10 per order", async () => {
    const { apiKey, env } = await account();
    const oco = await placeOco(env, "legs-1");
    sandbox.setPrice("BTCUSDT", "61000");
    const shown = await run(["margin", "get-order-list", "--orig-client-order-id", "legs-1"], env);
    expect({ code: shown.code, stderr: shown.stderr }).toEqual({ code: ExitCode.ok, stderr: `→ sending to ${sandbox.url}\n` });
    expect(shown.stdout).toMatch(/^OCO order list \d+ on BTCUSDT \(cross margin\): ALL_DONE \/ ALL_DONE\n {2}client id: legs-1\n {2}orders:\n/);
    expect(shown.stdout).toContain(
      `    #${oco.stop.orderId} STOP_LOSS_LIMIT SELL @ 58900.00000000 stop 59000.00000000  EXPIRED  executed 0.00000000 of 0.01000000`,
    );
    expect(shown.stdout).toContain(
      `    #${oco.limit.orderId} LIMIT_MAKER SELL @ 61000.00000000  FILLED  executed 0.01000000 of 0.01000000 (quote 610.00000000)  (${oco.limit.clientOrderId})`,
    );
    // One list query, then one order query per order, each naming the list's symbol and the order.
    expect(requestsTo(apiKey, "GET", "/sapi/v1/margin/orderList")).toHaveLength(1);
    const legQueries = requestsTo(apiKey, "GET", "/sapi/v1/margin/order");
    expect(legQueries.map((r) => /orderId=(\d+)/.exec(r.query)?.[1])).toEqual([String(oco.stop.orderId), String(oco.limit.orderId)]);
    expect(legQueries.every((r) => r.query.startsWith("symbol=BTCUSDT&"))).toBe(true);
    // What it cost: 10 for the list, 10 per order, each endpoint counted on its own as Binance does.
    expect(shown.stdout).toMatch(
      /\n {2}rate-limit usage: X-SAPI-USED-IP-WEIGHT-1M=10\n {2}rate-limit usage of the order queries: X-SAPI-USED-IP-WEIGHT-1M=20\n$/,
    );
  });

  it("isolated: each order query names the account (isIsolated=TRUE)", async () => {
    const { apiKey, env } = await account();
    const oco = await placeOco(env, "legs-iso", "--isolated");
    const shown = await run(
      ["margin", "get-order-list", "--order-list-id", String(oco.orderListId), "--isolated", "--symbol", "BTCUSDT"],
      env,
    );
    expect(shown.code, shown.stderr).toBe(ExitCode.ok);
    expect(shown.stdout).toMatch(/\(isolated margin\): EXEC_STARTED \/ EXECUTING/);
    expect(shown.stdout.match(/ {2}NEW {2}executed 0\.00000000 of 0\.01000000/g)).toHaveLength(2);
    expect(requestsTo(apiKey, "GET", "/sapi/v1/margin/order").map((r) => r.query.includes("isIsolated=TRUE"))).toEqual([true, true]);
  });

  it("--no-legs and --json make the single call, as before", async () => {
    const { apiKey, env } = await account();
    const oco = await placeOco(env, "legs-2");
    const single = await run(["margin", "get-order-list", "--orig-client-order-id", "legs-2", "--no-legs"], env);
    expect(single.code).toBe(ExitCode.ok);
    expect(single.stdout).toContain(`  orders: #${oco.stop.orderId} (${oco.stop.clientOrderId}), #${oco.limit.orderId} (${oco.limit.clientOrderId})\n`);
    const json = await run(["margin", "get-order-list", "--orig-client-order-id", "legs-2", "--json"], env);
    expect(JSON.parse(json.stdout)).toMatchObject({ listClientOrderId: "legs-2" });
    expect(requestsTo(apiKey, "GET", "/sapi/v1/margin/order")).toEqual([]);
    expect(requestsTo(apiKey, "GET", "/sapi/v1/margin/orderList")).toHaveLength(2);
  });

  it("an order query that fails is shown on that order and explained; the list is still shown (exit 4)", async () => {
    const { env } = await account();
    const oco = await placeOco(env, "legs-3");
    sandbox.faults.inject(
      { type: "http-status", status: 503 },
      { times: 1, match: { method: "GET", path: "/sapi/v1/margin/order", when: (r) => r.query.includes(`orderId=${oco.limit.orderId}&`) } },
    );
    const shown = await run(["margin", "get-order-list", "--orig-client-order-id", "legs-3"], env);
    expect(shown.code).toBe(ExitCode.unknownStatus);
    expect(shown.stdout).toMatch(new RegExp(`#${oco.stop.orderId} STOP_LOSS_LIMIT SELL .* NEW `));
    expect(shown.stdout).toContain(`    #${oco.limit.orderId} (${oco.limit.clientOrderId}): its state could not be read (see the message below)\n`);
    expect(shown.stderr).toContain(`Order #${oco.limit.orderId}: The query failed (HTTP 503`);
    expect(shown.stderr).toMatch(/safe to run it again/);
  });

  it("interrupted during the order queries: the list is shown, the rest is not queried (exit 130)", async () => {
    const { env } = await account();
    const oco = await placeOco(env, "legs-4");
    // Every order query the sandbox receives (a rule that never applies), then one that never answers in time.
    const seen: string[] = [];
    const record = (request: { query: string }) => seen.push(request.query) < 0;
    sandbox.faults.inject({ type: "delay", ms: 0 }, { times: Number.POSITIVE_INFINITY, match: { method: "GET", path: "/sapi/v1/margin/order", when: record } });
    const rule = sandbox.faults.inject({ type: "delay", ms: 600_000 }, { times: 1, match: { method: "GET", path: "/sapi/v1/margin/order" } });
    const interrupt = new AbortController();
    const arrived = setInterval(() => rule.remaining === 0 && interrupt.abort(), 10);
    try {
      const shown = await cli.run(["margin", "get-order-list", "--orig-client-order-id", "legs-4", ...at()], env, interrupt.signal);
      expect(shown.code).toBe(ExitCode.interrupted);
      expect(shown.stdout).toMatch(/^OCO order list \d+ on BTCUSDT \(cross margin\): EXEC_STARTED \/ EXECUTING\n/);
      expect(shown.stdout).toContain(`#${oco.stop.orderId} (${oco.stop.clientOrderId}): its state could not be read`);
      expect(shown.stdout).toContain(`#${oco.limit.orderId} (${oco.limit.clientOrderId}): its state could not be read`);
      expect(shown.stderr).toContain(`Order #${oco.stop.orderId}: Interrupted (Ctrl-C): the query was abandoned.`);
      expect(seen.map((query) => /orderId=(\d+)/.exec(query)?.[1])).toEqual([String(oco.stop.orderId)]);
    } finally {
      clearInterval(arrived);
    }
  });

  it("help says what the order queries cost, read from the spec's weights, in both languages", async () => {
    const en = await cli.run(["margin", "get-order-list", "--help"], {});
    expect(en.stdout).toMatch(/^ {2}--no-legs +one call/m);
    expect(en.stdout).toContain("weight 10 (IP) for the list plus 10 (IP) per order, e.g. 30 (IP) for an OCO and 40 (IP) for an OTOCO.");
    const zh = await cli.run(["margin", "get-order-list", "--help", "--lang", "zh-CN"], {});
    expect(zh.stdout).toContain("权重为订单列表 10（IP），每个订单另加 10（IP），例如 OCO 共 30（IP），OTOCO 共 40（IP）。");
  });
});

describe("orders and trades (USER_DATA)", () => {
  it("get-order, list-open-orders, list-orders, list-trades: one order's fill and the trade it made", async () => {
    const { env } = await account();
    const oco = await placeOco(env, "reads-1");
    const open = await run(["margin", "list-open-orders", "--symbol", "BTCUSDT"], env);
    expect(open.code, open.stderr).toBe(ExitCode.ok);
    expect(open.stdout).toMatch(/^2 orders:\n/);
    expect(open.stdout).toContain(`  BTCUSDT #${oco.limit.orderId} LIMIT_MAKER SELL @ 61000.00000000  NEW  executed 0.00000000 of 0.01000000`);
    expect(open.stdout).toContain(`  list ${oco.orderListId}  (${oco.limit.clientOrderId})`);

    sandbox.setPrice("BTCUSDT", "61000");
    const order = await run(["margin", "get-order", "--symbol", "BTCUSDT", "--order-id", String(oco.limit.orderId)], env);
    expect(order.code, order.stderr).toBe(ExitCode.ok);
    expect(order.stdout).toMatch(new RegExp(`^Order #${oco.limit.orderId} on BTCUSDT \\(cross margin\\): FILLED\\n`));
    expect(order.stdout).toContain("LIMIT_MAKER SELL @ 61000.00000000  FILLED  executed 0.01000000 of 0.01000000 (quote 610.00000000)");

    const none = await run(["margin", "list-open-orders", "--symbol", "BTCUSDT"], env);
    expect(none.stdout.split("\n")[0]).toBe("No orders.");
    const all = await run(["margin", "list-orders", "--symbol", "BTCUSDT", "--json"], env);
    expect((JSON.parse(all.stdout) as { status: string }[]).map((o) => o.status).sort()).toEqual(["EXPIRED", "FILLED"]);

    const trades = await run(["margin", "list-trades", "--symbol", "BTCUSDT"], env);
    expect(trades.code, trades.stderr).toBe(ExitCode.ok);
    expect(trades.stdout).toMatch(/^1 trade on BTCUSDT:\n/);
    expect(trades.stdout).toMatch(new RegExp(`\\n {2}#\\d+ order #${oco.limit.orderId} SELL \\(seller\\), maker: 0\\.01000000 @ 61000\\.00000000`));
    expect(trades.stdout).toMatch(/ {2}commission \d+\.\d+ [A-Z]+ {2}\d{4}-\d\d-\d\dT/);
  });

  it("in Chinese: the same summaries, no English words left", async () => {
    const { env } = await account();
    const oco = await placeOco(env, "reads-zh");
    sandbox.setPrice("BTCUSDT", "61000");
    const zh = (argv: string[]) => run([...argv, "--lang", "zh-CN"], env);
    const order = await zh(["margin", "get-order", "--symbol", "BTCUSDT", "--order-id", String(oco.stop.orderId)]);
    expect(order.stdout).toMatch(new RegExp(`^BTCUSDT 上的订单 #${oco.stop.orderId}（全仓杠杆）：EXPIRED\\n`));
    expect(order.stdout).toContain("触发价 59000.00000000  EXPIRED  已成交 0.00000000 / 0.01000000");
    const trades = await zh(["margin", "list-trades", "--symbol", "BTCUSDT"]);
    expect(trades.stdout).toMatch(/^BTCUSDT 上共 1 笔成交：\n {2}#\d+ 订单 #\d+ SELL（卖方），挂单方：0\.01000000 @ 61000\.00000000/);
    const legs = await zh(["margin", "get-order-list", "--orig-client-order-id", "reads-zh"]);
    expect(legs.stdout).toContain("FILLED  已成交 0.01000000 / 0.01000000（成交额 610.00000000）");
    const none = await zh(["margin", "list-open-orders", "--symbol", "BTCUSDT"]);
    expect(none.stdout.split("\n")[0]).toBe("没有订单。");
    for (const shown of [order, trades, legs, none]) {
      expect(shown.code).toBe(ExitCode.ok);
      // Ids, decimals, enum values, client ids, times and the usage header aside, all Chinese.
      const sameInEveryLanguage = /\((?:[\w-]+)\)|X-SAPI-[\w-]+=\d+|\d{4}-[\dT:.-]+Z|\b(?:USDT|BTC|BTCUSDT|NEW|FILLED|EXPIRED|CANCELED|reads-zh)\b/g;
      const words = englishWords(shown.stdout.replace(sameInEveryLanguage, " "));
      expect(words).toEqual([]);
    }
  });

  it("an unknown order: exits 3 with Binance's code", async () => {
    const { env } = await account();
    const shown = await run(["margin", "get-order", "--symbol", "BTCUSDT", "--order-id", "987654"], env);
    expect(shown.code).toBe(ExitCode.binanceRejected);
    expect(shown.stderr).toMatch(/Binance rejected the query \(HTTP 400, code -2013\)/);
  });

  it("the spec's rules are checked before sending: an id, the 24-hour window, --from-id without a time range", async () => {
    const { apiKey, env } = await account();
    const neither = await run(["margin", "get-order", "--symbol", "BTCUSDT"], env);
    expect(neither.code).toBe(ExitCode.usage);
    expect(neither.stderr).toMatch(/--order-id or --orig-client-order-id/);
    const day = 86_400_000;
    for (const command of ["list-trades", "list-orders"]) {
      const tooLong = await run(["margin", command, "--symbol", "BTCUSDT", "--start-time", "0", "--end-time", String(day + 1)], env);
      expect(tooLong.code).toBe(ExitCode.usage);
      expect(tooLong.stderr).toMatch(/^--end-time may be at most 24 hours after --start-time\.\n/);
      const zh = await run(["margin", command, "--symbol", "BTCUSDT", "--start-time", "0", "--end-time", String(day + 1), "--lang", "zh-CN"], env);
      expect(zh.stderr).toMatch(/^--end-time 与 --start-time 的间隔不能超过 24 小时。\n/);
    }
    const fromId = await run(["margin", "list-trades", "--symbol", "BTCUSDT", "--from-id", "1", "--start-time", "0"], env);
    expect(fromId.code).toBe(ExitCode.usage);
    expect(sandbox.requests.filter((r) => r.apiKey?.startsWith(apiKey.slice(0, 6)))).toEqual([]);
    // Exactly 24 hours is accepted, and sent (spec/README.md: at most 24 hours, inclusive).
    const now = Date.now();
    const day1 = await run(["margin", "list-trades", "--symbol", "BTCUSDT", "--start-time", String(now - day), "--end-time", String(now)], env);
    expect({ code: day1.code, first: day1.stdout.split("\n")[0] }).toEqual({ code: ExitCode.ok, first: "No trades." });
    const help = await cli.run(["margin", "list-trades", "--help"], {});
    expect(help.stdout).toContain("  --end-time may be at most 24 hours after --start-time.\n");
  });
});

describe("cancel-order and cancel-all (TRADE)", () => {
  it("cancel-order of one leg cancels the whole list", async () => {
    const { apiKey, env } = await account();
    const oco = await placeOco(env, "cancel-1");
    const cancelled = await run(["margin", "cancel-order", "--symbol", "BTCUSDT", "--order-id", String(oco.limit.orderId)], env);
    expect(cancelled.code, cancelled.stderr).toBe(ExitCode.ok);
    expect(cancelled.stdout).toMatch(/Cancelled/);
    expect(sandbox.getOrderList(apiKey, { listClientOrderId: "cancel-1" })?.legs.map((leg) => leg.status)).toEqual(["CANCELED", "CANCELED"]);
    const again = await run(["margin", "cancel-order", "--symbol", "BTCUSDT", "--order-id", String(oco.stop.orderId)], env);
    expect(again.code).toBe(ExitCode.binanceRejected);
    expect(again.stderr).toMatch(/Binance rejected the order cancel \(HTTP 400, code -2011\)/);
  });

  it("cancel-all sweeps the open list and the OTO's open order of this account only", async () => {
    const { apiKey, env } = await account();
    const other = await account();
    await placeOco(env, "sweep-oco");
    const oto = await run(
      [
        "margin", "place-oto", "--symbol", "BTCUSDT", "--working-type", "LIMIT", "--working-side", "BUY", "--working-price", "59500",
        "--working-quantity", "0.01", "--working-time-in-force", "GTC", "--pending-type", "LIMIT_MAKER", "--pending-side", "SELL",
        "--pending-quantity", "0.01", "--pending-price", "62000", "--list-client-order-id", "sweep-oto",
      ],
      env,
    );
    expect(oto.code, oto.stderr).toBe(ExitCode.ok);
    await placeOco(other.env, "not-mine");
    // The OTO's working order fills (so does nothing of the OCO): its pending order is the one open order left of it.
    sandbox.setPrice("BTCUSDT", "59500");
    const swept = await run(["margin", "cancel-all", "--symbol", "BTCUSDT"], env);
    expect(swept.code, swept.stderr).toBe(ExitCode.ok);
    expect(swept.stdout).toMatch(/^Cancelled on BTCUSDT \(cross margin\): \d+ orders?, \d+ order lists?\n/);
    expect(swept.stdout).toMatch(/CANCELED/);
    const open = await run(["margin", "list-open-orders", "--symbol", "BTCUSDT"], env);
    expect(open.stdout.split("\n")[0]).toBe("No orders.");
    expect(sandbox.getOrderList(other.apiKey, { listClientOrderId: "not-mine" })?.status).toBe("OPEN");
    expect(sandbox.getOrderList(apiKey, { listClientOrderId: "sweep-oco" })?.status).toBe("CANCELED");
    const zh = await run(["margin", "cancel-all", "--symbol", "BTCUSDT", "--lang", "zh-CN"], other.env);
    expect(zh.stdout).toMatch(/^已撤销 BTCUSDT（全仓杠杆）上的 0 个订单、1 个订单列表\n/);
  });

  it("a standalone order: cancel-order answers the order, cancel-all lists single orders and lists apart", async () => {
    const { apiKey, env } = await account();
    const single = sandbox.createOrder(apiKey, { symbol: "BTCUSDT", side: "BUY", price: "59000", quantity: "0.01", clientOrderId: "lone" });
    const cancelled = await run(
      ["margin", "cancel-order", "--symbol", "BTCUSDT", "--orig-client-order-id", "lone", "--new-client-order-id", "my-cancel"],
      env,
    );
    expect(cancelled.code, cancelled.stderr).toBe(ExitCode.ok);
    expect(cancelled.stdout).toMatch(new RegExp(`^Cancelled order #${single.orderId} on BTCUSDT \\(cross margin\\): CANCELED\n`));
    expect(cancelled.stdout).toContain("LIMIT BUY @ 59000.00000000  CANCELED  executed 0.00000000 of 0.01000000 (quote 0.00000000)  (lone)");
    expect(cancelled.stdout).toContain("  client id of this cancel: my-cancel\n");

    const other = sandbox.createOrder(apiKey, { symbol: "BTCUSDT", side: "BUY", price: "58000", quantity: "0.02", clientOrderId: "lone-2" });
    const oco = await placeOco(env, "with-lone");
    const swept = await run(["margin", "cancel-all", "--symbol", "BTCUSDT", "--lang", "zh-CN"], env);
    expect(swept.code, swept.stderr).toBe(ExitCode.ok);
    const lines = swept.stdout.split("\n");
    expect(lines[0]).toBe("已撤销 BTCUSDT（全仓杠杆）上的 1 个订单、1 个订单列表");
    expect(swept.stdout).toContain(`  #${other.orderId} LIMIT BUY @ 58000.00000000  CANCELED  已成交 0.00000000 / 0.02000000（成交额 0.00000000）  (lone-2)`);
    expect(swept.stdout).toContain(`  BTCUSDT 上的 OCO 订单列表 ${oco.orderListId}（全仓杠杆）：ALL_DONE / ALL_DONE  自定义 ID：with-lone`);
    expect(swept.stdout).toContain(`    #${oco.limit.orderId} LIMIT_MAKER SELL 0.01000000 @ 61000.00000000  CANCELED  (${oco.limit.clientOrderId})`);
  });

  it("an unknown outcome is never resent, and says how to check (exit 4)", async () => {
    const { apiKey, env } = await account();
    const oco = await placeOco(env, "unknown-1", "--isolated");
    sandbox.faults.inject({ type: "http-status", status: 503 }, { times: 1, executes: true, match: { method: "DELETE" } });
    const one = await run(["margin", "cancel-order", "--symbol", "BTCUSDT", "--isolated", "--order-id", String(oco.stop.orderId)], env);
    expect(one.code).toBe(ExitCode.unknownStatus);
    expect(one.stderr).toMatch(/The order cancel's outcome is UNKNOWN \(HTTP 503.*check the order before retrying/);
    expect(one.stderr).toContain(
      `GET /sapi/v1/margin/order with symbol=BTCUSDT, orderId=${oco.stop.orderId}, isIsolated=TRUE (Binance "Query Margin Account's Order"; with this CLI: sapi-kit margin get-order --symbol BTCUSDT --order-id ${oco.stop.orderId} --isolated)`,
    );
    expect(requestsTo(apiKey, "DELETE", "/sapi/v1/margin/order")).toHaveLength(1);
    // The check it prints runs as printed, and shows the cancel happened.
    const check = /with this CLI: (sapi-kit margin get-order [^)]+)\)/.exec(one.stderr)?.[1] as string;
    const checked = await run(check.split(" ").slice(1), env);
    expect(checked.stdout).toMatch(/: CANCELED\n/);

    sandbox.faults.inject({ type: "http-status", status: 503 }, { times: 1, match: { method: "DELETE" } });
    const all = await run(["margin", "cancel-all", "--symbol", "BTCUSDT", "--lang", "zh-CN"], env);
    expect(all.code).toBe(ExitCode.unknownStatus);
    expect(all.stderr).toMatch(/撤销全部挂单结果未知（HTTP 503.*重试前请先查询 BTCUSDT 上的挂单状态/);
    expect(all.stderr).toContain("sapi-kit margin list-open-orders --symbol BTCUSDT");
    expect(requestsTo(apiKey, "DELETE", "/sapi/v1/margin/openOrders")).toHaveLength(1);
  });

  it("--help of a cancel says it is never resent, in both languages", async () => {
    const en = await cli.run(["margin", "cancel-all", "--help"], {});
    expect(en.stdout).toMatch(/A cancel is never sent twice by this CLI/);
    expect(en.stdout).not.toMatch(/A query changes nothing/);
    const zh = await cli.run(["margin", "cancel-order", "--help", "--lang", "zh-CN"], {});
    expect(zh.stdout).toMatch(/本工具绝不会重复发送撤单请求/);
  });
});
