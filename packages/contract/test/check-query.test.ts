// The checker against the real contract: each kind of violation, as data, in
// the order Binance finds them.
import { describe, expect, it } from "vitest";
import { canonicalValue, checkQuery, checkValue, effectiveValue, isValueViolation, operations, operationsById, type ParameterContract } from "../src/index.js";

const oco = operationsById.marginNewOco;
const getOco = operationsById.marginGetOco;
const allOco = operationsById.marginGetAllOco;
const oto = operationsById.marginNewOto;
const parameter = (contract: { parameters: readonly ParameterContract[] }, name: string) => {
  const found = contract.parameters.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no parameter ${name}`);
  return found;
};
const validOco = { symbol: "BTCUSDT", side: "SELL", quantity: "0.01", price: "61000", stopPrice: "59000", timestamp: "1" };

describe("checkQuery", () => {
  it("finds nothing wrong with a valid query", () => {
    expect(checkQuery(oco, validOco)).toEqual([]);
    expect(checkQuery(oco, new Map(Object.entries(validOco)))).toEqual([]);
  });

  it("reports a required parameter absent or empty as missing, in spec order", () => {
    expect(checkQuery(oco, { ...validOco, price: "", symbol: undefined })).toEqual([
      { kind: "missing", parameter: parameter(oco, "symbol") },
      { kind: "missing", parameter: parameter(oco, "price") },
    ]);
  });

  it("checks each value by its wire type, one violation per parameter, in spec order", () => {
    const violations = checkQuery(oco, { ...validOco, side: "sell", quantity: "1e-3", recvWindow: "60001", autoRepayAtCancel: "yes" });
    expect(violations).toEqual([
      { kind: "invalid-enum", parameter: parameter(oco, "side"), value: "sell", allowed: ["BUY", "SELL"] },
      { kind: "not-a-decimal", parameter: parameter(oco, "quantity"), value: "1e-3" },
      { kind: "not-a-boolean", parameter: parameter(oco, "autoRepayAtCancel"), value: "yes" },
      { kind: "out-of-range", parameter: parameter(oco, "recvWindow"), value: "60001", minimum: 1, maximum: 60000 },
    ]);
    expect(violations.every(isValueViolation)).toBe(true);
  });

  it("gives symbols and a placement's client order ids Binance's formats", () => {
    expect(checkQuery(oco, { ...validOco, symbol: "btcusdt", listClientOrderId: "a b" })).toMatchObject([
      { kind: "bad-format", format: "symbol", value: "btcusdt" },
      { kind: "bad-format", format: "client-order-id", value: "a b", legalRange: "^[\\.A-Z\\:/a-z0-9_-]{1,36}$" },
    ]);
    // An id that refers to an existing list is looked up as sent.
    expect(checkQuery(getOco, { origClientOrderId: "a b", timestamp: "1" })).toEqual([]);
  });

  it("reports names the operation does not define, unless the caller checks them itself", () => {
    expect(checkQuery(oco, { ...validOco, foo: "1", signature: "x" })).toEqual([{ kind: "unknown", names: ["foo", "signature"] }]);
    expect(checkQuery(oco, { ...validOco, signature: "x", timestamp: "not checked" }, { skip: ["signature", "timestamp"] })).toEqual([]);
    // A skipped parameter is never reported missing.
    const { timestamp: _, ...unsigned } = validOco;
    expect(checkQuery(oco, unsigned, { skip: ["timestamp"] })).toEqual([]);
    expect(checkQuery(oco, unsigned)).toEqual([{ kind: "missing", parameter: parameter(oco, "timestamp") }]);
  });

  it("reports x-required-one-of groups with no name sent", () => {
    expect(checkQuery(getOco, { timestamp: "1" })).toEqual([{ kind: "required-one-of", group: ["orderListId", "origClientOrderId"] }]);
    expect(checkQuery(getOco, { timestamp: "1", orderListId: "" })).toEqual([
      { kind: "required-one-of", group: ["orderListId", "origClientOrderId"] },
    ]);
  });

  it("reports each broken x-parameter-rules rule with the names that break it", () => {
    const [requires] = oco.rules;
    expect(checkQuery(oco, { ...validOco, stopLimitPrice: "58900" })).toEqual([{ kind: "rule", rule: requires, parameters: ["stopLimitTimeInForce"] }]);
    const excludes = allOco.rules.find((rule) => rule.kind === "excludes");
    expect(checkQuery(allOco, { timestamp: "1", fromId: "1", startTime: "2", endTime: "3" })).toEqual([
      { kind: "rule", rule: excludes, parameters: ["startTime", "endTime"] },
    ]);
    // The condition reads the default when the parameter is not sent: isIsolated defaults to FALSE.
    const [requiredWhen, forbiddenWhen] = getOco.rules;
    expect(checkQuery(getOco, { timestamp: "1", orderListId: "1", symbol: "BTCUSDT" })).toEqual([
      { kind: "rule", rule: forbiddenWhen, parameters: ["symbol"] },
    ]);
    expect(checkQuery(getOco, { timestamp: "1", orderListId: "1", isIsolated: "TRUE" })).toEqual([
      { kind: "rule", rule: requiredWhen, parameters: ["symbol"] },
    ]);
  });

  it("reports a max-span rule when startTime and endTime are more than 24 hours apart, and only then", () => {
    const trades = operationsById.marginGetMyTrades;
    const span = trades.rules.find((rule) => rule.kind === "max-span");
    expect(span).toEqual({ kind: "max-span", from: "startTime", to: "endTime", maximum: 86_400_000 });
    const day = { symbol: "BTCUSDT", timestamp: "1", startTime: "1565769338806" };
    expect(checkQuery(trades, { ...day, endTime: String(1565769338806 + 86_400_000) })).toEqual([]);
    expect(checkQuery(trades, { ...day, endTime: String(1565769338806 + 86_400_001) })).toEqual([
      { kind: "span-too-long", rule: span, span: "86400001" },
    ]);
    // Either bound alone is fine; an end before the start is no span to refuse.
    expect(checkQuery(trades, day)).toEqual([]);
    expect(checkQuery(trades, { ...day, endTime: "1" })).toEqual([]);
    // With fromId the excludes rule speaks first, then the span.
    expect(checkQuery(trades, { ...day, fromId: "3", endTime: "1665769338806" }).map((violation) => violation.kind)).toEqual([
      "rule",
      "span-too-long",
    ]);
  });

  it("matches isIsolated in any letter case, as Binance does, and tests rule conditions on the enum's spelling", () => {
    // ccxt sends isIsolated=true for { marginMode: "isolated" } (ccxt/binance-api-node#464).
    const [requiredWhen, forbiddenWhen] = getOco.rules;
    for (const isolated of ["true", "True", "tRUE"]) {
      expect(checkQuery(getOco, { timestamp: "1", orderListId: "1", isIsolated: isolated, symbol: "BTCUSDT" })).toEqual([]);
      expect(checkQuery(getOco, { timestamp: "1", orderListId: "1", isIsolated: isolated })).toEqual([
        { kind: "rule", rule: requiredWhen, parameters: ["symbol"] },
      ]);
    }
    expect(checkQuery(getOco, { timestamp: "1", orderListId: "1", isIsolated: "false", symbol: "BTCUSDT" })).toEqual([
      { kind: "rule", rule: forbiddenWhen, parameters: ["symbol"] },
    ]);
    expect(checkQuery(getOco, { timestamp: "1", orderListId: "1", isIsolated: "yes" })).toEqual([
      { kind: "invalid-enum", parameter: parameter(getOco, "isIsolated"), value: "yes", allowed: ["TRUE", "FALSE"] },
    ]);
  });

  it("reads the listen token's BOOLEAN isIsolated in any letter case: TRUE needs a symbol like true", () => {
    const token = operationsById.marginCreateListenToken;
    const [requiredWhen, forbiddenWhen] = token.rules;
    for (const isolated of ["true", "TRUE", "True"]) {
      expect(checkQuery(token, { isIsolated: isolated, symbol: "BTCUSDT" })).toEqual([]);
      expect(checkQuery(token, { isIsolated: isolated })).toEqual([{ kind: "rule", rule: requiredWhen, parameters: ["symbol"] }]);
    }
    expect(checkQuery(token, { isIsolated: "FALSE", symbol: "BTCUSDT" })).toEqual([{ kind: "rule", rule: forbiddenWhen, parameters: ["symbol"] }]);
  });

  it("marks every margin isIsolated of the generated contract case-insensitive (x-case-insensitive)", () => {
    const isolated = operations.flatMap((operation) => operation.parameters.filter((candidate) => candidate.name === "isIsolated"));
    expect(isolated.length).toBeGreaterThan(10);
    for (const candidate of isolated) expect(candidate).toMatchObject({ wire: "ENUM", caseInsensitive: true });
    // Enums Binance reads exactly stay exact.
    expect(parameter(oco, "side").caseInsensitive).toBeUndefined();
  });

  it("orders violations as Binance finds them: parameters, unknown names, one-of groups, rules", () => {
    const kinds = checkQuery(getOco, { isIsolated: "TRUE", orderListId: "x", extra: "1" }).map((violation) => violation.kind);
    expect(kinds).toEqual(["not-an-integer", "missing", "unknown", "rule"]);
    expect(checkQuery(getOco, { isIsolated: "TRUE", extra: "1", timestamp: "1" }).map((violation) => violation.kind)).toEqual([
      "unknown",
      "required-one-of",
      "rule",
    ]);
  });

  it("keeps a name such as __proto__ as sent", () => {
    expect(checkQuery(oto, new Map([["__proto__", "x"]])).find((violation) => violation.kind === "unknown")).toEqual({
      kind: "unknown",
      names: ["__proto__"],
    });
  });
});

describe("checkValue", () => {
  const long = { name: "id", wire: "LONG", required: false, signerManaged: false, minimum: 0 } as const;
  const int = { name: "limit", wire: "INT", required: false, signerManaged: false } as const;
  const text = { name: "tag", wire: "STRING", required: false, signerManaged: false, pattern: "^[a-z]+$", minLength: 3, maxLength: 5 } as const;

  it("reads whole numbers as Binance does: digits, at most 20 of them, within the bounds; an INT within int32", () => {
    expect(checkValue(long, "12345678901234567890")).toBeUndefined();
    expect(checkValue(long, "123456789012345678901")).toEqual({ kind: "too-many-digits", parameter: long, value: "123456789012345678901" });
    expect(checkValue(long, "-1")).toEqual({ kind: "not-an-integer", parameter: long, value: "-1" });
    expect(checkValue(int, "2147483647")).toBeUndefined();
    expect(checkValue(int, "2147483648")).toEqual({ kind: "out-of-range", parameter: int, value: "2147483648", maximum: 2147483647 });
  });

  it("reads booleans in any letter case and enums exactly", () => {
    const flag = { name: "flag", wire: "BOOLEAN", required: false, signerManaged: false } as const;
    expect(checkValue(flag, "TRUE")).toBeUndefined();
    expect(checkValue(flag, "1")).toEqual({ kind: "not-a-boolean", parameter: flag, value: "1" });
  });

  it("reads a case-insensitive enum in any letter case, and gives every value its canonical spelling", () => {
    const exact = { name: "mode", wire: "ENUM", required: false, signerManaged: false, enum: ["TRUE", "FALSE"] } as const;
    const folded = { ...exact, caseInsensitive: true } as const;
    const flag = { name: "flag", wire: "BOOLEAN", required: false, signerManaged: false } as const;
    expect(checkValue(folded, "true")).toBeUndefined();
    expect(checkValue(folded, "fAlSe")).toBeUndefined();
    expect(checkValue(folded, "truth")).toEqual({ kind: "invalid-enum", parameter: folded, value: "truth", allowed: ["TRUE", "FALSE"] });
    expect(checkValue(exact, "true")).toEqual({ kind: "invalid-enum", parameter: exact, value: "true", allowed: ["TRUE", "FALSE"] });
    expect(canonicalValue(folded, "tRuE")).toBe("TRUE");
    expect(canonicalValue(folded, "truth")).toBe("truth");
    expect(canonicalValue(exact, "true")).toBe("true");
    expect(canonicalValue(flag, "TRUE")).toBe("true");
  });

  it("gives a condition's effective value: the canonical value sent, else the default", () => {
    expect(effectiveValue(getOco, "isIsolated", "true")).toBe("TRUE");
    expect(effectiveValue(getOco, "isIsolated", undefined)).toBe("FALSE");
    expect(effectiveValue(getOco, "isIsolated", "")).toBe("FALSE");
    expect(effectiveValue(getOco, "symbol", undefined)).toBeUndefined();
  });

  it("checks a string's pattern before its length, counting characters, not UTF-16 units", () => {
    expect(checkValue(text, "AB")).toMatchObject({ kind: "pattern-mismatch" });
    expect(checkValue(text, "ab")).toEqual({ kind: "too-short", parameter: text, value: "ab", minLength: 3 });
    expect(checkValue(text, "abcdef")).toEqual({ kind: "too-long", parameter: text, value: "abcdef", maxLength: 5 });
    const emoji = { ...text, pattern: undefined };
    expect(checkValue(emoji, "ab😀")).toBeUndefined();
  });

  it("format-checks client order ids on a POST only, and newClientOrderId always", () => {
    const listId = { name: "listClientOrderId", wire: "STRING", required: false, signerManaged: false } as const;
    expect(checkValue(listId, "a b", "POST")).toMatchObject({ kind: "bad-format", format: "client-order-id" });
    expect(checkValue(listId, "a b", "DELETE")).toBeUndefined();
    expect(checkValue({ ...listId, name: "newClientOrderId" }, "a b", "DELETE")).toMatchObject({ kind: "bad-format" });
  });
});
