import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareUnits, formatUnits, isOnGrid, multiplyUnits, parseUnits, UNIT_SCALE } from "../../../src/order-lists/engine/decimal-units.js";

const units = fc.bigInt({ min: 0n, max: 10n ** 20n });
const decimalText = fc
  .tuple(fc.stringMatching(/^[0-9]{1,12}$/), fc.stringMatching(/^[0-9]{0,8}$/))
  .map(([whole, fraction]) => (fraction === "" ? whole : `${whole}.${fraction}`));

function parsed(text: string): bigint {
  const result = parseUnits(text);
  if (!result.ok) throw new Error(`${text} did not parse: ${result.reason}`);
  return result.units;
}

describe("decimal units", () => {
  it("prints like Binance: 8 fraction digits", () => {
    expect(formatUnits(parsed("1"))).toBe("1.00000000");
    expect(formatUnits(parsed("0.0015"))).toBe("0.00150000");
    expect(formatUnits(parsed("123.45"))).toBe("123.45000000");
    expect(formatUnits(0n)).toBe("0.00000000");
    expect(formatUnits(-UNIT_SCALE / 2n)).toBe("-0.50000000");
  });

  it("rejects what is not unsigned decimal text, and non-zero digits past the 8th", () => {
    for (const text of ["", "-1", "1e3", "1.", ".5", " 1", "0x10", "1,5", "NaN", "１"]) {
      expect(parseUnits(text)).toEqual({ ok: false, reason: "syntax" });
    }
    expect(parseUnits("1.000000001")).toEqual({ ok: false, reason: "precision" });
    // Zeros past the 8th digit change nothing, so they are not a precision error.
    expect(parseUnits("1.0000000000")).toEqual({ ok: true, units: UNIT_SCALE });
  });

  it("round-trips: format(parse(text)) equals the text padded to 8 digits", () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const [whole = "", fraction = ""] = text.split(".");
        const expected = `${BigInt(whole)}.${fraction.padEnd(8, "0")}`;
        expect(formatUnits(parsed(text))).toBe(expected);
      }),
    );
  });

  it("round-trips: parse(format(units)) is the identity", () => {
    fc.assert(fc.property(units, (value) => parsed(formatUnits(value)) === value));
  });

  it("orders like the numbers: compare agrees with the decimal values", () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const expected = Math.sign(Number(a) - Number(b));
        // Number() is exact enough here only when the values differ by more than float noise.
        fc.pre(Math.abs(Number(a) - Number(b)) > 1e-3 || a === b);
        return compareUnits(parsed(a), parsed(b)) === expected;
      }),
    );
  });

  it("multiplies exactly, truncating below 10^-8", () => {
    expect(formatUnits(multiplyUnits(parsed("0.1"), parsed("0.2")))).toBe("0.02000000");
    expect(formatUnits(multiplyUnits(parsed("60000.01"), parsed("0.00001")))).toBe("0.60000010");
    expect(formatUnits(multiplyUnits(parsed("0.00000001"), parsed("0.5")))).toBe("0.00000000");
    fc.assert(
      fc.property(units, units, (a, b) => {
        const product = multiplyUnits(a, b);
        // Commutative, and the exact product lies in [product, product + 1 unit).
        return product === multiplyUnits(b, a) && product * UNIT_SCALE <= a * b && a * b < (product + 1n) * UNIT_SCALE;
      }),
    );
  });

  it("tests grids exactly (tick size, step size) where floats fail", () => {
    // 0.3 - 0.1 is not a multiple of 0.1 in binary floating point; here it is.
    expect(isOnGrid(parsed("0.3"), parsed("0.1"), parsed("0.1"))).toBe(true);
    expect(isOnGrid(parsed("0.35"), parsed("0.1"), parsed("0.1"))).toBe(false);
    fc.assert(
      fc.property(units, fc.bigInt({ min: 1n, max: 10n ** 10n }), fc.bigInt({ min: 0n, max: 10n ** 6n }), (base, step, k) =>
        isOnGrid(base + k * step, base, step) && (step === 1n || !isOnGrid(base + k * step + 1n, base, step)),
      ),
    );
  });
});
