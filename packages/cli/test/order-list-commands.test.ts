// The order-list commands end to end, in-process: real argv parsing, real
// client + signer, real HTTP to a loopback sandbox whose state is the ground
// truth. Every TRADE outcome (executed, rejected, unknown) and every query.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Sandbox, startSandbox } from "@sapi-kit/sandbox";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../src/index.js";
import { createCapturedCli } from "./support/captured-cli.js";
import { englishWords } from "./support/english-words.js";
import { type ScriptedServer, startScriptedServer } from "./support/scripted-server.js";

let sandbox: Sandbox;
let scripted: ScriptedServer;
let keyDir: string;
const cli = createCapturedCli();
/** Every secret handed to the CLI: none may ever appear in its output. */
const secrets: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox();
  scripted = await startScriptedServer();
  keyDir = await mkdtemp(join(tmpdir(), "sapi-kit-cli-lists-"));
});
afterEach(() => sandbox.faults.clear());
afterAll(async () => {
  await sandbox.close();
  await scripted.close();
  await rm(keyDir, { recursive: true, force: true });
  for (const secret of secrets) expect(cli.printed).not.toContain(secret);
});

async function hmacEnv() {
  const account = await sandbox.createAccount({ type: "hmac" });
  secrets.push(account.apiSecret as string);
  return { apiKey: account.apiKey, env: { BINANCE_API_KEY: account.apiKey, BINANCE_API_SECRET: account.apiSecret } };
}

async function ed25519Env() {
  const account = await sandbox.createAccount({ type: "ed25519" });
  const pem = account.privateKeyPem as string;
  secrets.push(pem.split("\n")[1] as string);
  const file = join(keyDir, `ed25519-${account.apiKey.slice(0, 8)}.pem`);
  await writeFile(file, pem, { mode: 0o600 });
  return { apiKey: account.apiKey, env: { BINANCE_API_KEY: account.apiKey, BINANCE_PRIVATE_KEY_FILE: file } };
}

const at = () => ["--base-url", sandbox.url];
/** SELL: limit 61000 > last 60000 > stop 59000 on the sandbox's BTCUSDT. */
const placeOco = (...rest: string[]) => [
  "margin", "place-oco", "--symbol", "BTCUSDT", "--side", "SELL", "--quantity", "0.01", "--price", "61000",
  "--stop-price", "59000", "--stop-limit-price", "58900", "--stop-limit-time-in-force", "GTC", ...rest,
];
const placeOtoco = (...rest: string[]) => [
  "margin", "place-otoco", "--symbol", "BTCUSDT", "--working-type", "LIMIT", "--working-side", "BUY", "--working-price", "59500",
  "--working-quantity", "0.01", "--working-time-in-force", "GTC", "--pending-side", "SELL", "--pending-quantity", "0.01",
  "--pending-above-type", "LIMIT_MAKER", "--pending-above-price", "61000", "--pending-below-type", "STOP_LOSS", "--pending-below-stop-price", "58500",
  ...rest,
];
const placeOto = (...rest: string[]) => [
  "margin", "place-oto", "--symbol", "LTCBTC", "--working-type", "LIMIT_MAKER", "--working-side", "SELL", "--working-price", "0.0016",
  "--working-quantity", "1", "--pending-type", "MARKET", "--pending-side", "BUY", "--pending-quantity", "1", ...rest,
];

function requestsOf(apiKey: string, method: string) {
  return sandbox.requests.filter((r) => r.method === method && r.apiKey?.startsWith(apiKey.slice(0, 6)));
}

