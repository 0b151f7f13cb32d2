import { type BinanceRejection, rejections } from "./binance-error.js";

/*
 * Binance's error list (https://developers.binance.com/docs/binance-spot-api-docs/errors) gives an
 * order's side, type and time in force their own codes: -1117 INVALID_SIDE, -1116 INVALID_ORDER_TYPE,
 * -1115 INVALID_TIF. The contract says which parameter is which only through its values (one enum per
 * parameter, e.g. `workingSide`, `pendingAboveType`, `stopLimitTimeInForce`), so an enum whose values
 * are all sides, order types or times in force is that concept. Any other enum keeps -1100 with its
 * legal range (spec/README.md, "Error codes for enum parameters").
 */
const SIDES: ReadonlySet<string> = new Set(["BUY", "SELL"]);
const ORDER_TYPES: ReadonlySet<string> = new Set([
  "LIMIT",
  "MARKET",
  "STOP_LOSS",
  "STOP_LOSS_LIMIT",
  "TAKE_PROFIT",
  "TAKE_PROFIT_LIMIT",
  "LIMIT_MAKER",
]);
const TIMES_IN_FORCE: ReadonlySet<string> = new Set(["GTC", "IOC", "FOK"]);

const within = (values: readonly string[], vocabulary: ReadonlySet<string>) =>
  values.length > 0 && values.every((value) => vocabulary.has(value));

/** Binance's answer to a value outside an enum parameter's `values`. */
export function invalidEnumValue(name: string, values: readonly string[]): BinanceRejection {
  if (within(values, SIDES)) return rejections.invalidSide();
  if (within(values, ORDER_TYPES)) return rejections.invalidOrderType();
  if (within(values, TIMES_IN_FORCE)) return rejections.invalidTimeInForce();
  return rejections.illegalCharacters(name, values.join(", "));
}
