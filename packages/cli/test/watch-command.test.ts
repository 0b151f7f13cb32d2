// `sapi-kit margin watch` end to end, in-process: real argv parsing, the
// signed client, @sapi-kit/stream and a real loopback sandbox (REST and its
// WebSocket API on one port), in both languages, with --json, a dropped
// connection, a renewal on the sandbox clock and Ctrl-C.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Sandbox, startSandbox } from "@sapi-kit/sandbox";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeWsApi } from "../../stream/test/support/fake-ws-api.js";
import { ExitCode } from "../src/index.js";
import { englishWords } from "./support/english-words.js";
import { startWatch } from "./support/running-watch.js";
import { recordStreamMethods } from "./support/stream-requests.js";

let sandbox: Sandbox;
/** The methods of the WebSocket API requests the sandbox received. */
let methods: () => string[];

beforeEach(async () => {
  sandbox = await startSandbox();
  methods = recordStreamMethods(sandbox);
});
afterEach(() => sandbox.close());

async function account() {
  const created = await sandbox.createAccount({ type: "hmac" });
  return { apiKey: created.apiKey, env: { BINANCE_API_KEY: created.apiKey, BINANCE_API_SECRET: created.apiSecret, BINANCE_BASE_URL: sandbox.url } };
}

/** An open SELL OCO on BTCUSDT whose take-profit (61000) fills when the price gets there. */
function seedOco(apiKey: string, isIsolated = false, listClientOrderId = "my-oco") {
  return sandbox.createOcoList(apiKey, { symbol: "BTCUSDT", isIsolated, quantity: "0.01", price: "61000", stopPrice: "59000", stopLimitPrice: "58900", listClientOrderId });
}


