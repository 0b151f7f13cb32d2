import { BinanceRejection, rejections } from "../../binance/binance-error.js";

/**
 * The Binance errors the order-list engine can produce, each with its source.
 *
 * SPOT_ERRORS = https://developers.binance.com/docs/binance-spot-api-docs/errors
 * (binance-spot-api-docs errors.md): the shared 1xxx/2xxx catalogue, its
 * "Messages for -1010, -2010, -2011" table (matching-engine messages) and its
 * "Filter failures" table. Binance's margin error page only lists codes up to
 * -1016, so the spot catalogue is the published source for the rest.
 *
 * All are HTTP 400, like every request-side rejection the sandbox emits.
 */
const reject = (code: number, msg: string) => new BinanceRejection(400, code, msg);

/** The filters this engine checks, named the way Binance names them in "Filter failure: X". */
export type FilterName = "PRICE_FILTER" | "LOT_SIZE" | "NOTIONAL" | "MIN_NOTIONAL";

/** Messages Binance sends with -2010 NEW_ORDER_REJECTED (SPOT_ERRORS, "Messages for ... -2010"). */
export const NEW_ORDER_REJECTED = {
  /** OCO price restriction broken (SELL: limit > last > stop; BUY: limit < last < stop). */
  badPrices: "The relationship of the prices for the orders is not correct.",
  /** A client order id (list or leg) already used by something open. */
  duplicate: "Duplicate order sent.",
  /** A LIMIT_MAKER that would trade on arrival. */
  wouldTake: "Order would immediately match and take.",
  /** A stop order whose stop price is already reached. */
  wouldTrigger: "Order would trigger immediately.",
  icebergExceedsQty: "IcebergQty exceeds QTY.",
  /** The orderType / timeInForce / stopPrice / icebergQty combination is not allowed. */
  unsupportedCombination: "Unsupported order combination",
} as const;

export const orderListRejections = {
  // -1013 INVALID_MESSAGE with a "Filter failure" message (SPOT_ERRORS, "Filter failures").
  filterFailure: (filter: FilterName) => reject(-1013, `Filter failure: ${filter}`),
  // -2010 NEW_ORDER_REJECTED (SPOT_ERRORS); the message says which matching-engine rule failed.
  newOrderRejected: (message: string) => reject(-2010, message),
  // -1121 BAD_SYMBOL "Invalid symbol." (SPOT_ERRORS).
  invalidSymbol: () => reject(-1121, "Invalid symbol."),
  // -1100 ILLEGAL_CHARS (SPOT_ERRORS); the range is the one Binance quotes for DECIMAL parameters.
  illegalDecimal: rejections.illegalDecimal,
  // -1111 BAD_PRECISION "Parameter '%s' has too much precision." (SPOT_ERRORS).
  tooMuchPrecision: (name: string) => reject(-1111, `Parameter '${name}' has too much precision.`),
  // -1102 MANDATORY_PARAM_EMPTY_OR_MALFORMED (SPOT_ERRORS); same wording as the sandbox's other -1102s.
  mandatoryParameter: rejections.mandatoryParameterMissing,
  // -1102 with its "Param '%s' or '%s' must be sent, but both were empty/null!" message (SPOT_ERRORS).
  eitherParameter: (first: string, second: string) => rejections.eitherParameter([first, second]),
  // -1106 PARAM_NOT_REQUIRED "Parameter '%s' sent when not required." (SPOT_ERRORS).
  parameterNotRequired: rejections.parameterNotRequired,
  // -1128 OPTIONAL_PARAMS_BAD_COMBO (SPOT_ERRORS): Query all OCO says fromId excludes
  // startTime/endTime (https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-All-OCO).
  badOptionalCombination: rejections.badOptionalCombination,
  // -1130 INVALID_PARAMETER "Data sent for parameter '%s' is not valid." (SPOT_ERRORS).
  invalidParameter: rejections.invalidParameter,
  // OCO leg placement rules for the above/below form used by OTOCO's pending pair (SPOT_ERRORS):
  // -1165 BUY_OCO_LIMIT_MUST_BE_BELOW, -1166 SELL_OCO_LIMIT_MUST_BE_ABOVE,
  // -1168 BOTH_OCO_ORDERS_CANNOT_BE_LIMIT, -1196 BUY_OCO_STOP_LOSS_MUST_BE_ABOVE,
  // -1197 SELL_OCO_STOP_LOSS_MUST_BE_BELOW.
  buyLimitMustBeBelow: () => reject(-1165, "A limit order in a buy OCO must be below."),
  sellLimitMustBeAbove: () => reject(-1166, "A limit order in a sell OCO must be above."),
  bothLegsLimit: () => reject(-1168, "At least one OCO order must be contingent."),
  buyStopMustBeAbove: () => reject(-1196, "A stop loss order in a buy OCO must be above."),
  sellStopMustBeBelow: () => reject(-1197, "A stop loss order in a sell OCO must be below."),
  // -2013 NO_SUCH_ORDER "Order does not exist." (SPOT_ERRORS): a query naming no list, or no
  // order of this account (an isolated order looked up without isIsolated=TRUE is in another account).
  noSuchOrder: () => reject(-2013, "Order does not exist."),
  // -2011 CANCEL_REJECTED with "Unknown order sent." (SPOT_ERRORS, "Messages for ... -2011"; the Margin
  // Account Cancel Order page's "Error Code Description", https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-Order):
  // no live order of this account and symbol matches. Also cancel-all with nothing open, as real answers
  // show (binance/binance-connector-python#185, https://github.com/binance/binance-connector-python/issues/185,
  // spot; JKorf/Binance.Net#359, https://github.com/JKorf/Binance.Net/issues/359, margin).
  unknownOrderSent: () => reject(-2011, "Unknown order sent."),
  // -1127 MORE_THAN_XX_HOURS "More than %s hours between startTime and endTime." (SPOT_ERRORS): the
  // all-orders and trade-list pages' 24-hour window, the same answer as the contract's max-span rule.
  lookupIntervalTooBig: () => rejections.spanTooLong(24),
} as const;
