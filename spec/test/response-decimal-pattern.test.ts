// Response decimals are strings as Binance prints them. Binance's OTOCO
// example (binance-api-swagger) prints a zero price as "0E-8": Java's
// BigDecimal.toString() of zero at scale 8. The response pattern accepts
// every string that method prints, and nothing that is not a decimal.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileComponentSchema } from "./support/response-validator.js";
import { objectsWithPaths, readSourceSpec } from "./support/spec-document.js";

const spec = readSourceSpec();
const RESPONSE_DECIMAL = "^-?([0-9]+(\\.[0-9]+)?|[0-9](\\.[0-9]+)?E[+-][0-9]+)$";
const decimal = new RegExp(RESPONSE_DECIMAL);

/**
 * java.math.BigDecimal#toString() as its Javadoc specifies it: the unscaled
 * value's digits, plain when the scale is not negative and the adjusted
 * exponent is at least -6, otherwise one digit, the rest after a point, and
 * "E" with the signed adjusted exponent.
 */
function javaBigDecimalToString(unscaled: bigint, scale: number): string {
  const sign = unscaled < 0n ? "-" : "";
  const digits = (unscaled < 0n ? -unscaled : unscaled).toString();
  const adjusted = -scale + (digits.length - 1);
  if (scale >= 0 && adjusted >= -6) {
    if (scale === 0) return sign + digits;
    const padded = digits.padStart(scale + 1, "0");
    return `${sign}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
  }
  const rest = digits.length > 1 ? `.${digits.slice(1)}` : "";
  return `${sign}${digits[0]}${rest}E${adjusted >= 0 ? "+" : "-"}${Math.abs(adjusted)}`;
}

/** java.math.BigDecimal#toPlainString(): never an exponent. */
function javaBigDecimalToPlainString(unscaled: bigint, scale: number): string {
  const sign = unscaled < 0n ? "-" : "";
  const digits = (unscaled < 0n ? -unscaled : unscaled).toString();
  if (scale <= 0) return sign + digits + (unscaled === 0n ? "" : "0".repeat(-scale));
  const padded = digits.padStart(scale + 1, "0");
  return `${sign}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

const unscaled = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
const scale = fc.integer({ min: -12, max: 20 });

describe("the response decimal pattern", () => {
  it("is the one pattern of every decimal in a response schema", () => {
    const all = [...objectsWithPaths(spec.components.schemas)]
      .filter(([node]) => typeof node.pattern === "string")
      .map(([node, path]) => [path.join("/"), node.pattern]);
    // One id is no decimal: the cancel's orderId, a string of digits on Binance's page (spec/README.md).
    const ids = all.filter(([, pattern]) => pattern === "^[0-9]{1,20}$");
    expect(ids.map(([where]) => where)).toEqual(["MarginCancelledOrder/properties/orderId/oneOf/1"]);
    const patterns = all.filter(([, pattern]) => pattern !== "^[0-9]{1,20}$");
    expect(patterns.length).toBeGreaterThanOrEqual(15);
    for (const [where, pattern] of patterns) expect(pattern, where).toBe(RESPONSE_DECIMAL);
  });

  it("models Java's BigDecimal.toString() as its Javadoc's own examples show", () => {
    expect(javaBigDecimalToString(0n, 8)).toBe("0E-8");
    expect(javaBigDecimalToString(0n, 6)).toBe("0.000000");
    expect(javaBigDecimalToString(123n, 0)).toBe("123");
    expect(javaBigDecimalToString(-123n, 0)).toBe("-123");
    expect(javaBigDecimalToString(123n, -1)).toBe("1.23E+3");
    expect(javaBigDecimalToString(123n, -3)).toBe("1.23E+5");
    expect(javaBigDecimalToString(123n, 1)).toBe("12.3");
    expect(javaBigDecimalToString(123n, 5)).toBe("0.00123");
    expect(javaBigDecimalToString(123n, 10)).toBe("1.23E-8");
    expect(javaBigDecimalToString(-123n, 12)).toBe("-1.23E-10");
    expect(javaBigDecimalToString(30000000000n, 8)).toBe("300.00000000");
  });

  it("accepts whatever BigDecimal.toString() prints, exponent form included", () => {
    fc.assert(
      fc.property(unscaled, scale, (value, places) => {
        expect(javaBigDecimalToString(value, places)).toMatch(decimal);
      }),
    );
  });

  it("accepts whatever BigDecimal.toPlainString() prints", () => {
    fc.assert(
      fc.property(unscaled, scale, (value, places) => {
        expect(javaBigDecimalToPlainString(value, places)).toMatch(decimal);
      }),
    );
  });

  it("accepts only strings that read as a number", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789.E+-e x") }), (text) => {
        if (decimal.test(text)) expect(Number.isNaN(Number(text)), text).toBe(false);
      }),
    );
  });

  it.each(["", "1.", ".5", "1.0.0", "1e-8", "0E8", "12E-8", "1E", "E-8", "+1", "--1", "1,000", "NaN", "Infinity", " 1"])(
    "rejects %j",
    (text) => {
      expect(text).not.toMatch(decimal);
    },
  );

  it("lets Binance's OTOCO example keep its price 0E-8", () => {
    const example = spec.paths["/sapi/v1/margin/order/otoco"].post.responses["200"].content["application/json"].example;
    expect(example.orderReports[1].price).toBe("0E-8");
    const validate = compileComponentSchema(spec, "MarginOrderListPlacement", { closed: true });
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });
});
