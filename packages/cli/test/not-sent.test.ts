// A request that never left the machine (connection refused, host not found,
// TLS failed first) is reported as such: "not sent", exit 7, nothing executed,
// safe to retry, with the host named and how to point the CLI elsewhere.
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
