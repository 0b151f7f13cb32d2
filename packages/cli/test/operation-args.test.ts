// The order-list commands' options, read and checked before anything is
// sent, as the generated operation contract says: one option per spec
// parameter, every wire type, every kind of conditional rule, in English and
// Chinese.
import { operations as operationContracts } from "@sapi-kit/contract";
import { describe, expect, it } from "vitest";
import { type OperationArgs, readParameter } from "../src/args/operation-args.js";
import { parseArgs } from "../src/args/parse-args.js";
import { UsageError } from "../src/args/usage-error.js";
import { OPERATION_COMMANDS, type OperationCommandName } from "../src/contract/operation-commands.js";
import { optionOf } from "../src/contract/option-names.js";
import { messages } from "../src/output/messages/index.js";
import { operationHelp } from "../src/output/operation-help.js";
import { englishWords } from "./support/english-words.js";
import { usageErrorOf } from "./support/usage-error-of.js";

function argsOf(argv: string[]): OperationArgs {
  const command = parseArgs(argv);
  if (command.kind !== "operation") throw new Error(`not an operation command: ${argv.join(" ")}`);
  return command.args;
}

const oco = ["margin", "place-oco", "--symbol", "BTCUSDT", "--side", "SELL", "--quantity", "0.01", "--price", "61000", "--stop-price", "59000"];
const oto = [
  "margin", "place-oto", "--symbol", "BTCUSDT", "--working-type", "LIMIT", "--working-side", "BUY", "--working-price", "59000",
  "--working-quantity", "0.01", "--working-time-in-force", "GTC", "--pending-type", "LIMIT", "--pending-side", "SELL",
  "--pending-quantity", "0.01", "--pending-price", "61000", "--pending-time-in-force", "GTC",
];

/** argv without an option and its value. */
function without(argv: string[], option: string): string[] {
  const at = argv.indexOf(option);
  return at === -1 ? argv : [...argv.slice(0, at), ...argv.slice(at + 2)];
}

/** argv with an option's value replaced. */
function withValue(argv: string[], option: string, value: string): string[] {
  return argv.map((token, i) => (argv[i - 1] === option ? value : token));
}

