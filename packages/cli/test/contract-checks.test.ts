// The CLI checks options with @sapi-kit/contract's checker, the sandbox's
// own: what Binance refuses is refused before sending, and what it accepts is
// accepted, in both languages.
import { describe, expect, it } from "vitest";
import { parseArgs } from "../src/args/parse-args.js";
import { usageErrorOf } from "./support/usage-error-of.js";

const oco = ["margin", "place-oco", "--symbol", "BTCUSDT", "--side", "SELL", "--quantity", "0.01", "--price", "61000", "--stop-price", "59000"];

function queryOf(argv: string[]) {
  const command = parseArgs(argv);
  if (command.kind !== "operation") throw new Error(`not an operation command: ${argv.join(" ")}`);
  return command.args.query;
}

describe("checks shared with the sandbox", () => {
  it("a placement's client id outside Binance's legal range is refused, quoting the range", () => {
    expect(usageErrorOf([...oco, "--list-client-order-id", "my oco"])).toBe(
      '--list-client-order-id "my oco" does not match ^[\\.A-Z\\:/a-z0-9_-]{1,36}$.',
    );
    expect(usageErrorOf([...oco, "--limit-client-order-id", "x".repeat(37), "--lang", "zh-CN"])).toMatch(/^--limit-client-order-id .*\^\[/);
    // A query names an existing list as it was created: looked up, never format-checked.
    expect(queryOf(["margin", "get-order-list", "--orig-client-order-id", "any id"]).origClientOrderId).toBe("any id");
  });

  it("a decimal beyond the 20 digits Binance reads is refused", () => {
    expect(usageErrorOf([...oco.slice(0, -1), "1".repeat(21)])).toMatch(/--stop-price must be a decimal number/);
    expect(queryOf([...oco.slice(0, -1), "1".repeat(20)]).stopPrice).toBe("1".repeat(20));
  });

  it("booleans read in any letter case, as Binance reads them", () => {
    expect(queryOf([...oco, "--auto-repay-at-cancel", "FALSE"]).autoRepayAtCancel).toBe(false);
    expect(queryOf([...oco, "--auto-repay-at-cancel", "True"]).autoRepayAtCancel).toBe(true);
  });

  it("whole numbers: more than 20 digits, or beyond 2^53, cannot be sent exactly", () => {
    expect(usageErrorOf(["margin", "list-order-lists", "--from-id", "1".repeat(21)])).toMatch(/cannot be sent exactly/);
    expect(usageErrorOf(["margin", "list-order-lists", "--from-id", "9007199254740993"])).toMatch(/cannot be sent exactly/);
  });
});
