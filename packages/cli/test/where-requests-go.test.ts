// Where a margin command's request goes (--base-url, else BINANCE_BASE_URL,
// else Binance), said on stderr before it is sent; and a request that never
// left the machine (connection refused, host not found, TLS failed first)
// reported as such: "not sent", exit 7, nothing executed, safe to retry, with
// the host named and how to point the CLI elsewhere.
import { createServer } from "node:net";
import { type Sandbox, startSandbox } from "@sapi-kit/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../src/index.js";
import { createCapturedCli } from "./support/captured-cli.js";
import { englishWords } from "./support/english-words.js";

let sandbox: Sandbox;
let env: Record<string, string>;
const cli = createCapturedCli();

beforeAll(async () => {
  sandbox = await startSandbox();
  const account = await sandbox.createAccount({ type: "hmac" });
  env = { BINANCE_API_KEY: account.apiKey, BINANCE_API_SECRET: account.apiSecret as string };
});
afterAll(async () => {
  await sandbox.close();
  expect(cli.printed).not.toContain(env.BINANCE_API_SECRET);
});

/** A loopback port nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const listOpen = ["margin", "list-open-order-lists"];
const cancel = ["margin", "cancel-oco", "--symbol", "LTCBTC", "--order-list-id", "7"];

describe("where the request goes", () => {
  it("BINANCE_BASE_URL, when --base-url is not given (the variable every docs sample reads)", async () => {
    const before = sandbox.requests.length;
    const run = await cli.run(listOpen, { ...env, BINANCE_BASE_URL: sandbox.url });
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stderr).toBe(`→ sending to ${sandbox.url}\n`);
    expect(sandbox.requests.length).toBe(before + 1);
  });

  it("--base-url wins over BINANCE_BASE_URL, which is then not even read", async () => {
    const run = await cli.run([...listOpen, "--base-url", sandbox.url], { ...env, BINANCE_BASE_URL: "not a url" });
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stderr).toBe(`→ sending to ${sandbox.url}\n`);
  });

  it("names the host on stderr, never on --json's stdout, in Chinese too", async () => {
    const run = await cli.run([...listOpen, "--json", "--lang", "zh-CN"], { ...env, BINANCE_BASE_URL: `${sandbox.url}/` });
    expect(run.code).toBe(ExitCode.ok);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.stderr).toBe(`→ 发送至 ${sandbox.url}\n`);
  });

  it("checks BINANCE_BASE_URL as it checks --base-url, naming the variable and never quoting a password", async () => {
    const withPassword = await cli.run(listOpen, { ...env, BINANCE_BASE_URL: "https://user:hunter2-pw@api.binance.com" });
    expect(withPassword.code).toBe(ExitCode.usage);
    expect(withPassword.stderr).toMatch(/^BINANCE_BASE_URL must not contain a user name or password/);
    expect(withPassword.stderr).not.toContain("hunter2");
    const notUrl = await cli.run(listOpen, { ...env, BINANCE_BASE_URL: "127.0.0.1:8090" });
    expect(notUrl.code).toBe(ExitCode.usage);
    expect(notUrl.stderr).toMatch(/^BINANCE_BASE_URL "127\.0\.0\.1:8090" is not an http\(s\) URL\./);
  });

  it("an empty BINANCE_BASE_URL counts as unset: Binance, named on stderr before anything else", async () => {
    const interrupt = new AbortController();
    interrupt.abort();
    const run = await cli.run(listOpen, { ...env, BINANCE_BASE_URL: "" }, interrupt.signal);
    expect(run.stderr.split("\n")[0]).toBe("→ sending to https://api.binance.com");
  });
});

describe("a request that never left the machine: not sent", () => {
  it.each([
    ["a TRADE command", cancel, /^The cancel was NOT SENT: /],
    ["a query", listOpen, /^The query was NOT SENT: /],
  ])("%s: exit 7, names the host, safe to retry, points at --base-url / BINANCE_BASE_URL", async (_name, argv, opening) => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const run = await cli.run(argv, { ...env, BINANCE_BASE_URL: url });
    expect(run.code).toBe(ExitCode.notSent);
    const [where, message] = run.stderr.split("\n");
    expect(where).toBe(`→ sending to ${url}`);
    expect(message).toMatch(opening);
    expect(message).toContain(`${url} could not be reached (nothing was sent, so nothing executed; safe to retry)`);
    expect(message).toMatch(/--base-url, else BINANCE_BASE_URL/);
    expect(message).toMatch(/is it running/);
    expect(message).not.toMatch(/UNKNOWN/);
  });

  it("in Chinese", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const run = await cli.run([...cancel, "--lang", "zh-CN"], { ...env, BINANCE_BASE_URL: url });
    expect(run.code).toBe(ExitCode.notSent);
    const message = run.stderr.split("\n")[1] as string;
    expect(message).toMatch(new RegExp(`^撤单请求未发送：无法连接 ${url.replace(/\./g, "\\.")}（没有发送任何请求`));
    expect(englishWords(message)).toEqual([]);
  });
});