describe("one command per operation of the spec", () => {
  it.each(Object.entries(OPERATION_COMMANDS))("%s calls an operation the contract has", (_name, { operationId }) => {
    expect(operationContracts.map((operation) => operation.operationId)).toContain(operationId);
  });

  it("every /sapi operation of the contract has a command (the checklist in ARCHITECTURE.md)", () => {
    const covered = new Set<string>(Object.values(OPERATION_COMMANDS).map((c) => c.operationId));
    const userOperations = operationContracts.filter((operation) => operation.path.startsWith("/sapi/"));
    expect(userOperations.map((operation) => operation.operationId).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(Object.keys(OPERATION_COMMANDS) as OperationCommandName[])("%s --help lists one option per caller-sent parameter", (name) => {
    const contract = operationContracts.find((operation) => operation.operationId === OPERATION_COMMANDS[name].operationId);
    expect(parseArgs(["margin", name, "--help"])).toEqual({ kind: "help", locale: "en", command: name });
    const help = operationHelp(name, "en");
    for (const parameter of contract?.parameters ?? []) {
      if (parameter.signerManaged) expect(help).not.toContain(optionOf(parameter.name));
      else expect(help).toContain(`  ${optionOf(parameter.name)}`);
    }
  });

  it("cancel-oco (its own help page) takes every caller-sent parameter of its operation, and no other", () => {
    const contract = operationContracts.find((operation) => operation.operationId === "marginCancelOco");
    const options = (contract?.parameters ?? []).filter((p) => !p.signerManaged).map((p) => optionOf(p.name));
    const base = ["margin", "cancel-oco", "--symbol", "LTCBTC", "--order-list-id", "1"];
    const values: Record<string, string[]> = { "--isolated": [], "--list-client-order-id": [], "--order-list-id": ["1"], "--symbol": ["LTCBTC"] };
    for (const option of options) {
      if (option === "--list-client-order-id") continue; // exactly one of the two ids: tested in parse-args
      expect(() => parseArgs([...base, option, ...(values[option] ?? ["5000"])]), option).not.toThrow();
    }
    expect(messages.en.help.match(/^ {2}--[a-z-]+/gm)?.map((o) => o.trim())).toEqual(
      expect.arrayContaining(options),
    );
  });

  it("spells options in kebab case, isIsolated as --isolated", () => {
    expect(optionOf("stopLimitTimeInForce")).toBe("--stop-limit-time-in-force");
    expect(optionOf("origClientOrderId")).toBe("--orig-client-order-id");
    expect(optionOf("isIsolated")).toBe("--isolated");
  });
});

describe("what is sent", () => {
  it("sends each option under its spec name, in spec order, with the right type", () => {
    const args = argsOf([...oco, "--isolated", "--recv-window", "7000", "--auto-repay-at-cancel", "false", "--list-client-order-id", "my-oco"]);
    expect(args.query).toEqual({
      symbol: "BTCUSDT",
      isIsolated: "TRUE",
      listClientOrderId: "my-oco",
      side: "SELL",
      quantity: "0.01",
      price: "61000",
      stopPrice: "59000",
      autoRepayAtCancel: false,
      recvWindow: 7000,
    });
    const contract = operationContracts.find((operation) => operation.operationId === "marginNewOco");
    const specOrder = (contract?.parameters ?? []).map((p) => p.name).filter((name) => name in args.query);
    expect(Object.keys(args.query)).toEqual(specOrder);
    expect(args.generatedListClientOrderId).toBeUndefined();
  });

  it("keeps decimals as the exact text typed", () => {
    expect(argsOf(withValue(oco, "--quantity", "0.00000001")).query.quantity).toBe("0.00000001");
    expect(argsOf(withValue(oco, "--price", "61000.10000000")).query.price).toBe("61000.10000000");
  });

  it("names a new list itself when no --list-client-order-id is given, so an unknown outcome can be checked", () => {
    const first = argsOf(oco);
    const second = argsOf(oco);
    expect(first.generatedListClientOrderId).toMatch(/^sapi-kit-[A-Za-z0-9]{15}$/);
    expect(first.query.listClientOrderId).toBe(first.generatedListClientOrderId);
    expect(second.generatedListClientOrderId).not.toBe(first.generatedListClientOrderId);
    expect(Object.keys(first.query).slice(0, 3)).toEqual(["symbol", "listClientOrderId", "side"]);
  });

  it("queries get no generated id, and --isolated with --symbol", () => {
    const args = argsOf(["margin", "list-open-order-lists", "--isolated", "--symbol", "BTCUSDT"]);
    expect(args.query).toEqual({ isIsolated: "TRUE", symbol: "BTCUSDT" });
    expect(args.generatedListClientOrderId).toBeUndefined();
    expect(argsOf(["margin", "list-order-lists", "--from-id", "3", "--limit", "1000"]).query).toEqual({ fromId: 3, limit: 1000 });
  });
});

describe("bad values are refused before sending (exit 2)", () => {
  it.each(["1e-3", "-1", ".5", "1.", "1,5", "0x1", " 1", "1 ", "NaN", "１"])("decimal %j", (value) => {
    expect(usageErrorOf(withValue(oco, "--quantity", value))).toMatch(/--quantity must be a decimal number/);
  });

  it("enum values are exact", () => {
    expect(usageErrorOf(withValue(oco, "--side", "sell"))).toBe('--side must be one of BUY, SELL, got "sell".');
  });

  it("booleans are true or false", () => {
    expect(usageErrorOf([...oco, "--auto-repay-at-cancel", "yes"])).toMatch(/--auto-repay-at-cancel must be true or false/);
  });

  it.each([
    [["--limit", "0"], /--limit must be a whole number from 1 to 1000, got "0"/],
    [["--limit", "1001"], /--limit must be a whole number from 1 to 1000/],
    [["--recv-window", "60001"], /--recv-window must be a whole number from 1 to 60000/],
    [["--from-id", "1.5"], /--from-id must be a whole number from 0/],
    [["--from-id", "9007199254740993"], /cannot be sent exactly/],
  ])("integers within the spec's limits: %j", (extra, message) => {
    expect(usageErrorOf(["margin", "list-order-lists", ...extra])).toMatch(message);
  });

  it("a malformed symbol, an empty value", () => {
    expect(usageErrorOf(withValue(oco, "--symbol", "btcusdt"))).toMatch(/is not a symbol/);
    expect(usageErrorOf([...oco, "--limit-client-order-id", " "])).toMatch(/must not be empty/);
  });

  it("options of another command", () => {
    expect(usageErrorOf([...oco, "--order-list-id", "1"])).toBe("Unknown option --order-list-id.");
    expect(usageErrorOf(["margin", "cancel-oco", "--symbol", "LTCBTC", "--order-list-id", "1", "--price", "1"])).toBe(
      "Unknown option --price.",
    );
    expect(usageErrorOf(["margin", "list-open-order-lists", "--from-id", "1"])).toBe("Unknown option --from-id.");
  });
});

describe("the spec's rules are refused before sending (exit 2)", () => {
  it("required parameters", () => {
    expect(usageErrorOf(without(oco, "--price"))).toBe("--price is required.");
  });

  it("requires: --stop-limit-price needs --stop-limit-time-in-force", () => {
    expect(usageErrorOf([...oco, "--stop-limit-price", "58900"])).toBe("--stop-limit-price needs --stop-limit-time-in-force as well.");
    expect(argsOf([...oco, "--stop-limit-price", "58900", "--stop-limit-time-in-force", "GTC"]).query.stopLimitTimeInForce).toBe("GTC");
  });

  it("x-required-one-of: --order-list-id or --orig-client-order-id", () => {
    expect(usageErrorOf(["margin", "get-order-list"])).toBe("Give --order-list-id or --orig-client-order-id.");
    expect(argsOf(["margin", "get-order-list", "--order-list-id", "0"]).query).toEqual({ orderListId: 0 });
  });

  it("required-when / forbidden-when: --symbol for isolated, never for cross", () => {
    for (const command of ["get-order-list", "list-order-lists", "list-open-order-lists"]) {
      const id = command === "get-order-list" ? ["--order-list-id", "1"] : [];
      expect(usageErrorOf(["margin", command, ...id, "--isolated"])).toBe(
        "--symbol is required for an isolated margin account (--isolated).",
      );
      expect(usageErrorOf(["margin", command, ...id, "--symbol", "BTCUSDT"])).toBe(
        "--symbol cannot be used for the cross margin account (add --isolated for an isolated one).",
      );
    }
  });

  it("excludes: --from-id with --start-time / --end-time", () => {
    expect(usageErrorOf(["margin", "list-order-lists", "--from-id", "1", "--end-time", "5"])).toBe(
      "--from-id cannot be combined with --end-time.",
    );
    expect(argsOf(["margin", "list-order-lists", "--start-time", "1", "--end-time", "5"]).query).toEqual({ startTime: 1, endTime: 5 });
  });

  it("required-when on an enum value, and forbidden-when (OTO)", () => {
    expect(usageErrorOf(without(oto, "--working-time-in-force"))).toBe("--working-time-in-force is required when --working-type is LIMIT.");
    const stopLoss = without(without(withValue(oto, "--pending-type", "STOP_LOSS"), "--pending-price"), "--pending-time-in-force");
    expect(usageErrorOf(stopLoss)).toBe(
      "Give --pending-stop-price or --pending-trailing-delta (or both) when --pending-type is STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT or TAKE_PROFIT_LIMIT.",
    );
    expect(argsOf([...stopLoss, "--pending-stop-price", "58000"]).query.pendingStopPrice).toBe("58000");
    expect(usageErrorOf([...withValue(oto, "--working-time-in-force", "IOC"), "--working-iceberg-qty", "0.001"])).toBe(
      "--working-iceberg-qty cannot be used when --working-time-in-force is IOC or FOK.",
    );
  });

  it("a trailing-only pending STOP_LOSS / TAKE_PROFIT is accepted; a price on it is refused (OTO and OTOCO)", () => {
    const stopLoss = without(without(withValue(oto, "--pending-type", "STOP_LOSS"), "--pending-price"), "--pending-time-in-force");
    expect(argsOf([...stopLoss, "--pending-trailing-delta", "100"]).query).toMatchObject({ pendingType: "STOP_LOSS", pendingTrailingDelta: 100 });
    expect(argsOf([...withValue(stopLoss, "--pending-type", "TAKE_PROFIT"), "--pending-trailing-delta", "100"]).query.pendingPrice).toBeUndefined();
    expect(usageErrorOf([...stopLoss, "--pending-trailing-delta", "100", "--pending-price", "58000"])).toBe(
      "--pending-price cannot be used when --pending-type is MARKET, STOP_LOSS or TAKE_PROFIT.",
    );
    const otoco = [
      "margin", "place-otoco", "--symbol", "BTCUSDT", "--working-type", "LIMIT", "--working-side", "BUY", "--working-price", "59500",
      "--working-quantity", "0.01", "--working-time-in-force", "GTC", "--pending-side", "SELL", "--pending-quantity", "0.01",
      "--pending-above-type", "LIMIT_MAKER", "--pending-above-price", "61000", "--pending-below-type", "STOP_LOSS",
    ];
    expect(argsOf([...otoco, "--pending-below-trailing-delta", "150"]).query.pendingBelowTrailingDelta).toBe(150);
    expect(usageErrorOf([...otoco, "--pending-below-trailing-delta", "150", "--pending-below-price", "58000"])).toBe(
      "--pending-below-price cannot be used when --pending-below-type is STOP_LOSS.",
    );
    expect(usageErrorOf(without(without(otoco, "--pending-below-type"), "--pending-below-stop-price"))).toBe("--pending-below-type is required.");
  });

  it("a time in force on LIMIT_MAKER / MARKET, a LIMIT_MAKER without price, --stop-limit-time-in-force alone are refused", () => {
    expect(usageErrorOf(withValue(oto, "--working-type", "LIMIT_MAKER"))).toBe(
      "--working-time-in-force cannot be used when --working-type is LIMIT_MAKER.",
    );
    expect(usageErrorOf(without(withValue(oto, "--pending-type", "MARKET"), "--pending-price"))).toBe(
      "--pending-time-in-force cannot be used when --pending-type is MARKET, STOP_LOSS, TAKE_PROFIT or LIMIT_MAKER.",
    );
    expect(usageErrorOf(without(without(withValue(oto, "--pending-type", "LIMIT_MAKER"), "--pending-price"), "--pending-time-in-force"))).toBe(
      "--pending-price is required when --pending-type is LIMIT, LIMIT_MAKER, STOP_LOSS_LIMIT or TAKE_PROFIT_LIMIT.",
    );
    expect(usageErrorOf([...oco, "--stop-limit-time-in-force", "GTC"])).toBe("--stop-limit-time-in-force needs --stop-limit-price as well.");
  });

  it("place-oto --help states the trailing-only stop and what each type takes", () => {
    const help = operationHelp("place-oto", "en");
    expect(help).toContain("  --pending-trailing-delta");
    expect(help).toContain("Give --pending-stop-price or --pending-trailing-delta (or both) when --pending-type is STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT or TAKE_PROFIT_LIMIT.");
    expect(help).toContain("--pending-price cannot be used when --pending-type is MARKET, STOP_LOSS or TAKE_PROFIT.");
    expect(help).not.toContain("--pending-trailing-delta needs --pending-price");
  });

  it("every refusal reads in Chinese with --lang zh-CN", () => {
    const cases = [
      withValue(oco, "--quantity", "1e-3"),
      withValue(oco, "--side", "sell"),
      [...oco, "--auto-repay-at-cancel", "yes"],
      ["margin", "list-order-lists", "--limit", "0"],
      ["margin", "list-order-lists", "--from-id", "1", "--start-time", "5"],
      without(oco, "--price"),
      [...oco, "--stop-limit-price", "58900"],
      ["margin", "get-order-list"],
      ["margin", "get-order-list", "--order-list-id", "1", "--isolated"],
      ["margin", "list-open-order-lists", "--symbol", "BTCUSDT"],
      without(oto, "--working-time-in-force"),
      [...withValue(oto, "--working-time-in-force", "IOC"), "--working-iceberg-qty", "0.001"],
      ["sandbox", "--port", "70000"],
    ];
    for (const argv of cases) {
      const message = usageErrorOf([...argv, "--lang", "zh-CN"]);
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect({ argv: argv.join(" "), english: englishWords(message) }).toEqual({ argv: argv.join(" "), english: [] });
    }
  });
});

describe("string length limits (no parameter of today's spec has one beyond 1)", () => {
  // A parameter as the generator would write it for a spec that sets minLength / maxLength.
  const tag = { name: "tag", wire: "STRING", required: false, signerManaged: false, minLength: 3, maxLength: 5 } as const;

  it.each([
    ["en", "ab", "--tag must be at least 3 characters long."],
    ["en", "abcdef", "--tag must be at most 5 characters long."],
    ["zh-CN", "ab", "--tag 至少 3 个字符。"],
    ["zh-CN", "abcdef", "--tag 最多 5 个字符。"],
  ] as const)("%s: %s is refused", (locale, raw, message) => {
    expect(() => readParameter(tag, raw, locale)).toThrow(new UsageError(message));
  });

  it("counts characters, not UTF-16 units, and accepts the limits themselves", () => {
    expect(readParameter(tag, "abc", "en")).toBe("abc");
    expect(readParameter(tag, "ab😀", "en")).toBe("ab😀");
    expect(readParameter(tag, "abcde", "en")).toBe("abcde");
  });
});

describe("sapi-kit sandbox", () => {
  it("reads --port, 0 by default, and refuses anything else", () => {
    expect(parseArgs(["sandbox"])).toEqual({ kind: "sandbox", locale: "en", port: 0 });
    expect(parseArgs(["sandbox", "--port", "8090"])).toEqual({ kind: "sandbox", locale: "en", port: 8090 });
    expect(usageErrorOf(["sandbox", "--port", "65536"])).toMatch(/--port must be a whole number from 0 to 65535/);
    expect(usageErrorOf(["sandbox", "--symbol", "BTCUSDT"])).toBe("Unknown option --symbol.");
  });
});
