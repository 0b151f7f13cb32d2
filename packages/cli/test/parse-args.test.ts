import { describe, expect, it } from "vitest";
import { parseArgs } from "../src/args/parse-args.js";
import { usageErrorOf } from "./support/usage-error-of.js";

const base = ["margin", "cancel-oco", "--symbol", "LTCBTC"];

describe("parseArgs: cancel-oco", () => {
  it("reads every option, in both --name value and --name=value forms", () => {
    const command = parseArgs([
      ...base,
      "--order-list-id=42",
      "--isolated",
      "--recv-window",
      "5000",
      "--new-client-order-id",
      "my-cancel",
      "--base-url",
      "http://127.0.0.1:8080/",
      "--json",
    ]);
    expect(command).toMatchObject({
      kind: "operation",
      locale: "en",
      args: { command: "cancel-oco", baseUrl: "http://127.0.0.1:8080", sandbox: false, json: true },
    });
    // What is sent, exactly: the cancel names an existing list, so no client id is made up for it.
    expect(command.kind === "operation" && "generatedListClientOrderId" in command.args).toBe(false);
    expect(command.kind === "operation" && command.args.query).toEqual({
      symbol: "LTCBTC",
      isIsolated: "TRUE",
      orderListId: 42,
      newClientOrderId: "my-cancel",
      recvWindow: 5000,
    });
  });

  it("accepts a list client order id with any characters", () => {
    const command = parseArgs([...base, "--list-client-order-id", "止损 OCO+@!'()~*"]);
    expect(command.kind === "operation" && command.args.query.listClientOrderId).toBe("止损 OCO+@!'()~*");
  });

  it("rejects both ids, and neither", () => {
    expect(usageErrorOf([...base, "--order-list-id", "1", "--list-client-order-id", "x"])).toMatch(/only one/);
    expect(usageErrorOf(base)).toMatch(/--order-list-id or --list-client-order-id/);
  });

  it.each(["abc", "-1", "1.5", "1e3", "", " 7", "0x10"])("rejects order list id %j", (raw) => {
    expect(usageErrorOf([...base, `--order-list-id=${raw}`])).toMatch(/whole number/);
  });

  it("rejects an order list id that a JS number cannot hold exactly", () => {
    expect(parseArgs([...base, "--order-list-id", "9007199254740991"])).toMatchObject({
      args: { query: { orderListId: 9007199254740991 } },
    });
    expect(usageErrorOf([...base, "--order-list-id", "9007199254740993"])).toMatch(/list-client-order-id instead/);
  });

  it.each(["0", "60001", "abc", "5000.5", "-5"])("rejects recv window %j", (raw) => {
    expect(usageErrorOf([...base, "--order-list-id", "1", "--recv-window", raw])).toMatch(/1 to 60000/);
  });

  it("rejects a missing symbol, empty values, unknown options and bad URLs", () => {
    expect(usageErrorOf(["margin", "cancel-oco", "--order-list-id", "1"])).toMatch(/--symbol is required/);
    expect(usageErrorOf([...base, "--list-client-order-id", "  "])).toMatch(/must not be empty/);
    expect(usageErrorOf([...base, "--order-list-id", "1", "--bogus"])).toMatch(/Unknown option --bogus/);
    expect(usageErrorOf([...base, "--order-list-id", "1", "--base-url", "ftp://x"])).toMatch(/not an http/);
    expect(usageErrorOf([...base, "--order-list-id"])).toMatch(/needs a value/);
    expect(usageErrorOf(["margin", "cancel-everything", "--symbol", "X"])).toMatch(/Unknown command/);
  });

  it("speaks Chinese with --lang zh-CN, including in errors", () => {
    expect(usageErrorOf([...base, "--lang", "zh-CN"])).toMatch(/请提供 --order-list-id/);
    expect(usageErrorOf([...base, "--lang", "fr"])).toMatch(/Unsupported language "fr"/);
    expect(parseArgs(["--help", "--lang=zh-CN"])).toEqual({ kind: "overview", locale: "zh-CN" });
  });

  it("routes help, the list of commands, demo and sandbox", () => {
    expect(parseArgs([])).toEqual({ kind: "overview", locale: "en" });
    expect(parseArgs(["--help"])).toEqual({ kind: "overview", locale: "en" });
    expect(parseArgs(["margin", "cancel-everything", "--help"])).toEqual({ kind: "overview", locale: "en" });
    expect(parseArgs([...base, "-h"])).toEqual({ kind: "help", locale: "en", command: "cancel-oco" });
    expect(parseArgs(["margin", "place-oco", "-h"])).toEqual({ kind: "help", locale: "en", command: "place-oco" });
    expect(parseArgs(["demo"])).toEqual({ kind: "demo", locale: "en" });
    expect(parseArgs(["sandbox"])).toEqual({ kind: "sandbox", locale: "en", port: 0 });
    expect(usageErrorOf(["demo", "--json"])).toBe("Unknown option --json.");
  });

  it("gives sandbox and demo their own help", () => {
    expect(parseArgs(["sandbox", "--help"])).toEqual({ kind: "help", locale: "en", command: "sandbox" });
    expect(parseArgs(["sandbox", "--port", "8090", "-h", "--lang", "zh-CN"])).toEqual({ kind: "help", locale: "zh-CN", command: "sandbox" });
    expect(parseArgs(["demo", "--help"])).toEqual({ kind: "help", locale: "en", command: "demo" });
  });

  it("refuses --sandbox with --base-url: the embedded sandbox would silently ignore the URL", () => {
    for (const command of [[...base, "--order-list-id", "1"], ["margin", "list-open-order-lists"]]) {
      expect(usageErrorOf([...command, "--sandbox", "--base-url", "http://127.0.0.1:8090"])).toMatch(
        /^--sandbox starts its own sandbox and would ignore --base-url/,
      );
      expect(usageErrorOf([...command, "--base-url=http://127.0.0.1:8090", "--sandbox", "--lang", "zh-CN"])).toMatch(
        /^--sandbox 会启动自己的沙箱，从而忽略 --base-url/,
      );
    }
  });
});

