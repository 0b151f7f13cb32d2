// The CLI end to end, in-process: real argv parsing, real client + signer,
// real HTTP to a loopback sandbox whose state is the ground truth.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Sandbox, startSandbox } from "@sapi-kit/sandbox";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../src/index.js";
import { createCapturedCli } from "./support/captured-cli.js";

let sandbox: Sandbox;
let keyDir: string;
/** Every secret any test handed to the CLI: none may ever appear in its output. */
const secrets: string[] = [];
/** Runs the CLI in-process and keeps everything it printed during this file's tests. */
const captured = createCapturedCli();
const cli = (argv: string[], env: Record<string, string | undefined>) => captured.run(argv, env);

beforeAll(async () => {
  sandbox = await startSandbox();
  keyDir = await mkdtemp(join(tmpdir(), "sapi-kit-cli-test-"));
});
afterAll(async () => {
  await sandbox.close();
  await rm(keyDir, { recursive: true, force: true });
  for (const secret of secrets) expect(captured.printed).not.toContain(secret);
});
afterEach(() => sandbox.faults.clear());

async function hmacAccount() {
  const account = await sandbox.createAccount({ type: "hmac" });
  secrets.push(account.apiSecret as string);
  return { account, env: { BINANCE_API_KEY: account.apiKey, BINANCE_API_SECRET: account.apiSecret } };
}

async function keyFileAccount(type: "rsa" | "ed25519") {
  const account = await sandbox.createAccount({ type });
  const pem = account.privateKeyPem as string;
  secrets.push(pem.split("\n")[1] as string);
  const file = join(keyDir, `${type}-${account.apiKey.slice(0, 8)}.pem`);
  await writeFile(file, pem, { mode: 0o600 });
  return { account, env: { BINANCE_API_KEY: account.apiKey, BINANCE_PRIVATE_KEY_FILE: file } };
}

const cancel = (symbol: string, ...rest: string[]) => ["margin", "cancel-oco", "--symbol", symbol, ...rest];
const at = () => ["--base-url", sandbox.url];

function cancelRequests(apiKey: string) {
  return sandbox.requests.filter((r) => r.method === "DELETE" && r.apiKey?.startsWith(apiKey.slice(0, 6)));
}

