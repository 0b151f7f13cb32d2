// Properties of the checker over the real contract and over any text: valid
// values are never refused, whole numbers are read exactly as Binance's
// legal range says, and violations always come in the order Binance finds them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkQuery, checkValue, isValueViolation, type OperationContract, operations, type ParameterContract, type Violation } from "../src/index.js";

const INT32_MAX = 2_147_483_647n;
const MAX_20_DIGITS = 10n ** 20n - 1n;

/** Any value the contract says is valid for the parameter, as it travels. */
function validValue(parameter: ParameterContract, method: string): fc.Arbitrary<string> {
  switch (parameter.wire) {
    case "LONG":
    case "INT": {
      const min = BigInt(parameter.minimum ?? 0);
      const top = parameter.wire === "INT" ? INT32_MAX : MAX_20_DIGITS;
      const max = parameter.maximum === undefined ? top : BigInt(parameter.maximum) < top ? BigInt(parameter.maximum) : top;
      return fc.bigInt({ min, max }).map(String);
    }
    case "DECIMAL": {
      const digits = fc.stringMatching(/^[0-9]{1,20}$/);
      return fc.tuple(digits, fc.option(digits, { nil: undefined })).map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));
    }
    case "ENUM": {
      const members = fc.constantFrom(...(parameter.enum ?? []));
      return parameter.caseInsensitive ? members.chain(anyLetterCase) : members;
    }
    case "BOOLEAN":
      return fc.constantFrom("true", "false", "TRUE", "False");
    case "STRING":
      if (parameter.name === "symbol") return fc.constantFrom("BTCUSDT", "LTCBTC", "币安人生USDT", "１２３４５６");
      if (parameter.name === "newClientOrderId" || (method === "POST" && parameter.name.endsWith("ClientOrderId"))) {
        return fc.stringMatching(/^[A-Za-z0-9_-]{1,36}$/);
      }
      // A patterned text (exchangeInfo's `symbols`, a JSON array of symbols): any text the pattern matches.
      if (parameter.pattern !== undefined) return fc.stringMatching(new RegExp(parameter.pattern, "u"), { size: "small" });
      return fc.string({ minLength: Math.max(1, parameter.minLength ?? 1), maxLength: 20 }).filter((text) => [...text].length >= (parameter.minLength ?? 1));
  }
}

/** The text with each letter in either case (`TRUE` -> `true`, `tRuE`, ...). */
function anyLetterCase(text: string): fc.Arbitrary<string> {
  return fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) => [...text].map((character, index) => (upper[index] ? character.toUpperCase() : character.toLowerCase())).join(""));
}

/** A query with every required parameter and any optional ones, each valid. */
function validQuery(contract: OperationContract): fc.Arbitrary<Record<string, string>> {
  const entries = Object.fromEntries(contract.parameters.map((parameter) => [parameter.name, validValue(parameter, contract.method)]));
  const requiredKeys = contract.parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name);
  return fc.record(entries, { requiredKeys });
}

const violationsOnly = (violations: Violation[], kinds: Violation["kind"][]) => violations.filter((violation) => kinds.includes(violation.kind));

describe("checkQuery properties", () => {
  it.each(operations.map((operation) => [operation.operationId, operation] as const))(
    "%s: a query of valid values never has a value, missing or unknown violation",
    (_id, contract) => {
      fc.assert(
        fc.property(validQuery(contract), (query) => {
          const violations = checkQuery(contract, query);
          expect(violations.filter(isValueViolation)).toEqual([]);
          expect(violationsOnly(violations, ["missing", "unknown"])).toEqual([]);
        }),
        { numRuns: 200 },
      );
    },
  );

  it.each(operations.map((operation) => [operation.operationId, operation] as const))(
    "%s: any query, however wrong, gets its violations in Binance's order, each parameter at most once",
    (_id, contract) => {
      const names = [...contract.parameters.map((parameter) => parameter.name), "extra", "__proto__"];
      const query = fc.dictionary(fc.constantFrom(...names), fc.oneof(fc.string(), fc.constantFrom("", "0", "1", "TRUE", "FALSE", "LIMIT")));
      const phase = (violation: Violation) =>
        violation.kind === "unknown" ? 1 : violation.kind === "required-one-of" ? 2 : violation.kind === "rule" || violation.kind === "span-too-long" ? 3 : 0;
      fc.assert(
        fc.property(query, (sent) => {
          const violations = checkQuery(contract, new Map(Object.entries(sent)));
          const phases = violations.map(phase);
          expect(phases).toEqual([...phases].sort((a, b) => a - b));
          const positions = violations.flatMap((violation) =>
            "parameter" in violation ? [contract.parameters.indexOf(violation.parameter)] : [],
          );
          expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
          const rules = violations.flatMap((violation) =>
            violation.kind === "rule" || violation.kind === "span-too-long" ? [contract.rules.indexOf(violation.rule)] : [],
          );
          expect(rules).toEqual([...rules].sort((a, b) => a - b));
        }),
        { numRuns: 300 },
      );
    },
  );
});

