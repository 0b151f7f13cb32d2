/**
 * Exact decimal arithmetic for prices and quantities: a value is a bigint
 * count of 10^-8 units. Binance renders prices, quantities and quote amounts
 * with 8 fraction digits (e.g. "1.00000000" in the Cancel OCO example,
 * https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-OCO),
 * so 8 is the scale; floats never touch a price.
 */
export const FRACTION_DIGITS = 8;
export const UNIT_SCALE = 10n ** BigInt(FRACTION_DIGITS);

/** Unsigned decimal text as it travels on the wire: digits, optionally a dot and digits. */
const DECIMAL_TEXT = /^(\d+)(?:\.(\d+))?$/;

export type DecimalParse =
  | { readonly ok: true; readonly units: bigint }
  | { readonly ok: false; readonly reason: "syntax" | "precision" };

/**
 * Parses "123.45" into units. Trailing zeros beyond 8 fraction digits are
 * harmless ("1.0000000000" is 1); a non-zero digit beyond the 8th is a
 * precision error, never silently rounded.
 */
export function parseUnits(text: string): DecimalParse {
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return { ok: false, reason: "syntax" };
  const whole = match[1] ?? "0";
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (fraction.length > FRACTION_DIGITS) return { ok: false, reason: "precision" };
  return { ok: true, units: BigInt(whole) * UNIT_SCALE + BigInt(fraction.padEnd(FRACTION_DIGITS, "0")) };
}

/** Units as Binance prints them: always 8 fraction digits, e.g. 1n * UNIT_SCALE -> "1.00000000". */
export function formatUnits(units: bigint): string {
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const whole = magnitude / UNIT_SCALE;
  const fraction = (magnitude % UNIT_SCALE).toString().padStart(FRACTION_DIGITS, "0");
  return `${negative ? "-" : ""}${whole}.${fraction}`;
}

/**
 * price x quantity in units, truncated toward zero to 8 fraction digits:
 * the quote amount of a fill (`cummulativeQuoteQty`) and the notional a filter checks.
 */
export function multiplyUnits(a: bigint, b: bigint): bigint {
  return (a * b) / UNIT_SCALE;
}

/** Whether `value` sits on the grid `base + k * step` (tick size and step size rules). */
export function isOnGrid(value: bigint, base: bigint, step: bigint): boolean {
  if (step <= 0n) return true;
  return (value - base) % step === 0n;
}

export function compareUnits(a: bigint, b: bigint): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