describe("sapi-kit margin cancel-oco", () => {
  it("cancels a cross OCO by orderListId with HMAC and prints a summary", async () => {
    const { account, env } = await hmacAccount();
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const { code, stdout, stderr } = await cli(
      [...cancel("LTCBTC", "--order-list-id", String(list.orderListId)), ...at()],
      env,
    );
    // Where the request went, on stderr: the only line there when all is well.
    expect({ code, stderr }).toEqual({ code: ExitCode.ok, stderr: `→ sending to ${sandbox.url}\n` });
    expect(stdout).toContain(`Cancelled OCO order list ${list.orderListId} on LTCBTC (cross margin)`);
    expect(stdout).toMatch(/ALL_DONE \/ ALL_DONE/);
    expect(stdout.match(/CANCELED/g)).toHaveLength(2);
    expect(stdout).toMatch(/X-SAPI-USED-UID-WEIGHT-1M=\d+/);
    expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status).toBe("CANCELED");
  });

  it.each(["ed25519", "rsa"] as const)(
    "cancels an isolated OCO by listClientOrderId with an %s key file, --json",
    async (type) => {
      const { account, env } = await keyFileAccount(type);
      const list = sandbox.createOcoList(account.apiKey, { symbol: "BTCUSDT", isIsolated: true });
      const { code, stdout } = await cli(
        [...cancel("BTCUSDT", "--isolated", "--list-client-order-id", list.listClientOrderId, "--json"), ...at()],
        env,
      );
      expect(code).toBe(ExitCode.ok);
      const body = JSON.parse(stdout);
      expect(body).toMatchObject({ orderListId: list.orderListId, isIsolated: true, listOrderStatus: "ALL_DONE" });
      expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.cancelCount).toBe(1);
    },
  );

  it("sends --recv-window and --new-client-order-id as given", async () => {
    const { account, env } = await hmacAccount();
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const args = ["--order-list-id", String(list.orderListId), "--recv-window", "7000", "--new-client-order-id", "cli-cancel-1"];
    const { code } = await cli([...cancel("LTCBTC", ...args), ...at()], env);
    expect(code).toBe(ExitCode.ok);
    const sent = cancelRequests(account.apiKey).at(-1);
    expect(sent?.query).toMatch(/recvWindow=7000/);
    expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.cancelClientOrderId).toBe(
      "cli-cancel-1",
    );
  });

  it("exits 3 with Binance's message when the cancel is rejected, and cancels nothing", async () => {
    const { account, env } = await hmacAccount();
    const isolated = sandbox.createOcoList(account.apiKey, { symbol: "BTCUSDT", isIsolated: true });
    // An isolated list cancelled without --isolated: Binance answers -2011.
    const { code, stderr } = await cli(
      [...cancel("BTCUSDT", "--order-list-id", String(isolated.orderListId)), ...at()],
      env,
    );
    expect(code).toBe(ExitCode.binanceRejected);
    expect(stderr).toMatch(/HTTP 400, code -2011/);
    expect(sandbox.getOrderList(account.apiKey, { orderListId: isolated.orderListId })?.status).toBe("OPEN");
  });

  it("exits 4 on a 5xx and says the outcome is unknown; the cancel is sent once", async () => {
    const { account, env } = await hmacAccount();
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    sandbox.faults.inject({ type: "http-status", status: 503 }, { times: 1 });
    const before = cancelRequests(account.apiKey).length;
    const { code, stderr } = await cli([...cancel("LTCBTC", "--order-list-id", String(list.orderListId)), ...at()], env);
    expect(code).toBe(ExitCode.unknownStatus);
    expect(stderr).toMatch(/outcome is UNKNOWN \(HTTP 503/);
    expect(stderr).toMatch(/check the order list before retrying/);
    expect(cancelRequests(account.apiKey).length - before).toBe(1);
  });

  it("exits 4 on a dropped connection", async () => {
    const { account, env } = await hmacAccount();
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    sandbox.faults.inject({ type: "drop-connection" }, { times: 1 });
    const { code, stderr } = await cli([...cancel("LTCBTC", "--order-list-id", String(list.orderListId)), ...at()], env);
    expect(code).toBe(ExitCode.unknownStatus);
    expect(stderr).toMatch(/network failure/);
  });

  it("exits 5 with Retry-After when rate limited", async () => {
    const limited = await startSandbox({ rateLimit: { uidWeightPerMinute: 1 } });
    try {
      const account = await limited.createAccount({ type: "hmac" });
      secrets.push(account.apiSecret as string);
      const env = { BINANCE_API_KEY: account.apiKey, BINANCE_API_SECRET: account.apiSecret };
      const first = limited.createOcoList(account.apiKey, { symbol: "LTCBTC" });
      const second = limited.createOcoList(account.apiKey, { symbol: "LTCBTC" });
      const run = (id: number) =>
        cli([...cancel("LTCBTC", "--order-list-id", String(id)), "--base-url", limited.url], env);
      expect((await run(first.orderListId)).code).toBe(ExitCode.ok);
      const { code, stderr } = await run(second.orderListId);
      expect(code).toBe(ExitCode.rateLimited);
      expect(stderr).toMatch(/Rate limited \(HTTP 429\)\. Retry after \d+ s\./);
      expect(limited.getOrderList(account.apiKey, { orderListId: second.orderListId })?.status).toBe("OPEN");
    } finally {
      await limited.close();
    }
  });
});

