import { isOnGrid, parseUnits, UNIT_SCALE } from "../decimal-units.js";
import { orderListRejections } from "../order-list-rejections.js";
import type { SymbolRules } from "../symbol-table.js";

/**
 * Binance's per-symbol filters, each failing with -1013 "Filter failure: X"
 * (https://developers.binance.com/docs/binance-spot-api-docs/errors, "Filter failures"):
 * PRICE_FILTER (price too high, too low, or off the tick size), LOT_SIZE
 * (quantity too high, too low, or off the step size), NOTIONAL / MIN_NOTIONAL
 * (price x quantity out of range).
 */

/** A DECIMAL parameter's wire text as units: -1100 when it is not a decimal, -1111 beyond 8 digits. */
export function readDecimal(name: string, text: string): bigint {
  const parsed = parseUnits(text);
  if (parsed.ok) return parsed.units;
  throw parsed.reason === "syntax"
    ? orderListRejections.illegalDecimal(name)
    : orderListRejections.tooMuchPrecision(name);
}

/** PRICE_FILTER: minPrice <= price <= maxPrice and (price - minPrice) a multiple of tickSize. */
export function assertPriceFilter(rules: SymbolRules, price: bigint): void {
  if (price < rules.minPrice || price > rules.maxPrice || !isOnGrid(price, rules.minPrice, rules.tickSize)) {
    throw orderListRejections.filterFailure("PRICE_FILTER");
  }
}

/** LOT_SIZE: minQty <= quantity <= maxQty and (quantity - minQty) a multiple of stepSize. */
export function assertLotSize(rules: SymbolRules, quantity: bigint): void {
  if (quantity < rules.minQty || quantity > rules.maxQty || !isOnGrid(quantity, rules.minQty, rules.stepSize)) {
    throw orderListRejections.filterFailure("LOT_SIZE");
  }
}

/** NOTIONAL (or MIN_NOTIONAL): minNotional <= price x quantity (<= maxNotional when set). */
export function assertNotional(rules: SymbolRules, price: bigint, quantity: bigint): void {
  // Compared at full precision (16 fraction digits), so truncation never lets a short order pass.
  const notional = price * quantity;
  const tooLow = notional < rules.minNotional * UNIT_SCALE;
  const tooHigh = rules.maxNotional !== undefined && notional > rules.maxNotional * UNIT_SCALE;
  if (tooLow || tooHigh) {
    throw orderListRejections.filterFailure(rules.notionalFilter);
  }
}
