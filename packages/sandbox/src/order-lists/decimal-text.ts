/** Binance renders prices and quantities as decimal strings with 8 fraction digits. */
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export function toEightDecimals(value: string | number, name: string): string {
  const text = typeof value === "number" ? String(value) : value;
  const match = DECIMAL.exec(text);
  if (!match || (typeof value === "number" && !Number.isFinite(value))) {
    throw new TypeError(`${name} must be a non-negative decimal like "1.5", got ${JSON.stringify(value)}.`);
  }
  const fraction = match[2] ?? "";
  if (fraction.length > 8) throw new TypeError(`${name} has more than 8 decimal places.`);
  return `${match[1]}.${fraction.padEnd(8, "0")}`;
}