describe("bad input is refused before anything is sent", () => {
  async function expectUsageError(argv: string[], env: Record<string, string | undefined>, pattern: RegExp) {
    const before = sandbox.requests.length;
    const { code, stderr, stdout } = await cli(argv, env);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toMatch(pattern);
    expect(stdout).toBe("");
    expect(sandbox.requests.length).toBe(before);
  }

  it("missing or conflicting credentials", async () => {
    const argv = [...cancel("LTCBTC", "--order-list-id", "0"), ...at()];
    await expectUsageError(argv, {}, /Set BINANCE_API_KEY/);
    await expectUsageError(argv, { BINANCE_API_KEY: "k" }, /Set BINANCE_API_SECRET .* or BINANCE_PRIVATE_KEY_FILE/);
    await expectUsageError(
      argv,
      { BINANCE_API_KEY: "k", BINANCE_API_SECRET: "s3cr3t-value", BINANCE_PRIVATE_KEY_FILE: "/x.pem" },
      /only one of BINANCE_API_SECRET and BINANCE_PRIVATE_KEY_FILE/,
    );
  });

  it("unreadable or unusable key files", async () => {
    const argv = [...cancel("LTCBTC", "--order-list-id", "0"), ...at()];
    const missing = join(keyDir, "does-not-exist.pem");
    await expectUsageError(argv, { BINANCE_API_KEY: "k", BINANCE_PRIVATE_KEY_FILE: missing }, /no such file/);
    await expectUsageError(argv, { BINANCE_API_KEY: "k", BINANCE_PRIVATE_KEY_FILE: keyDir }, /it is a directory/);
    const garbage = join(keyDir, "garbage.pem");
    await writeFile(garbage, "not-a-key-but-secret-material-xyz");
    secrets.push("not-a-key-but-secret-material-xyz");
    const { code, stderr } = await cli(argv, { BINANCE_API_KEY: "k", BINANCE_PRIVATE_KEY_FILE: garbage });
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toMatch(/credentials were refused before sending/);
  });

  it("both ids, no id, bad numbers, and the list stays open", async () => {
    const { account, env } = await hmacAccount();
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const id = String(list.orderListId);
    await expectUsageError([...cancel("LTCBTC", "--order-list-id", id, "--list-client-order-id", list.listClientOrderId), ...at()], env, /only one/);
    await expectUsageError([...cancel("LTCBTC"), ...at()], env, /Give --order-list-id or --list-client-order-id/);
    await expectUsageError([...cancel("LTCBTC", "--order-list-id", "1.0"), ...at()], env, /whole number/);
    await expectUsageError([...cancel("LTCBTC", "--order-list-id", id, "--recv-window", "60001"), ...at()], env, /1 to 60000/);
    expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status).toBe("OPEN");
  });
});

describe("languages, help and the sandbox flag", () => {
  it("prints help in English and Chinese", async () => {
    expect((await cli(["margin", "cancel-oco", "--help"], {})).stdout).toMatch(/^Usage: sapi-kit margin cancel-oco/);
    expect((await cli(["margin", "cancel-oco", "--help", "--lang", "zh-CN"], {})).stdout).toMatch(/^用法：sapi-kit margin cancel-oco/);
  });

  it("prints the summary and errors in Chinese with --lang zh-CN", async () => {
    const { account, env } = await hmacAccount();
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const ok = await cli([...cancel("LTCBTC", "--order-list-id", String(list.orderListId), "--lang", "zh-CN"), ...at()], env);
    expect(ok.stdout).toContain(`已取消 LTCBTC 上的 OCO 订单列表 ${list.orderListId}（全仓杠杆）`);
    // The cancel's own transaction time, not a fill's; Binance's Chinese words for the orders of a list; full-width colons.
    expect(ok.stdout).toMatch(/\n {2}撤销时间：\d{4}-\d\d-\d\dT/);
    expect(ok.stdout).toMatch(/\n {2}订单列表中的订单：\n/);
    expect(ok.stdout).not.toMatch(/成交时间|订单腿|[\u4e00-\u9fff]:/);
    const again = await cli([...cancel("LTCBTC", "--order-list-id", String(list.orderListId), "--lang", "zh-CN"), ...at()], env);
    expect(again.code).toBe(ExitCode.binanceRejected);
    expect(again.stderr).toMatch(/币安拒绝了撤单请求（HTTP 400，错误码 -2011）/);
  });

  it("--sandbox cancels a seeded demo OCO without credentials", async () => {
    const { code, stdout, stderr } = await cli(cancel("LTCBTC", "--order-list-id", "0", "--sandbox"), {});
    expect(stderr).toMatch(/Sandbox \(loopback test server, not an exchange\) listening at http:\/\/127\.0\.0\.1:\d+/);
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toContain("Cancelled OCO order list 0 on LTCBTC (cross margin)");
  });

  it("--sandbox seeds the orderListId asked for", async () => {
    const { code, stdout } = await cli(cancel("LTCBTC", "--order-list-id", "12345", "--sandbox", "--json"), {});
    expect(code).toBe(ExitCode.ok);
    expect(JSON.parse(stdout)).toMatchObject({ orderListId: 12345, listOrderStatus: "ALL_DONE" });
  });

  it("--sandbox honours --isolated and --list-client-order-id", async () => {
    const { code, stdout } = await cli(
      cancel("ETHBTC", "--isolated", "--list-client-order-id", "my-demo-oco", "--sandbox", "--json"),
      {},
    );
    expect(code).toBe(ExitCode.ok);
    expect(JSON.parse(stdout)).toMatchObject({ symbol: "ETHBTC", isIsolated: true, listClientOrderId: "my-demo-oco" });
  });
});