describe("case-insensitive enum properties", () => {
  const folded = operations.filter((operation) => operation.parameters.some((parameter) => parameter.caseInsensitive));

  it("the spec has case-insensitive enums to check (every margin isIsolated)", () => {
    expect(folded.length).toBeGreaterThan(10);
  });

  it.each(folded.map((operation) => [operation.operationId, operation] as const))(
    "%s: a query's violations do not depend on the letter case of a case-insensitive value",
    (_id, contract) => {
      const names = contract.parameters.map((parameter) => parameter.name);
      const byName = new Map(contract.parameters.map((parameter) => [parameter.name, parameter]));
      const value = (name: string) => {
        const parameter = byName.get(name);
        return parameter?.caseInsensitive ? fc.constantFrom(...(parameter.enum ?? []), "x", "") : fc.constantFrom("", "1", "BTCUSDT", "TRUE");
      };
      const query = fc.uniqueArray(fc.constantFrom(...names), { maxLength: names.length }).chain((chosen) =>
        fc.record(Object.fromEntries(chosen.map((name) => [name, value(name)]))),
      );
      const recased = (sent: Record<string, string>) =>
        fc.record(
          Object.fromEntries(Object.entries(sent).map(([name, text]) => [name, byName.get(name)?.caseInsensitive ? anyLetterCase(text) : fc.constant(text)])),
        );
      fc.assert(
        fc.property(
          query.chain((sent) => fc.tuple(fc.constant(sent), recased(sent))),
          ([canonical, other]) => {
            const strip = (violations: Violation[]) => violations.map((violation) => ("value" in violation ? { ...violation, value: "" } : violation));
            expect(strip(checkQuery(contract, other))).toEqual(strip(checkQuery(contract, canonical)));
          },
        ),
        { numRuns: 200 },
      );
    },
  );
});

describe("max-span properties", () => {
  const spanned = operations.filter((operation) => operation.rules.some((rule) => rule.kind === "max-span"));
  const bound = fc.oneof(fc.bigInt({ min: 0n, max: MAX_20_DIGITS }), fc.bigInt({ min: 1_565_769_338_806n, max: 1_565_769_338_806n + 200_000_000n }));

  it("the spec has max-span rules to check (the 24-hour windows of the order and trade lists)", () => {
    expect(spanned.map((operation) => operation.operationId).sort()).toEqual(["marginGetAllOrders", "marginGetMyTrades"]);
  });

  it.each(spanned.map((operation) => [operation.operationId, operation] as const))(
    "%s: two well-formed bounds break the rule exactly when they are more than maximum apart, with the exact span",
    (_id, contract) => {
      const rule = contract.rules.find((candidate) => candidate.kind === "max-span");
      if (rule?.kind !== "max-span") throw new Error("no max-span rule");
      fc.assert(
        fc.property(bound, bound, (from, to) => {
          const query = { symbol: "BTCUSDT", [rule.from]: String(from), [rule.to]: String(to) };
          const found = checkQuery(contract, query).filter((violation) => violation.kind === "span-too-long");
          expect(found).toEqual(to - from > BigInt(rule.maximum) ? [{ kind: "span-too-long", rule, span: String(to - from) }] : []);
        }),
        { numRuns: 500 },
      );
    },
  );

  it.each(spanned.map((operation) => [operation.operationId, operation] as const))(
    "%s: one bound alone, or a malformed one, never breaks the span (the value violation says it)",
    (_id, contract) => {
      const rule = contract.rules.find((candidate) => candidate.kind === "max-span");
      if (rule?.kind !== "max-span") throw new Error("no max-span rule");
      const text = fc.oneof(fc.string(), fc.constantFrom("", "1e9", "0x10", "99999999999999999999999"));
      fc.assert(
        fc.property(fc.option(text, { nil: undefined }), fc.option(text, { nil: undefined }), (from, to) => {
          fc.pre(!(from !== undefined && to !== undefined && /^-?[0-9]+$/.test(from) && /^-?[0-9]+$/.test(to)));
          const query = new Map([["symbol", "BTCUSDT"]]);
          if (from !== undefined) query.set(rule.from, from);
          if (to !== undefined) query.set(rule.to, to);
          expect(checkQuery(contract, query).filter((violation) => violation.kind === "span-too-long")).toEqual([]);
        }),
        { numRuns: 500 },
      );
    },
  );
});

describe("checkValue properties", () => {
  it("a LONG is valid exactly when Binance's legal range ^[0-9]{1,20}$ reads it and it is within the bounds", () => {
    const bounds = fc.record({ minimum: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }), maximum: fc.option(fc.integer({ min: 0, max: 100000 }), { nil: undefined }) });
    const text = fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{1,25}$/), fc.bigInt({ min: 0n, max: 200000n }).map(String));
    fc.assert(
      fc.property(bounds, text, ({ minimum, maximum }, value) => {
        const parameter: ParameterContract = { name: "n", wire: "LONG", required: false, signerManaged: false, minimum, maximum };
        const readable = /^[0-9]{1,20}$/.test(value);
        const within = readable && (minimum === undefined || BigInt(value) >= BigInt(minimum)) && (maximum === undefined || BigInt(value) <= BigInt(maximum));
        expect(checkValue(parameter, value) === undefined).toBe(within);
      }),
      { numRuns: 1000 },
    );
  });

  it("a DECIMAL is valid exactly when both its pattern and Binance's 20-digit decimal read it", () => {
    const parameter: ParameterContract = { name: "d", wire: "DECIMAL", required: false, signerManaged: false, pattern: "^[0-9]+(\\.[0-9]+)?$" };
    const text = fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{1,25}(\.[0-9]{1,25})?$/), fc.stringMatching(/^[0-9.e-]{1,6}$/));
    fc.assert(
      fc.property(text, (value) => {
        expect(checkValue(parameter, value) === undefined).toBe(/^[0-9]{1,20}(\.[0-9]{1,20})?$/.test(value));
      }),
      { numRuns: 1000 },
    );
  });
});
