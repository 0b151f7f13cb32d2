// create-listen-token end to end, in-process: real argv parsing, client and
// signer, real HTTP to a loopback sandbox (whose clock sets the expiry).
import { type Sandbox, startSandbox } from "@sapi-kit/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../src/index.js";
import { createCapturedCli } from "./support/captured-cli.js";

const NOW = Date.parse("2026-12-07T09:00:00.000Z");
let sandbox: Sandbox;
const cli = createCapturedCli();

beforeAll(async () => {
  // A fixed sandbox clock: the expiry is exact. The signer syncs its clock to it (-1021 once, then a resend).
  sandbox = await startSandbox({ now: () => NOW });
});
afterAll(() => sandbox.close());

async function env() {
  const account = await sandbox.createAccount({ type: "hmac" });
  return { BINANCE_API_KEY: account.apiKey, BINANCE_API_SECRET: account.apiSecret };
}
const at = () => ["--base-url", sandbox.url];
const tokenRequests = () => sandbox.requests.filter((entry) => entry.path === "/sapi/v1/userListenToken" && entry.status === 200);

describe("sapi-kit margin create-listen-token", () => {
  it("cross margin: says until when, shows only the token's first characters", async () => {
    const run = await cli.run(["margin", "create-listen-token", ...at()], await env());
    expect(run.code).toBe(ExitCode.ok);
    const token = JSON.parse(tokenRequests().at(-1)?.responseBody ?? "{}").token as string;
    expect(run.stdout.split("\n").slice(0, 2)).toEqual([
      `listenToken for the cross margin account, valid until 2026-12-08T09:00:00.000Z (expirationTime ${NOW + 86_400_000})`,
      `  Token: ${token.slice(0, 6)}… (the whole token only with --json: it gives access to the account's events)`,
    ]);
    expect(run.stdout).not.toContain(token);
  });

  it("--isolated --symbol sends isIsolated=true (this endpoint's BOOLEAN), --validity bounds the lifetime; --json prints the token", async () => {
    const run = await cli.run(["margin", "create-listen-token", "--isolated", "--symbol", "BTCUSDT", "--validity", "600000", "--json", ...at()], await env());
    expect(run.code).toBe(ExitCode.ok);
    const [request] = tokenRequests().slice(-1);
    expect(request?.query).toMatch(/^isIsolated=true&symbol=BTCUSDT&validity=600000&timestamp=\d+&signature=/);
    expect(JSON.parse(run.stdout)).toEqual({ token: JSON.parse(request?.responseBody ?? "{}").token, expirationTime: NOW + 600_000 });
  });

  it("in Chinese", async () => {
    const run = await cli.run(["margin", "create-listen-token", "--isolated", "--symbol", "ETHUSDT", "--lang", "zh-CN", ...at()], await env());
    expect(run.stdout.split("\n")[0]).toBe(`逐仓 ETHUSDT 杠杆账户的 listenToken，有效期至 2026-12-08T09:00:00.000Z（expirationTime ${NOW + 86_400_000}）`);
  });

  it.each([
    [["--isolated"], "--symbol"],
    [["--symbol", "BTCUSDT"], "--symbol"],
    [["--validity", "86400001"], "--validity"],
  ])("refuses %j before sending anything, naming %s", async (options, named) => {
    const before = sandbox.requests.length;
    const run = await cli.run(["margin", "create-listen-token", ...options, ...at()], await env());
    expect(run.code).toBe(ExitCode.usage);
    expect(run.stderr).toContain(named);
    expect(sandbox.requests.length).toBe(before);
  });

  it("--help lists the options from the spec, with the switch's own value", async () => {
    const run = await cli.run(["margin", "create-listen-token", "--help"], {});
    expect(run.stdout).toContain("--isolated");
    expect(run.stdout).toContain("sends isIsolated=true");
    expect(run.stdout).toContain("--validity");
  });
});