describe("placing order lists (TRADE)", () => {
  it("place-oco: prints the list and its orders; the sandbox holds it open", async () => {
    const { apiKey, env } = await hmacEnv();
    const run = await cli.run([...placeOco("--list-client-order-id", "cli-oco-1"), ...at()], env);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: ExitCode.ok, stderr: `→ sending to ${sandbox.url}\n` });
    expect(run.stdout).toMatch(/^Placed OCO order list \d+ on BTCUSDT \(cross margin\): EXEC_STARTED \/ EXECUTING\n/);
    expect(run.stdout).toMatch(/#\d+ STOP_LOSS_LIMIT SELL 0\.01000000 @ 58900\.00000000 stop 59000\.00000000 {2}NEW/);
    expect(run.stdout).toMatch(/#\d+ LIMIT_MAKER SELL 0\.01000000 @ 61000\.00000000 {2}NEW/);
    expect(run.stdout).toMatch(/X-SAPI-USED-UID-WEIGHT-1M=6/);
    expect(sandbox.getOrderList(apiKey, { listClientOrderId: "cli-oco-1" })?.status).toBe("OPEN");
    // Decimal strings travel as typed.
    expect(requestsOf(apiKey, "POST").at(-1)?.query).toMatch(/quantity=0\.01&price=61000&stopPrice=59000/);
  });

  it("place-oto with a trailing-only pending STOP_LOSS: accepted, and it protects the filled working order", async () => {
    const { apiKey, env } = await hmacEnv();
    const argv = [
      "margin", "place-oto", "--symbol", "BNBUSDT", "--working-type", "LIMIT", "--working-side", "BUY", "--working-price", "295",
      "--working-quantity", "1", "--working-time-in-force", "GTC", "--pending-type", "STOP_LOSS", "--pending-side", "SELL",
      "--pending-quantity", "1", "--pending-trailing-delta", "100", "--list-client-order-id", "cli-oto-trailing",
    ];
    const run = await cli.run([...argv, ...at()], env);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: ExitCode.ok, stderr: `→ sending to ${sandbox.url}\n` });
    expect(run.stdout).toMatch(/STOP_LOSS SELL 1\.00000000 .*PENDING_NEW/);
    sandbox.setPrice("BNBUSDT", "295"); // the working order fills; the trailing stop tracks from 295
    sandbox.setPrice("BNBUSDT", "292.05"); // 1 % below 295
    expect(sandbox.getOrderList(apiKey, { listClientOrderId: "cli-oto-trailing" })?.legs.map((leg) => leg.status)).toEqual([
      "FILLED",
      "FILLED",
    ]);
    sandbox.setPrice("BNBUSDT", "300");
  });

  it("place-oto with an Ed25519 key file, --json", async () => {
    const { apiKey, env } = await ed25519Env();
    const run = await cli.run([...placeOto("--isolated", "--list-client-order-id", "cli-oto-1", "--json"), ...at()], env);
    expect(run.code).toBe(ExitCode.ok);
    const body = JSON.parse(run.stdout);
    expect(body).toMatchObject({ contingencyType: "OTO", isIsolated: true, listClientOrderId: "cli-oto-1", symbol: "LTCBTC" });
    expect(body.orderReports.map((report: { status: string }) => report.status)).toEqual(["NEW", "PENDING_NEW"]);
    expect(sandbox.getOrderList(apiKey, { listClientOrderId: "cli-oto-1" })?.isIsolated).toBe(true);
  });

  it("place-otoco: the price fills the working order, the pending pair then ends the list as an OCO", async () => {
    const { apiKey, env } = await hmacEnv();
    const run = await cli.run([...placeOtoco("--list-client-order-id", "cli-otoco-1"), ...at()], env);
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stdout.match(/PENDING_NEW/g)).toHaveLength(2);
    // Named after what was placed (Binance answers contingencyType "OTO" for an OTOCO).
    expect(run.stdout).toMatch(/^Placed OTOCO order list \d+ on BTCUSDT \(cross margin\)/);
    // A STOP_LOSS order has no limit price: its trigger is shown, never "@ 0.00000000".
    expect(run.stdout).toMatch(/ STOP_LOSS SELL 0\.01000000 stop 58500\.00000000 {2}PENDING_NEW/);
    expect(run.stdout).not.toMatch(/@ 0\.0+\b/);
    sandbox.setPrice("BTCUSDT", "59500");
    const open = await cli.run(["margin", "get-order-list", "--orig-client-order-id", "cli-otoco-1", ...at()], env);
    expect(open.stdout).toMatch(/EXEC_STARTED \/ EXECUTING/);
    expect(sandbox.getOrderList(apiKey, { listClientOrderId: "cli-otoco-1" })?.legs.map((leg) => leg.status)).toEqual([
      "FILLED",
      "NEW",
      "NEW",
    ]);
    sandbox.setPrice("BTCUSDT", "58000");
    const done = await cli.run(["margin", "get-order-list", "--orig-client-order-id", "cli-otoco-1", ...at()], env);
    expect(done.stdout).toMatch(/ALL_DONE \/ ALL_DONE/);
    sandbox.setPrice("BTCUSDT", "60000");
  });

  it("without --list-client-order-id: names the list itself, says so, and the list carries that id", async () => {
    const { apiKey, env } = await hmacEnv();
    const run = await cli.run([...placeOco(), ...at()], env);
    expect(run.code).toBe(ExitCode.ok);
    const id = /listClientOrderId=(sapi-kit-[A-Za-z0-9]+)/.exec(run.stderr)?.[1] as string;
    expect(id).toBeDefined();
    expect(sandbox.getOrderList(apiKey, { listClientOrderId: id })?.status).toBe("OPEN");
  });

  it("exits 3 with Binance's code when the prices break the OCO rule; nothing is placed", async () => {
    const { apiKey, env } = await hmacEnv();
    // SELL limit below the last price.
    const run = await cli.run([...placeOco(), ...at()].map((t) => (t === "61000" ? "59500" : t)), env);
    expect(run.code).toBe(ExitCode.binanceRejected);
    expect(run.stderr).toMatch(/Binance rejected the new OCO \(HTTP 400, code -2010\)/);
    expect(sandbox.orderLists(apiKey)).toEqual([]);
  });

  it("exits 4 when the outcome is unknown, sends once, and the check it prints finds the list", async () => {
    const { apiKey, env } = await hmacEnv();
    sandbox.faults.inject({ type: "http-status", status: 503 }, { times: 1, executes: true });
    const run = await cli.run([...placeOco(), ...at()], env);
    expect(run.code).toBe(ExitCode.unknownStatus);
    expect(run.stderr).toMatch(/The new OCO's outcome is UNKNOWN \(HTTP 503/);
    expect(requestsOf(apiKey, "POST")).toHaveLength(1);
    const check = /\(.*with this CLI: (sapi-kit margin get-order-list [^)]+)\)/.exec(run.stderr)?.[1] as string;
    expect(check).toMatch(/^sapi-kit margin get-order-list --orig-client-order-id sapi-kit-/);
    const checked = await cli.run([...check.split(" ").slice(1), ...at()], env);
    expect(checked.code).toBe(ExitCode.ok);
    expect(checked.stdout).toMatch(/OCO order list \d+ on BTCUSDT/);
  });

  it("exits 6 when a 2xx cannot be read: executed, do not resend", async () => {
    scripted.answer({ status: 200, headers: { "content-type": "text/html" }, body: "<html>ok</html>" });
    const run = await cli.run([...placeOco("--isolated"), "--base-url", scripted.url], { BINANCE_API_KEY: "k", BINANCE_API_SECRET: "s-6f1" });
    expect(run.code).toBe(ExitCode.executedUnreadable);
    expect(run.stderr).toMatch(/The new OCO was EXECUTED \(HTTP 200\).*not valid JSON \(text\/html\).*Do not send it again/);
    expect(run.stderr).toMatch(/get-order-list --orig-client-order-id sapi-kit-\w+ --isolated --symbol BTCUSDT/);
  });

  it("exits 130 when interrupted in flight: outcome unknown", async () => {
    const { env } = await hmacEnv();
    // Longer than the test may run: only the interrupt can end the call in time.
    const rule = sandbox.faults.inject({ type: "delay", ms: 600_000 }, { times: 1 });
    const interrupt = new AbortController();
    const arrived = setInterval(() => rule.remaining === 0 && interrupt.abort(), 10);
    try {
      const run = await cli.run([...placeOtoco(), ...at()], env, interrupt.signal);
      expect(run.code).toBe(ExitCode.interrupted);
      expect(run.stderr).toMatch(/Interrupted \(Ctrl-C\) while the new OTOCO was in flight: its outcome is UNKNOWN/);
    } finally {
      clearInterval(arrived);
    }
  });

  it("bad input never reaches the server", async () => {
    const { env } = await hmacEnv();
    const before = sandbox.requests.length;
    for (const argv of [
      placeOco("--quantity", "0,01"),
      placeOco().filter((t) => t !== "--stop-limit-time-in-force" && t !== "GTC"),
      placeOtoco("--pending-above-trailing-delta", "10").map((t) => (t === "--pending-above-price" ? "--pending-above-stop-price" : t)),
    ]) {
      const run = await cli.run([...argv, ...at()], env);
      expect(run.code).toBe(ExitCode.usage);
    }
    expect(sandbox.requests.length).toBe(before);
  });
});

