import { isStopOrder } from "../market/order-execution.js";
import { NEW_ORDER_REJECTED, orderListRejections } from "../order-list-rejections.js";
import type { OrderSide, OrderType, TimeInForce } from "../order-list-types.js";
import type { SymbolRules } from "../symbol-table.js";
import { assertLotSize, assertNotional, assertPriceFilter, readDecimal } from "./symbol-filters.js";

/**
 * One order of a list as the request describes it. Each placement names the
 * same notions differently (New OCO: `stopLimitPrice`, OTO: `pendingPrice`,
 * ...), so `names` carries the wire names used in error messages.
 */
export interface LegInput {
  readonly names: {
    readonly quantity: string;
    readonly price: string;
    readonly stopPrice: string;
    readonly timeInForce: string;
    readonly icebergQty: string;
    readonly trailingDelta: string;
  };
  readonly type: OrderType;
  readonly side: OrderSide;
  readonly quantity: string;
  readonly price?: string;
  readonly stopPrice?: string;
  readonly timeInForce?: TimeInForce;
  readonly icebergQty?: string;
  readonly trailingDelta?: string;
  readonly clientOrderId?: string;
}

/** A validated order, not yet in the store. */
export interface OrderDraft {
  readonly type: OrderType;
  readonly side: OrderSide;
  /** 0 for orders without a limit price. */
  readonly price: bigint;
  readonly stopPrice?: bigint;
  /** Basis points; set only for trailing stops. */
  readonly trailingDelta?: number;
  readonly origQty: bigint;
  readonly icebergQty?: bigint;
  /** GTC for order types without a time in force, as Binance reports them. */
  readonly timeInForce: TimeInForce;
  readonly clientOrderId?: string;
}

const LIMIT_PRICED: ReadonlySet<OrderType> = new Set(["LIMIT", "LIMIT_MAKER", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT"]);
const WITH_TIME_IN_FORCE: ReadonlySet<OrderType> = new Set(["LIMIT", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT"]);

/**
 * Binance's "additional mandatory parameters" per order type (the OTO/OTOCO
 * tables of https://developers.binance.com/docs/binance-spot-api-docs/rest-api/trading-endpoints,
 * which the margin pages follow): a missing one is -1102, one the type does
 * not take is -1106 "Parameter '%s' sent when not required." (spot errors page).
 */
function assertParameterSet(leg: LegInput): void {
  const { names, type } = leg;
  if (LIMIT_PRICED.has(type) && leg.price === undefined) throw orderListRejections.mandatoryParameter(names.price);
  if (isStopOrder(type) && leg.stopPrice === undefined && leg.trailingDelta === undefined) {
    throw orderListRejections.mandatoryParameter(names.stopPrice);
  }
  if (WITH_TIME_IN_FORCE.has(type) && leg.timeInForce === undefined) {
    throw orderListRejections.mandatoryParameter(names.timeInForce);
  }
  if (!LIMIT_PRICED.has(type) && leg.price !== undefined) throw orderListRejections.parameterNotRequired(names.price);
  if (!isStopOrder(type) && leg.stopPrice !== undefined) {
    throw orderListRejections.parameterNotRequired(names.stopPrice);
  }
  if (!isStopOrder(type) && leg.trailingDelta !== undefined) {
    throw orderListRejections.parameterNotRequired(names.trailingDelta);
  }
  if (!WITH_TIME_IN_FORCE.has(type) && leg.timeInForce !== undefined) {
    throw orderListRejections.parameterNotRequired(names.timeInForce);
  }
}

/**
 * Checks one order's parameters (-1102 / -1106), decimals (-1100 / -1111) and
 * the symbol's filters (-1013), in that order: the API layer's checks, before
 * anything reaches the matching engine. `lastPrice` stands in for the price
 * of orders without one (MARKET) in the notional check.
 */
export function draftOrder(rules: SymbolRules, leg: LegInput, lastPrice: bigint): OrderDraft {
  assertParameterSet(leg);
  const { names } = leg;
  const origQty = readDecimal(names.quantity, leg.quantity);
  const price = leg.price === undefined ? 0n : readDecimal(names.price, leg.price);
  const stopPrice = leg.stopPrice === undefined ? undefined : readDecimal(names.stopPrice, leg.stopPrice);
  const icebergQty = leg.icebergQty === undefined ? undefined : readDecimal(names.icebergQty, leg.icebergQty);
  const trailingDelta = leg.trailingDelta === undefined ? undefined : readBips(names.trailingDelta, leg.trailingDelta);

  if (LIMIT_PRICED.has(leg.type)) assertPriceFilter(rules, price);
  if (stopPrice !== undefined) assertPriceFilter(rules, stopPrice);
  assertLotSize(rules, origQty);
  if (icebergQty !== undefined) assertLotSize(rules, icebergQty);
  const notionalPrice = LIMIT_PRICED.has(leg.type) ? price : (stopPrice ?? lastPrice);
  assertNotional(rules, notionalPrice, origQty);

  return {
    type: leg.type,
    side: leg.side,
    price,
    ...(stopPrice === undefined ? {} : { stopPrice }),
    ...(trailingDelta === undefined ? {} : { trailingDelta }),
    origQty,
    ...(icebergQty === undefined ? {} : { icebergQty }),
    timeInForce: leg.timeInForce ?? "GTC",
    ...(leg.clientOrderId === undefined ? {} : { clientOrderId: leg.clientOrderId }),
  };
}

/**
 * A trailing delta in basis points (a LONG on the wire, at least 1 per the spec; the HTTP
 * layer has checked its digits). Direct engine callers get the same -1100 for non-digits.
 */
function readBips(name: string, text: string): number {
  if (!/^[0-9]{1,9}$/.test(text) || Number(text) < 1) throw orderListRejections.illegalDecimal(name);
  return Number(text);
}

/**
 * Matching-engine rules for one order, -2010 with Binance's message (spot errors
 * page, "Messages for ... -2010"): an iceberg needs a resting GTC limit order
 * and must be smaller than the order. Trailing stops are accepted (every sandbox
 * symbol allows them; see the README).
 */
export function assertOrderCombination(draft: OrderDraft): void {
  if (draft.icebergQty === undefined) return;
  if (!LIMIT_PRICED.has(draft.type) || draft.timeInForce !== "GTC") {
    throw orderListRejections.newOrderRejected(NEW_ORDER_REJECTED.unsupportedCombination);
  }
  if (draft.icebergQty >= draft.origQty) {
    throw orderListRejections.newOrderRejected(NEW_ORDER_REJECTED.icebergExceedsQty);
  }
}
