// Responses the CLI cannot read. A 2xx means Binance EXECUTED the cancel, so
// whatever the body looks like the CLI must say so (exit 6), never "Unexpected
// failure"; an error status with a body that is not a Binance error object
// (HTML from a WAF, an empty 5xx) is reported without "code undefined".
import { type Sandbox, startSandbox } from "@sapi-kit/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../src/index.js";
import { createCapturedCli } from "./support/captured-cli.js";
import { englishWords } from "./support/english-words.js";
import { type ScriptedServer, startScriptedServer } from "./support/scripted-server.js";

let sandbox: Sandbox;
let scripted: ScriptedServer;
/** A real cancel response from the sandbox: the starting point of every broken body below. */
let seed: Record<string, unknown>;
const cli = createCapturedCli();
const secrets: string[] = [];
const env = { BINANCE_API_KEY: "scripted-api-key", BINANCE_API_SECRET: "scripted-secret-6e1f0c" };
secrets.push(env.BINANCE_API_SECRET);

beforeAll(async () => {
  sandbox = await startSandbox();
  scripted = await startScriptedServer();
  const account = await sandbox.createAccount({ type: "hmac" });
  const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
  const run = await cli.run(
    ["margin", "cancel-oco", "--symbol", "LTCBTC", "--order-list-id", String(list.orderListId), "--json", "--base-url", sandbox.url],
    { BINANCE_API_KEY: account.apiKey, BINANCE_API_SECRET: account.apiSecret },
  );
  secrets.push(account.apiSecret as string);
  seed = JSON.parse(run.stdout);
});

afterAll(async () => {
  await sandbox.close();
  await scripted.close();
  for (const secret of secrets) expect(cli.printed).not.toContain(secret);
});

const json = { "content-type": "application/json;charset=UTF-8" };
const html = { "content-type": "text/html; charset=utf-8" };
const argv = (...extra: string[]) => [
  "margin",
  "cancel-oco",
  "--symbol",
  "LTCBTC",
  "--order-list-id",
  "12345",
  "--base-url",
  scripted.url,
  ...extra,
];

function withoutField(path: string[]): string {
  const copy = structuredClone(seed) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  delete node[path.at(-1) as string];
  return JSON.stringify(copy);
}

/** Shared expectations for "executed, but unreadable", in both output modes. */
function expectExecutedUnreadable(run: { code: number; stdout: string; stderr: string }, jsonMode: boolean) {
  expect(run.code).toBe(ExitCode.executedUnreadable);
  expect(run.stderr).toMatch(/The cancel was EXECUTED \(HTTP 200\), but its response could not be read/);
  expect(run.stderr).toMatch(/Do not send it again/);
  expect(run.stderr).toMatch(/GET \/sapi\/v1\/margin\/orderList with orderListId=12345/);
  expect(run.stderr).not.toMatch(/Unexpected|undefined|SyntaxError/);
  if (jsonMode) expect(run.stdout).toBe("");
}