describe("parseArgs: values that must never be sent", () => {
  it.each([
    "https://user:hunter2-pw@api.binance.com",
    "https://:hunter2-pw@api.binance.com",
    "https://user@api.binance.com",
    "ftp://user:hunter2-pw@x",
    "https://user:hunter2?pw@api.binance.com",
  ])("refuses a --base-url with user:password@ (%s) without quoting it", (url) => {
    const message = usageErrorOf([...base, "--order-list-id", "1", "--base-url", url]);
    expect(message).toMatch(/must not contain a user name or password/);
    expect(message).not.toContain("hunter2");
    expect(message).not.toContain(url);
  });

  it.each(["https://api.binance.com?x=1", "https://api.binance.com/#top"])("refuses a --base-url with a query or fragment: %s", (url) => {
    expect(usageErrorOf([...base, "--order-list-id", "1", "--base-url", url])).toMatch(/query .* or a fragment/);
  });

  it.each(["ltcbtc", "LTC BTC", "LTC/BTC", "X".repeat(51), "LTC%BTC", "LTCbtc"])("refuses the malformed symbol %j", (symbol) => {
    expect(usageErrorOf(["margin", "cancel-oco", "--symbol", symbol, "--order-list-id", "1"])).toMatch(/is not a symbol/);
    expect(usageErrorOf(["margin", "cancel-oco", "--symbol", symbol, "--order-list-id", "1", "--lang", "zh-CN"])).toMatch(
      /不是有效的交易对/,
    );
  });

  it.each(["LTCBTC", "BTC_USDT", "1000SATSUSDT", "币安人生USDT", "１２３４５６"])("accepts the symbol %j", (symbol) => {
    expect(parseArgs(["margin", "cancel-oco", "--symbol", symbol, "--order-list-id", "1"])).toMatchObject({ args: { query: { symbol } } });
  });

  it.each(["--json=true", "--json=false", "--isolated=TRUE", "--sandbox=1", "--help=yes"])("refuses %s clearly: a switch takes no value", (token) => {
    const name = token.split("=")[0] as string;
    const message = usageErrorOf([...base, "--order-list-id", "1", token]);
    expect(message).toBe(`${name} is a switch and takes no value: write ${name} alone (or leave it out).`);
    expect(usageErrorOf([...base, "--order-list-id", "1", token, "--lang", "zh-CN"])).toMatch(/是开关选项，不接受取值/);
  });
});
