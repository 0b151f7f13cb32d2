// `sapi-kit margin watch`'s options: which accounts, where tokens come from
// and where the stream is; every refusal a usage error in the --lang language.
import { describe, expect, it } from "vitest";
import { parseArgs } from "../src/args/parse-args.js";
import { DEFAULT_STREAM_URL, resolveStreamUrl } from "../src/args/stream-url.js";
import { englishWords } from "./support/english-words.js";
import { usageErrorOf } from "./support/usage-error-of.js";

const watch = ["margin", "watch"];

describe("parseArgs: margin watch", () => {
  it("watches the cross margin account by default", () => {
    expect(parseArgs(watch)).toEqual({ kind: "watch", locale: "en", args: { accounts: [{ type: "cross" }], sandbox: false, json: false } });
  });

  it("--isolated with one --symbol per isolated account (a repeated one once); --cross adds the cross account", () => {
    const command = parseArgs([...watch, "--isolated", "--symbol", "BTCUSDT", "--symbol=ETHUSDT", "--symbol", "BTCUSDT", "--cross", "--json"]);
    expect(command).toEqual({
      kind: "watch",
      locale: "en",
      args: {
        accounts: [{ type: "cross" }, { type: "isolated", symbol: "BTCUSDT" }, { type: "isolated", symbol: "ETHUSDT" }],
        sandbox: false,
        json: true,
      },
    });
  });

  it("--validity: each token's lifetime", () => {
    const command = parseArgs([...watch, "--validity", "3600000"]);
    expect(command.kind === "watch" && command.args.validityMs).toBe(3600000);
  });

  it("reads --base-url and --stream-url", () => {
    const command = parseArgs([...watch, "--base-url", "http://127.0.0.1:8090/", "--stream-url", "ws://127.0.0.1:8090/ws-api/v3"]);
    expect(command.kind === "watch" && command.args).toMatchObject({ baseUrl: "http://127.0.0.1:8090", streamUrl: "ws://127.0.0.1:8090/ws-api/v3" });
  });

  it("its help, in both languages, and the command list of `sapi-kit --help` names it", async () => {
    const { messages } = await import("../src/output/messages/index.js");
    expect(messages.en.watch.help).toMatch(/^Usage: sapi-kit margin watch \[--isolated --symbol SYMBOL \.\.\.\]/);
    expect(messages["zh-CN"].watch.help).toMatch(/^用法：sapi-kit margin watch \[--isolated --symbol 交易对 \.\.\.\]/);
    for (const locale of ["en", "zh-CN"] as const) {
      for (const option of ["--isolated", "--symbol", "--cross", "--validity", "--stream-url", "--base-url", "--sandbox", "--json", "--lang"]) {
        expect(messages[locale].watch.help).toContain(`  ${option}`);
      }
      expect(messages[locale].overview).toMatch(/\n {2}sapi-kit margin watch {2,}\S/);
    }
  });

  it("--help shows the watch's own help", () => {
    expect(parseArgs([...watch, "--help", "--lang", "zh-CN"])).toEqual({ kind: "help", locale: "zh-CN", command: "watch" });
  });

  it.each([
    [["--symbol", "BTCUSDT"], /^--symbol names an isolated margin account: add --isolated/],
    [["--isolated"], /^--isolated needs --symbol/],
    [["--isolated", "--symbol", "btc usdt"], /^--symbol "btc usdt" is not a symbol/],
    [["--stream-url", "https://example.com/ws"], /^--stream-url "https:\/\/example\.com\/ws" is not a ws\(s\) URL\./],
    [["--stream-url", "wss://user:secret@example.com/ws"], /^--stream-url must not contain a user name or password/],
    [["--sandbox", "--stream-url", "ws://127.0.0.1:1/ws-api/v3"], /^--sandbox starts its own sandbox and stream/],
    [["--sandbox", "--base-url", "http://127.0.0.1:1"], /^--sandbox starts its own sandbox/],
    [["--order-list-id", "1"], /^Unknown option --order-list-id\./],
    [["--validity", "59999"], /^--validity must be at least 60000 \(one minute\) for a watch/],
    [["--validity", "86400001"], /^--validity must be a whole number from 1 to 86400000/],
    [["--json=true"], /^--json is a switch/],
  ])("refuses %j", (options, message) => {
    expect(usageErrorOf([...watch, ...options])).toMatch(message);
  });

  it("never quotes a stream URL that may hold a password", () => {
    expect(usageErrorOf([...watch, "--stream-url", "wss://user:secret@example.com/ws"])).not.toContain("secret");
  });

  it("every refusal reads in Chinese with --lang zh-CN", () => {
    for (const options of [["--symbol", "BTCUSDT"], ["--isolated"], ["--stream-url", "http://x"], ["--stream-url", "ws://a@b"], ["--sandbox", "--stream-url", "ws://x"], ["--validity", "1000"]]) {
      const message = usageErrorOf([...watch, ...options, "--lang", "zh-CN"]);
      expect({ options, english: englishWords(message.replace(/ws\(s\)/g, " ")) }).toEqual({ options, english: [] });
    }
  });
});

describe("where the watch listens", () => {
  it("--stream-url, else BINANCE_STREAM_URL, else a loopback base URL's own sandbox stream, else Binance's", () => {
    expect(resolveStreamUrl("ws://a/ws", { BINANCE_STREAM_URL: "ws://b/ws" }, "https://api.binance.com", "en")).toBe("ws://a/ws");
    expect(resolveStreamUrl(undefined, { BINANCE_STREAM_URL: "ws://b/ws" }, "http://127.0.0.1:8090", "en")).toBe("ws://b/ws");
    expect(resolveStreamUrl(undefined, {}, "http://127.0.0.1:8090", "en")).toBe("ws://127.0.0.1:8090/ws-api/v3");
    expect(resolveStreamUrl(undefined, {}, "http://localhost:8090", "en")).toBe("ws://localhost:8090/ws-api/v3");
    expect(resolveStreamUrl(undefined, { BINANCE_STREAM_URL: " " }, "https://api.binance.com", "en")).toBe(DEFAULT_STREAM_URL);
    expect(DEFAULT_STREAM_URL).toBe("wss://ws-api.binance.com:443/ws-api/v3");
  });

  it("checks BINANCE_STREAM_URL as it checks the option", () => {
    expect(() => resolveStreamUrl(undefined, { BINANCE_STREAM_URL: "http://x" }, "https://api.binance.com", "en")).toThrow(/^BINANCE_STREAM_URL "http:\/\/x" is not a ws\(s\) URL\./);
  });
});