describe("a 2xx whose body cannot be read: executed, exit 6", () => {
  it("the sandbox's malformed-json fault: the list really was cancelled", async () => {
    const account = await sandbox.createAccount({ type: "hmac" });
    secrets.push(account.apiSecret as string);
    const sandboxEnv = { BINANCE_API_KEY: account.apiKey, BINANCE_API_SECRET: account.apiSecret };
    for (const jsonMode of [false, true]) {
      const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
      sandbox.faults.inject({ type: "malformed-json" }, { times: 1 });
      const run = await cli.run(
        [
          "margin",
          "cancel-oco",
          "--symbol",
          "LTCBTC",
          "--order-list-id",
          String(list.orderListId),
          "--base-url",
          sandbox.url,
          ...(jsonMode ? ["--json"] : []),
        ],
        sandboxEnv,
      );
      expect(run.code).toBe(ExitCode.executedUnreadable);
      expect(run.stderr).toMatch(/EXECUTED \(HTTP 200\).*not valid JSON/);
      expect(run.stderr).toContain(`orderListId=${list.orderListId}`);
      if (jsonMode) expect(run.stdout).toBe("");
      expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status).toBe("CANCELED");
    }
  });

  const bodies: [string, () => { headers: Record<string, string>; body: string; chunked?: boolean }, RegExp][] = [
    ["an empty body", () => ({ headers: json, body: "" }), /the body is empty/],
    ["an empty chunked body", () => ({ headers: json, body: "", chunked: true }), /the body is empty/],
    ["an HTML page", () => ({ headers: html, body: "<html><body>OK</body></html>" }), /not valid JSON \(text\/html\)/],
    ["truncated JSON", () => ({ headers: json, body: JSON.stringify(seed).slice(0, 40) }), /not valid JSON/],
    ["a JSON array", () => ({ headers: json, body: "[]" }), /not a JSON object/],
    ["JSON null", () => ({ headers: json, body: "null" }), /not a JSON object/],
    ["no orderReports", () => ({ headers: json, body: withoutField(["orderReports"]) }), /field orderReports is missing or malformed/],
    ["no listOrderStatus", () => ({ headers: json, body: withoutField(["listOrderStatus"]) }), /field listOrderStatus/],
    [
      "a report without its price",
      () => ({ headers: json, body: withoutField(["orderReports", "1", "price"]) }),
      /field orderReports\[1\]\.price/,
    ],
    [
      "an id beyond 2^53",
      () => ({ headers: json, body: JSON.stringify(seed).replace(/"orderListId":\d+/, '"orderListId":9007199254740993') }),
      /integer beyond 2\^53 .*orderListId/,
    ],
  ];

  it.each(bodies)("%s", async (_name, make, reason) => {
    scripted.answer({ status: 200, ...make() });
    for (const jsonMode of [false, true]) {
      const run = await cli.run(argv(...(jsonMode ? ["--json"] : [])), env);
      expectExecutedUnreadable(run, jsonMode);
      expect(run.stderr).toMatch(reason);
    }
  });

  it("a body cut off after the status: executed, and said to be cut off, not empty", async () => {
    scripted.answer({ status: 200, headers: json, body: JSON.stringify(seed).slice(0, 40), cutOff: true });
    for (const jsonMode of [false, true]) {
      const run = await cli.run(argv(...(jsonMode ? ["--json"] : [])), env);
      expectExecutedUnreadable(run, jsonMode);
      expect(run.stderr).toMatch(/the body was cut off before it arrived in full/);
      expect(run.stderr).not.toMatch(/empty/);
    }
  });

  it("a well-formed body from the same server still exits 0 (the server is not the problem)", async () => {
    scripted.answer({ status: 200, headers: json, body: JSON.stringify(seed) });
    const run = await cli.run(argv(), env);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: ExitCode.ok, stderr: `→ sending to ${scripted.url}\n` });
  });

  it("a body without the optional isIsolated exits 0 and names the account the cancel named", async () => {
    scripted.answer({ status: 200, headers: json, body: withoutField(["isIsolated"]) });
    const cross = await cli.run(argv(), env);
    expect({ code: cross.code, stderr: cross.stderr }).toEqual({ code: ExitCode.ok, stderr: `→ sending to ${scripted.url}\n` });
    expect(cross.stdout).toContain("(cross margin)");
    const isolated = await cli.run(argv("--isolated"), env);
    expect(isolated.code).toBe(ExitCode.ok);
    expect(isolated.stdout).toContain("(isolated margin)");
  });

  it("says how to check by listClientOrderId, with isIsolated and symbol for isolated margin", async () => {
    scripted.answer({ status: 200, headers: json, body: "" });
    const run = await cli.run(
      ["margin", "cancel-oco", "--symbol", "BTCUSDT", "--isolated", "--list-client-order-id", "my-oco", "--base-url", scripted.url],
      env,
    );
    expect(run.code).toBe(ExitCode.executedUnreadable);
    expect(run.stderr).toMatch(/origClientOrderId=my-oco, isIsolated=TRUE, symbol=BTCUSDT/);
  });
});

describe("an error status whose body is not a Binance error", () => {
  const cases: [string, { status: number; headers?: Record<string, string>; body: string }, number, RegExp][] = [
    ["an HTML 403 from a WAF", { status: 403, headers: html, body: "<html><body>403 Forbidden</body></html>" }, ExitCode.binanceRejected, /HTTP 403.*not valid JSON \(text\/html\)/],
    ["an empty 403", { status: 403, body: "" }, ExitCode.binanceRejected, /HTTP 403.*the body is empty/],
    ["a 400 JSON without code and msg", { status: 400, headers: json, body: '{"error":"bad"}' }, ExitCode.binanceRejected, /HTTP 400.*not a Binance error/],
    ["an HTML 502", { status: 502, headers: html, body: "<html>Bad gateway</html>" }, ExitCode.unknownStatus, /UNKNOWN \(HTTP 502\)/],
    ["an empty 503", { status: 503, body: "" }, ExitCode.unknownStatus, /UNKNOWN \(HTTP 503\)/],
  ];

  it.each(cases)("%s", async (_name, answer, exitCode, message) => {
    scripted.answer(answer);
    for (const jsonMode of [false, true]) {
      const run = await cli.run(argv(...(jsonMode ? ["--json"] : [])), env);
      expect(run.code).toBe(exitCode);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/undefined|Unexpected|SyntaxError/);
      if (jsonMode) expect(run.stdout).toBe("");
    }
  });

  it("a redirect is not followed: refused, nothing was cancelled, and said so in both languages", async () => {
    scripted.answer({ status: 302, headers: { location: "http://127.0.0.1:1/elsewhere" }, body: "" });
    const run = await cli.run(argv(), env);
    expect(run.code).toBe(ExitCode.binanceRejected);
    expect(run.stderr).toMatch(/HTTP 302.*the server answered with a redirect, which is never followed.*nothing was cancelled/);
    const zh = await cli.run(argv("--lang", "zh-CN"), env);
    expect(zh.code).toBe(ExitCode.binanceRejected);
    expect(zh.stderr).toMatch(/HTTP 302.*服务器返回了重定向/);
    expect(englishWords(zh.stderr)).toEqual([]);
  });

  it("a 4xx with a body that is not a Binance error says nothing was cancelled", async () => {
    scripted.answer({ status: 403, headers: html, body: "<html>blocked</html>" });
    const run = await cli.run(argv(), env);
    expect(run.stderr).toMatch(/nothing was cancelled/);
  });
});