describe("reading order lists (USER_DATA)", () => {
  it("get-order-list by id and by client id; isolated needs --isolated --symbol", async () => {
    const { apiKey, env } = await hmacEnv();
    const cross = sandbox.createOcoList(apiKey, { symbol: "LTCBTC", listClientOrderId: "read-me" });
    const isolated = sandbox.createOcoList(apiKey, { symbol: "BTCUSDT", isIsolated: true });
    const byId = await cli.run(["margin", "get-order-list", "--order-list-id", String(cross.orderListId), ...at()], env);
    expect(byId.stdout).toMatch(new RegExp(`^OCO order list ${cross.orderListId} on LTCBTC \\(cross margin\\): EXEC_STARTED`));
    expect(byId.stdout).toMatch(/X-SAPI-USED-IP-WEIGHT-1M=\d+/);
    const byClientId = await cli.run(["margin", "get-order-list", "--orig-client-order-id", "read-me", "--json", ...at()], env);
    expect(JSON.parse(byClientId.stdout)).toMatchObject({ orderListId: cross.orderListId, listClientOrderId: "read-me" });
    const iso = await cli.run(
      ["margin", "get-order-list", "--order-list-id", String(isolated.orderListId), "--isolated", "--symbol", "BTCUSDT", ...at()],
      env,
    );
    expect(iso.stdout).toMatch(/on BTCUSDT \(isolated margin\)/);
  });

  it("an unknown list: exits 3 with Binance's error (-2013), --json prints the error body", async () => {
    const { env } = await hmacEnv();
    const run = await cli.run(["margin", "get-order-list", "--order-list-id", "987654", "--json", ...at()], env);
    expect(run.code).toBe(ExitCode.binanceRejected);
    expect(JSON.parse(run.stdout)).toMatchObject({ code: -2013 });
    expect(run.stderr).toMatch(/Binance rejected the query \(HTTP 400, code -2013\)/);
  });

  it("list-order-lists and list-open-order-lists: all vs open, paging with --from-id and --limit", async () => {
    const { apiKey, env } = await hmacEnv();
    const first = sandbox.createOcoList(apiKey, { symbol: "LTCBTC" });
    const second = sandbox.createOcoList(apiKey, { symbol: "LTCBTC" });
    await cli.run(["margin", "cancel-oco", "--symbol", "LTCBTC", "--order-list-id", String(first.orderListId), ...at()], env);
    const open = await cli.run(["margin", "list-open-order-lists", ...at()], env);
    expect(open.stdout).toMatch(/^1 order list:\n/);
    expect(open.stdout).toContain(`order list ${second.orderListId} on LTCBTC`);
    const all = await cli.run(["margin", "list-order-lists", "--json", ...at()], env);
    expect((JSON.parse(all.stdout) as { orderListId: number }[]).map((l) => l.orderListId).sort()).toEqual(
      [first.orderListId, second.orderListId].sort(),
    );
    const page = await cli.run(["margin", "list-order-lists", "--from-id", String(second.orderListId), "--limit", "1", "--json", ...at()], env);
    expect((JSON.parse(page.stdout) as { orderListId: number }[]).map((l) => l.orderListId)).toEqual([second.orderListId]);
    const allLine = await cli.run(["margin", "list-order-lists", ...at()], env);
    expect(allLine.stdout).toMatch(/ALL_DONE \/ ALL_DONE/);
    expect(allLine.stdout).toMatch(/X-SAPI-USED-IP-WEIGHT-1M=\d+/);
  });

  it("no lists: says so", async () => {
    const { env } = await hmacEnv();
    const run = await cli.run(["margin", "list-open-order-lists", "--isolated", "--symbol", "ETHUSDT", ...at()], env);
    expect({ code: run.code, stdout: run.stdout.split("\n")[0] }).toEqual({ code: ExitCode.ok, stdout: "No order lists." });
  });

  it("a failed query says it is safe to run again (exit 4); an unreadable one exits 1", async () => {
    const { env } = await hmacEnv();
    sandbox.faults.inject({ type: "http-status", status: 502 }, { times: 1 });
    const failed = await cli.run(["margin", "list-open-order-lists", ...at()], env);
    expect(failed.code).toBe(ExitCode.unknownStatus);
    expect(failed.stderr).toMatch(/The query failed \(HTTP 502.*safe to run it again/);
    scripted.answer({ status: 200, headers: { "content-type": "application/json" }, body: '{"orderListId":1}' });
    const unreadable = await cli.run(["margin", "list-order-lists", "--base-url", scripted.url], env);
    expect(unreadable.code).toBe(ExitCode.failure);
    expect(unreadable.stderr).toMatch(/the body is not a JSON array/);
  });
});

describe("--sandbox, --lang zh-CN", () => {
  it("--sandbox places a list without an account", async () => {
    const run = await cli.run(placeOco("--sandbox"), {});
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stderr).toMatch(/Sandbox \(loopback test server, not an exchange\) listening at http:\/\/127\.0\.0\.1:\d+/);
    expect(run.stdout).toMatch(/^Placed OCO order list/);
  });

  it("--sandbox seeds the list a query names", async () => {
    const run = await cli.run(["margin", "get-order-list", "--order-list-id", "4242", "--sandbox", "--json"], {});
    expect(run.code).toBe(ExitCode.ok);
    expect(JSON.parse(run.stdout)).toMatchObject({ orderListId: 4242, contingencyType: "OCO" });
  });

  it("summaries and failures in Chinese", async () => {
    const { env } = await hmacEnv();
    const placed = await cli.run([...placeOco("--lang", "zh-CN"), ...at()], env);
    // Full-width colons after Chinese labels, never "：" and ":" mixed.
    expect(placed.stdout).toMatch(/\n {2}自定义 ID：sapi-kit-\w+\n/);
    expect(placed.stdout).toMatch(/\n {2}限频用量：X-SAPI-USED-UID-WEIGHT-1M=\d+\n/);
    expect(placed.stdout).not.toMatch(/[\u4e00-\u9fff]:/);
    expect(placed.stdout).toMatch(/^已提交 BTCUSDT 的 OCO 订单列表 \d+（全仓杠杆）：EXEC_STARTED \/ EXECUTING/);
    expect(englishWords(placed.stderr)).toEqual([]);
    const rejected = await cli.run(["margin", "get-order-list", "--order-list-id", "987654", "--lang", "zh-CN", ...at()], env);
    expect(rejected.stderr).toBe(`→ 发送至 ${sandbox.url}\n币安拒绝了查询请求（HTTP 400，错误码 -2013）：Order does not exist.\n`);
    sandbox.faults.inject({ type: "http-status", status: 503 }, { times: 1 });
    const unknown = await cli.run([...placeOtoco("--lang", "zh-CN"), ...at()], env);
    expect(unknown.code).toBe(ExitCode.unknownStatus);
    expect(unknown.stderr).toMatch(/OTOCO 下单结果未知/);
    // Only the generated-id notice's parameter name and the how-to-check parameters are not Chinese.
    expect(englishWords(unknown.stderr)).toEqual([]);
    const empty = await cli.run(["margin", "list-open-order-lists", "--isolated", "--symbol", "ETHUSDT", "--lang", "zh-CN", ...at()], env);
    expect(empty.stdout.split("\n")[0]).toBe("没有订单列表。");
  });
});
