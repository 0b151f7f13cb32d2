import { formatUnits, isOnGrid, parseUnits } from "../decimal-units.js";
import type { SymbolRules } from "../symbol-table.js";

/**
 * Reads a new last price for `setPrice` (and the admin price route) from its
 * decimal text, cheapest checks first, so that no text can make the sandbox
 * do expensive arithmetic:
 *
 * 1. at most 20 integer and 20 fraction digits: the legal range Binance
 *    quotes for a DECIMAL parameter in its -1100 answers,
 *    `^([0-9]{1,20})(\.[0-9]{1,20})?$`; the length is checked before the
 *    pattern and long before the text becomes a bigint (a two-million-digit
 *    price would otherwise block the event loop for seconds);
 * 2. at most 8 significant fraction digits, the engine's scale;
 * 3. the symbol's PRICE_FILTER (minPrice <= price <= maxPrice, on the tick
 *    size grid; Binance's filters page,
 *    https://developers.binance.com/docs/binance-spot-api-docs/filters): a
 *    last price is the price of a trade, and only such prices can trade.
 */
export class LastPriceError extends TypeError {
  /** "format": not a decimal within the bounds; "PRICE_FILTER": a decimal the symbol's filter refuses. */
  readonly reason: "format" | "PRICE_FILTER";

  constructor(reason: "format" | "PRICE_FILTER", message: string) {
    super(message);
    this.name = "LastPriceError";
    this.reason = reason;
  }
}

/** 20 integer digits, a dot, 20 fraction digits. */
export const MAX_PRICE_TEXT_LENGTH = 41;
const DECIMAL_RANGE = /^[0-9]{1,20}(?:\.[0-9]{1,20})?$/;

export function readLastPrice(rules: SymbolRules, text: string): bigint {
  const shown = text.length > MAX_PRICE_TEXT_LENGTH ? `${text.slice(0, 24)}… (${text.length} characters)` : JSON.stringify(text);
  if (text.length > MAX_PRICE_TEXT_LENGTH || !DECIMAL_RANGE.test(text)) {
    throw new LastPriceError(
      "format",
      `price must be decimal text of at most 20 integer and 20 fraction digits ('^([0-9]{1,20})(\\.[0-9]{1,20})?$'), got ${shown}.`,
    );
  }
  const parsed = parseUnits(text);
  if (!parsed.ok || parsed.units <= 0n) {
    throw new LastPriceError("format", `price must be a positive decimal with at most 8 fraction digits, got ${shown}.`);
  }
  const { minPrice, maxPrice, tickSize } = rules;
  if (parsed.units < minPrice || parsed.units > maxPrice || !isOnGrid(parsed.units, minPrice, tickSize)) {
    throw new LastPriceError(
      "PRICE_FILTER",
      `price ${text} fails ${rules.symbol}'s PRICE_FILTER (minPrice ${formatUnits(minPrice)}, maxPrice ${formatUnits(maxPrice)}, tickSize ${formatUnits(tickSize)}).`,
    );
  }
  return parsed.units;
}