describe("sapi-kit margin watch", () => {
  it("prints the OCO fill's events as lines, and Ctrl-C unsubscribes and exits 0", async () => {
    const { apiKey, env } = await account();
    const list = seedOco(apiKey);
    const [stop, limitMaker] = list.legs.map((leg) => leg.orderId);
    const watch = startWatch([], env);
    await watch.until("Watching the cross margin account (subscription 0, token valid until ");
    sandbox.setPrice("BTCUSDT", "61000");
    await watch.until("ALL_DONE (ALL_DONE, my-oco)\n");
    expect(await watch.interrupt()).toBe(ExitCode.ok);
    expect(watch.stdout().split("\n").slice(1)).toEqual([
      `BTCUSDT leg #${limitMaker} LIMIT_MAKER SELL 0.01 FILLED at 61000; list ${list.orderListId}`,
      `BTCUSDT leg #${stop} STOP_LOSS_LIMIT SELL 0.01 @ 58900 stop 59000 EXPIRED (OCO_TRIGGER); list ${list.orderListId}`,
      `BTCUSDT list ${list.orderListId} OCO ALL_DONE (ALL_DONE, my-oco)`,
      "Stopped watching: unsubscribed and disconnected.",
      "",
    ]);
    // Where the tokens and events came from: the loopback base URL's own stream.
    expect(watch.stderr()).toBe(`→ tokens from ${sandbox.url}, events from ${sandbox.streamUrl}\n`);
    // The sandbox was asked to end the subscription before the connection closed.
    expect(methods()).toEqual(["userDataStream.subscribe.listenToken", "userDataStream.unsubscribe"]);
    // The token is a credential: never printed.
    const tokens = sandbox.requests.filter((entry) => entry.path === "/sapi/v1/userListenToken").map((entry) => JSON.parse(entry.responseBody ?? "{}").token as string);
    expect(tokens).toHaveLength(1);
    for (const token of tokens) expect(watch.stdout() + watch.stderr()).not.toContain(token);
  });

  it("speaks Chinese with --lang zh-CN", async () => {
    const { apiKey, env } = await account();
    const list = seedOco(apiKey);
    const watch = startWatch(["--lang", "zh-CN"], env);
    await watch.until("正在监听全仓杠杆账户（订阅 0，令牌有效期至 ");
    sandbox.setPrice("BTCUSDT", "61000");
    await watch.until("ALL_DONE（ALL_DONE，my-oco）\n");
    expect(await watch.interrupt()).toBe(ExitCode.ok);
    const lines = watch.stdout().split("\n");
    expect(lines.slice(1, 2)).toEqual([`BTCUSDT 列表订单 #${list.legs[1]?.orderId} LIMIT_MAKER SELL 0.01 FILLED，成交价 61000；订单列表 ${list.orderListId}`]);
    expect(lines.at(-2)).toBe("已停止监听：已取消订阅并断开连接。");
    expect(watch.stderr()).toBe(`→ 令牌来自 ${sandbox.url}，事件来自 ${sandbox.streamUrl}\n`);
    const words = (text: string) => englishWords(text.replace(/\b(?:BTCUSDT|LIMIT_MAKER|STOP_LOSS_LIMIT|SELL|FILLED|EXPIRED|OCO|ALL_DONE|my-oco)\b/g, " "));
    expect(words(watch.stdout())).toEqual([]);
  });

  it("--json: one event per line on stdout, as the sandbox sent it; the notices on stderr", async () => {
    const { apiKey, env } = await account();
    seedOco(apiKey);
    const watch = startWatch(["--json"], env);
    await watch.until("Watching the cross margin account", "stderr");
    sandbox.setPrice("BTCUSDT", "61000");
    await watch.until('"e":"listStatus"');
    expect(await watch.interrupt()).toBe(ExitCode.ok);
    const events = watch.stdout().trimEnd().split("\n").map((line) => JSON.parse(line) as { e: string; X?: string; L?: string });
    expect(events.map((event) => [event.e, event.X ?? event.L])).toEqual([
      ["executionReport", "FILLED"],
      ["executionReport", "EXPIRED"],
      ["listStatus", "ALL_DONE"],
    ]);
    expect(watch.stderr()).toMatch(/\nStopped watching: unsubscribed and disconnected\.\n$/);
  });

  it("after a dropped connection: reconnects, says from when to when it saw nothing and how to reconcile, and carries on", async () => {
    const { apiKey, env } = await account();
    seedOco(apiKey);
    const watch = startWatch([], env);
    await watch.until("(subscription 0,");
    expect(sandbox.dropStreamConnections()).toBe(1);
    await watch.until(/No events from \S+ to \S+ for the cross margin account \(the connection (?:closed|failed)\); subscribed again\./);
    const from = /No events from (\S+) /.exec(watch.stdout())?.[1] as string;
    expect(watch.stdout()).toContain(
      `reconcile with \`sapi-kit margin list-order-lists --start-time ${Date.parse(from)}\`, \`sapi-kit margin list-open-orders\`.`,
    );
    // Events after the gap arrive on the new connection.
    sandbox.setPrice("BTCUSDT", "61000");
    await watch.until("ALL_DONE (ALL_DONE, my-oco)\n");
    expect(await watch.interrupt()).toBe(ExitCode.ok);
  });

  it("renews the token before it expires, on the sandbox clock (--validity: an hour)", async () => {
    const { env } = await account();
    const watch = startWatch(["--validity", "3600000"], env, () => sandbox.serverTime());
    await watch.until("(subscription 0,");
    // Four minutes before expiry: inside the five-minute renewal margin.
    sandbox.advanceClock(60 * 60 * 1000 - 4 * 60 * 1000);
    await watch.until("Renewed: the cross margin account's subscription 0 now runs until ");
    expect(await watch.interrupt()).toBe(ExitCode.ok);
    expect(watch.stdout()).not.toContain("No events from");
  });

  it("several accounts on one connection: --isolated --symbol and --cross, each line labelled, each account its own events", async () => {
    const { apiKey, env } = await account();
    seedOco(apiKey, true, "isolated-oco");
    const watch = startWatch(["--isolated", "--symbol", "BTCUSDT", "--cross"], env);
    await watch.until("Watching the isolated BTCUSDT margin account");
    await watch.until("Watching the cross margin account");
    sandbox.setPrice("BTCUSDT", "61000");
    await watch.until("ALL_DONE (ALL_DONE, isolated-oco)\n");
    expect(await watch.interrupt()).toBe(ExitCode.ok);
    const events = watch.stdout().split("\n").filter((line) => line.includes("BTCUSDT ") && !line.startsWith("Watching"));
    expect(events).toHaveLength(3);
    for (const line of events) expect(line).toMatch(/^\[isolated BTCUSDT\] BTCUSDT /);
  });

  it("a key Binance refuses ends the watch before any subscription: exit 3, in words", async () => {
    const watch = startWatch([], { BINANCE_API_KEY: "k".repeat(64), BINANCE_API_SECRET: "s".repeat(64), BINANCE_BASE_URL: sandbox.url });
    expect(await watch.exited).toBe(ExitCode.binanceRejected);
    expect(watch.stderr().split("\n").slice(1)).toEqual(["Binance refused it (code -2015): Invalid API-key, IP, or permissions for action.", ""]);
    expect(watch.stdout()).toBe("");
  });

  it("a subscribe the WebSocket API refuses before any subscription: exit 3, Binance's code and msg", async () => {
    const { env } = await account();
    const server = await startFakeWsApi();
    try {
      server.rejectNextSubscribe({ code: -1209, msg: "Invalid listenToken." });
      const watch = startWatch(["--stream-url", server.url], env);
      expect(await watch.exited).toBe(ExitCode.binanceRejected);
      expect(watch.stderr().split("\n").slice(1)).toEqual(["Binance refused it (code -1209): Invalid listenToken.", ""]);
    } finally {
      await server.close();
    }
  });

  it("a key file the signer cannot use: exit 2, the file named, never quoted", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sapi-kit-watch-"));
    try {
      const keyFile = join(dir, "key.pem");
      await writeFile(keyFile, "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
      const watch = startWatch([], { BINANCE_API_KEY: "k".repeat(64), BINANCE_PRIVATE_KEY_FILE: keyFile, BINANCE_BASE_URL: sandbox.url });
      expect(await watch.exited).toBe(ExitCode.usage);
      expect(watch.stderr()).toContain(`BINANCE_PRIVATE_KEY_FILE "${keyFile}" is not an unencrypted PKCS#8 RSA or Ed25519 private key`);
      expect(watch.stderr()).not.toContain("not a key");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ["en", "ws://127.0.0.1:9/ws-api/v3 could not be reached"],
    ["zh-CN", "无法连接 ws://127.0.0.1:9/ws-api/v3"],
  ])("a stream address nobody answers ends the watch before any subscription: exit 7 (%s)", async (lang, said) => {
    const { env } = await account();
    const watch = startWatch(["--stream-url", "ws://127.0.0.1:9/ws-api/v3", "--lang", lang], env);
    expect(await watch.exited).toBe(ExitCode.notSent);
    expect(watch.stderr().split("\n").slice(1)).toEqual([said, ""]);
    expect(watch.stdout()).toBe("");
  });

  it.each([
    ["en", "Skipped a malformed frame (not a readable JSON event): {not json", "Skipped a malformed frame (an integer beyond 2^53 at event.i cannot be read exactly): "],
    ["zh-CN", "已跳过一个格式错误的消息帧（不是可读的 JSON 事件）：{not json", "已跳过一个格式错误的消息帧（event.i 处的整数超过 2^53，无法精确读取）："],
  ])("frames the sandbox never sends (a stand-in server): malformed ones on stderr, skipped; an unknown event as its JSON (%s)", async (lang, notJson, unsafe) => {
    const { env } = await account();
    const server = await startFakeWsApi();
    try {
      const watch = startWatch(["--stream-url", server.url, "--lang", lang], env);
      await watch.until(lang === "en" ? "(subscription 0," : "（订阅 0，");
      const bigId = '{"subscriptionId":0,"event":{"e":"executionReport","E":1,"i":12345678901234567890}}';
      server.send("{not json");
      server.send(bigId);
      server.send('{"subscriptionId":0,"event":{"e":"externalLockUpdate","E":1,"a":"BTC"}}');
      await watch.until("externalLockUpdate");
      expect(await watch.interrupt()).toBe(ExitCode.ok);
      expect(watch.stderr().split("\n").slice(1)).toEqual([notJson, `${unsafe}${bigId}`, ""]);
      expect(watch.stdout().split("\n")[1]).toBe(`${lang === "en" ? "event" : "事件"} externalLockUpdate${lang === "en" ? ": " : "："}{"e":"externalLockUpdate","E":1,"a":"BTC"}`);
    } finally {
      await server.close();
    }
  });

  it("--sandbox: its own sandbox and stream, no credentials needed", async () => {
    const watch = startWatch(["--sandbox"], {});
    await watch.until("Watching the cross margin account (subscription 0,");
    expect(await watch.interrupt()).toBe(ExitCode.ok);
    expect(watch.stderr()).toMatch(/^Sandbox \(loopback test server, not an exchange\) listening at http:\/\/127\.0\.0\.1:\d+\n→ tokens from /);
  });
});
