// What the CLI prints when something goes wrong: every failure in Chinese with
// --lang zh-CN (details included), the usage hint once, Ctrl-C reported as an
// unknown outcome, and no password or secret on any of these paths.
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
const PASSWORD = "hunter2-base-url-password";
const SECRET = "failure-messages-secret-51c2";
const KEY_MATERIAL = "not-a-key-but-secret-material-q7";
const env = { BINANCE_API_KEY: "failure-messages-key", BINANCE_API_SECRET: SECRET };

beforeAll(async () => {
  sandbox = await startSandbox();
  scripted = await startScriptedServer();
  keyDir = await mkdtemp(join(tmpdir(), "sapi-kit-cli-messages-"));
});
afterEach(() => sandbox.faults.clear());
afterAll(async () => {
  await sandbox.close();
  await scripted.close();
  await rm(keyDir, { recursive: true, force: true });
  for (const secret of [PASSWORD, SECRET, KEY_MATERIAL]) expect(cli.printed).not.toContain(secret);
});

const cancel = (...rest: string[]) => ["margin", "cancel-oco", "--symbol", "LTCBTC", "--order-list-id", "7", ...rest];

describe("--lang zh-CN: every failure, details included, is in Chinese", () => {
  async function expectChinese(argv: string[], runEnv: Record<string, string | undefined>, exitCode: number) {
    const run = await cli.run([...argv, "--lang", "zh-CN"], runEnv);
    expect(run.code).toBe(exitCode);
    expect(run.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect({ argv: argv.join(" "), english: englishWords(run.stderr) }).toEqual({ argv: argv.join(" "), english: [] });
    return run;
  }

  it("usage errors", async () => {
    const usageCases: string[][] = [
      ["margin", "cancel-everything"],
      cancel("--bogus"),
      cancel("--recv-window"),
      ["margin", "cancel-oco", "--order-list-id", "7"],
      ["margin", "cancel-oco", "--symbol", "ltcbtc", "--order-list-id", "7"],
      ["margin", "cancel-oco", "--symbol", "LTCBTC"],
      cancel("--list-client-order-id", "x"),
      ["margin", "cancel-oco", "--symbol", "LTCBTC", "--order-list-id", "1.5"],
      ["margin", "cancel-oco", "--symbol", "LTCBTC", "--order-list-id", "9007199254740993"],
      cancel("--recv-window", "0"),
      cancel("--base-url", "ftp://x"),
      cancel("--base-url", `https://user:${PASSWORD}@api.binance.com`),
      cancel("--base-url", "https://api.binance.com?x"),
      cancel("--new-client-order-id", " "),
      cancel("--json=true"),
    ];
    for (const argv of usageCases) await expectChinese(argv, env, ExitCode.usage);
  });

  it("credential problems, including file-system reasons and an unusable key", async () => {
    const garbage = join(keyDir, "garbage.pem");
    await writeFile(garbage, KEY_MATERIAL);
    const credentialCases: Record<string, string | undefined>[] = [
      {},
      { BINANCE_API_KEY: "k" },
      { BINANCE_API_KEY: "k k", BINANCE_API_SECRET: SECRET },
      { BINANCE_API_KEY: "k", BINANCE_API_SECRET: SECRET, BINANCE_PRIVATE_KEY_FILE: garbage },
      { BINANCE_API_KEY: "k", BINANCE_PRIVATE_KEY_FILE: join(keyDir, "missing.pem") },
      { BINANCE_API_KEY: "k", BINANCE_PRIVATE_KEY_FILE: keyDir },
      { BINANCE_API_KEY: "k", BINANCE_PRIVATE_KEY_FILE: garbage },
    ];
    for (const credentials of credentialCases) {
      await expectChinese(cancel("--base-url", sandbox.url), credentials, ExitCode.usage);
    }
  });

  it("unknown outcomes, unreadable responses and bodies that are not Binance errors", async () => {
    sandbox.faults.inject({ type: "drop-connection" }, { times: 1 });
    await expectChinese(cancel("--base-url", sandbox.url), env, ExitCode.unknownStatus);
    for (const [answer, exitCode] of [
      [{ status: 200, headers: { "content-type": "text/html" }, body: "<html></html>" }, ExitCode.executedUnreadable],
      [{ status: 200, body: "" }, ExitCode.executedUnreadable],
      [{ status: 200, headers: { "content-type": "application/json" }, body: "[]" }, ExitCode.executedUnreadable],
      [{ status: 200, headers: { "content-type": "application/json" }, body: '{"orderListId":1}' }, ExitCode.executedUnreadable],
      [{ status: 403, headers: { "content-type": "text/html" }, body: "<html>WAF</html>" }, ExitCode.binanceRejected],
      [{ status: 400, headers: { "content-type": "application/json" }, body: '{"a":1}' }, ExitCode.binanceRejected],
      [{ status: 503, body: "" }, ExitCode.unknownStatus],
      [{ status: 200, headers: { "content-type": "application/json" }, body: '{"orderListId":1', cutOff: true }, ExitCode.executedUnreadable],
      [{ status: 307, headers: { location: "http://127.0.0.1:1/" }, body: "" }, ExitCode.binanceRejected],
    ] as const) {
      scripted.answer(answer);
      await expectChinese(cancel("--base-url", scripted.url), env, exitCode);
    }
  });

  it("an interrupted cancel", async () => {
    const interrupt = new AbortController();
    interrupt.abort();
    const run = await cli.run([...cancel("--base-url", sandbox.url), "--lang", "zh-CN"], env, interrupt.signal);
    expect(run.code).toBe(ExitCode.interrupted);
    expect(englishWords(run.stderr)).toEqual([]);
  });
});

describe("usage errors", () => {
  it.each([["margin", "cancel-everything"], cancel("--bogus"), ["margin", "cancel-oco", "--symbol", "LTCBTC"]])(
    "print the usage hint exactly once: %j",
    async (...argv) => {
      for (const lang of ["en", "zh-CN"]) {
        const run = await cli.run([...argv, "--lang", lang], env);
        expect(run.code).toBe(ExitCode.usage);
        expect(run.stderr.match(/--help/g)).toHaveLength(1);
      }
    },
  );

  it("a --base-url with user:password@ exits 2, sends nothing and never prints the password", async () => {
    const before = sandbox.requests.length;
    const url = sandbox.url.replace("http://", `http://trader:${PASSWORD}@`);
    for (const extra of [[], ["--json"], ["--lang", "zh-CN"]]) {
      const run = await cli.run(cancel("--base-url", url, ...extra), env);
      expect(run.code).toBe(ExitCode.usage);
      expect(run.stdout + run.stderr).not.toContain(PASSWORD);
    }
    expect(sandbox.requests.length).toBe(before);
  });

  it("a malformed symbol exits 2 with --sandbox too (no 'Unexpected failure')", async () => {
    const run = await cli.run(["margin", "cancel-oco", "--symbol", "ltc btc", "--order-list-id", "0", "--sandbox"], {});
    expect(run.code).toBe(ExitCode.usage);
    expect(run.stderr).toMatch(/--symbol "ltc btc" is not a symbol/);
  });
});

describe("interrupting a cancel (Ctrl-C)", () => {
  it("while the request is in flight: outcome unknown, how to check, exit 130", async () => {
    const account = await sandbox.createAccount({ type: "hmac" });
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    // Longer than the test may run: only the interrupt can end the call in time.
    const rule = sandbox.faults.inject({ type: "delay", ms: 600_000 }, { times: 1 });
    const interrupt = new AbortController();
    const arrived = setInterval(() => {
      if (rule.remaining === 0) interrupt.abort();
    }, 10);
    try {
      const run = await cli.run(
        ["margin", "cancel-oco", "--symbol", "LTCBTC", "--order-list-id", String(list.orderListId), "--base-url", sandbox.url],
        { BINANCE_API_KEY: account.apiKey, BINANCE_API_SECRET: account.apiSecret },
        interrupt.signal,
      );
      expect(run.code).toBe(ExitCode.interrupted);
      expect(run.stderr).toMatch(/Interrupted \(Ctrl-C\) while the cancel was in flight: its outcome is UNKNOWN/);
      expect(run.stderr).toContain(`GET /sapi/v1/margin/orderList with orderListId=${list.orderListId}`);
    } finally {
      clearInterval(arrived);
    }
  });

  it("before anything was sent: says so, exit 130, no request", async () => {
    const before = sandbox.requests.length;
    const interrupt = new AbortController();
    interrupt.abort();
    const run = await cli.run(cancel("--base-url", sandbox.url), env, interrupt.signal);
    expect(run.code).toBe(ExitCode.interrupted);
    expect(run.stderr).toMatch(/before the cancel was sent: nothing was sent/);
    expect(sandbox.requests.length).toBe(before);
  });
});
