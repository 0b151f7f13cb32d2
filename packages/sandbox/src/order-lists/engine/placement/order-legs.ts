import { NEW_ORDER_REJECTED, orderListRejections } from "../order-list-rejections.js";
import type {
  NewOcoRequest,
  NewOtocoRequest,
  NewOtoRequest,
  OrderSide,
  OrderType,
  TimeInForce,
  WorkingOrderParameters,
} from "../order-list-types.js";
import { isStopOrder, type OrderTerms } from "../order-records.js";
import type { SymbolRules } from "../symbol-table.js";
import { assertLotSize, assertNotional, assertPriceFilter, readDecimal } from "./symbol-filters.js";

/**
 * The one leg builder: every order of every list (New OCO, OTO, OTOCO and the
 * seeding API) is read from its request here. Each placement names the same
 * notions differently (New OCO's limit leg: `price`, `limitIcebergQty`; an
 * OTO's pending order: `pendingPrice`, ...), so a leg is its type, its side and
 * a table of the wire names its parameters travel under; the names are also
 * the ones Binance's error messages quote.
 */

/** The names of a request's text parameters (decimals, enums and ids travel as text). */
type TextParameter<R> = { [K in keyof R]-?: R[K] extends string | undefined ? K : never }[keyof R] & string;

/** Where one leg's parameters are in its request. A notion the leg never takes from its request has no name. */
export interface LegWire<R> {
  readonly quantity: TextParameter<R>;
  readonly price?: TextParameter<R>;
  readonly stopPrice?: TextParameter<R>;
  readonly timeInForce?: TextParameter<R>;
  readonly icebergQty?: TextParameter<R>;
  readonly trailingDelta?: TextParameter<R>;
  readonly clientOrderId?: TextParameter<R>;
}

/** One order of a request: where its parameters are, and its type and side. */
export interface Leg<R> {
  readonly request: R;
  readonly type: OrderType;
  readonly side: OrderSide;
  readonly wire: LegWire<R>;
}

/** A leg's validated terms, and the client order id its request chose (generated at insertion when absent). */
export interface LegTerms extends OrderTerms {
  readonly clientOrderId?: string;
}

/** The symbol's filters and last price; without them (the seeding API) no filter applies. */
export interface LegMarket {
  readonly rules: SymbolRules;
  /** Stands in for the price of an order without one (MARKET) in the notional check. */
  readonly last: bigint;
}

/** The New OCO parameters that make its two legs; the seeding API's options become these too. */
export type OcoLegParameters = Pick<
  NewOcoRequest,
  | "side"
  | "quantity"
  | "price"
  | "limitIcebergQty"
  | "limitClientOrderId"
  | "stopPrice"
  | "stopLimitPrice"
  | "stopIcebergQty"
  | "stopLimitTimeInForce"
  | "stopClientOrderId"
>;

const OCO_STOP: LegWire<OcoLegParameters> = {
  quantity: "quantity",
  price: "stopLimitPrice",
  stopPrice: "stopPrice",
  timeInForce: "stopLimitTimeInForce",
  icebergQty: "stopIcebergQty",
  clientOrderId: "stopClientOrderId",
};
const OCO_LIMIT: LegWire<OcoLegParameters> = {
  quantity: "quantity",
  price: "price",
  icebergQty: "limitIcebergQty",
  clientOrderId: "limitClientOrderId",
};

/**
 * New OCO's legs in Binance's order (its OCO examples): the stop leg at
 * `stopPrice` (STOP_LOSS, or STOP_LOSS_LIMIT at `stopLimitPrice` when that is
 * sent), then the LIMIT_MAKER at `price`; both share `quantity` and `side`
 * (https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OCO).
 */
export function ocoLegs(request: OcoLegParameters): readonly [Leg<OcoLegParameters>, Leg<OcoLegParameters>] {
  const stopType = request.stopLimitPrice === undefined ? "STOP_LOSS" : "STOP_LOSS_LIMIT";
  return [
    { request, type: stopType, side: request.side, wire: OCO_STOP },
    { request, type: "LIMIT_MAKER", side: request.side, wire: OCO_LIMIT },
  ];
}

const WORKING: LegWire<WorkingOrderParameters> = {
  quantity: "workingQuantity",
  price: "workingPrice",
  timeInForce: "workingTimeInForce",
  icebergQty: "workingIcebergQty",
  clientOrderId: "workingClientOrderId",
};

/** The working order of an OTO / OTOCO (LIMIT or LIMIT_MAKER). */
export function workingLeg(request: WorkingOrderParameters): Leg<WorkingOrderParameters> {
  return { request, type: request.workingType, side: request.workingSide, wire: WORKING };
}

const OTO_PENDING: LegWire<NewOtoRequest> = {
  quantity: "pendingQuantity",
  price: "pendingPrice",
  stopPrice: "pendingStopPrice",
  timeInForce: "pendingTimeInForce",
  icebergQty: "pendingIcebergQty",
  trailingDelta: "pendingTrailingDelta",
  clientOrderId: "pendingClientOrderId",
};

/** An OTO's pending order, of any type. */
export function otoPendingLeg(request: NewOtoRequest): Leg<NewOtoRequest> {
  return { request, type: request.pendingType, side: request.pendingSide, wire: OTO_PENDING };
}

function pairWire(position: "Above" | "Below"): LegWire<NewOtocoRequest> {
  return {
    quantity: "pendingQuantity",
    price: `pending${position}Price`,
    stopPrice: `pending${position}StopPrice`,
    timeInForce: `pending${position}TimeInForce`,
    icebergQty: `pending${position}IcebergQty`,
    trailingDelta: `pending${position}TrailingDelta`,
    clientOrderId: `pending${position}ClientOrderId`,
  };
}
const OTOCO_PAIR = { Above: pairWire("Above"), Below: pairWire("Below") } as const;

/** One order of an OTOCO's pending pair; both share `pendingSide` and `pendingQuantity`. */
export function otocoPairLeg(request: NewOtocoRequest, position: "Above" | "Below"): Leg<NewOtocoRequest> {
  const type = position === "Above" ? request.pendingAboveType : request.pendingBelowType;
  return { request, type, side: request.pendingSide, wire: OTOCO_PAIR[position] };
}

const LIMIT_PRICED: ReadonlySet<OrderType> = new Set(["LIMIT", "LIMIT_MAKER", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT"]);
const WITH_TIME_IN_FORCE: ReadonlySet<OrderType> = new Set(["LIMIT", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT"]);

/**
 * Reads one leg from its request and checks its parameters (-1102 / -1106),
 * decimals (-1100 / -1111) and, given a market, the symbol's filters (-1013),
 * in that order: the API layer's checks, before anything reaches the matching
 * engine (`assertOrderCombination`, then each placement's list rules).
 */
export function buildLeg<R extends object>(leg: Leg<R>, market?: LegMarket): LegTerms {
  const { request, type, wire } = leg;
  const sent = (name: TextParameter<R> | undefined) => (name === undefined ? undefined : (request[name] as string | undefined));
  const named = (notion: keyof LegWire<R>) => wire[notion] ?? notion;
  const priceText = sent(wire.price);
  const stopPriceText = sent(wire.stopPrice);
  const timeInForce = sent(wire.timeInForce) as TimeInForce | undefined;
  const icebergText = sent(wire.icebergQty);
  const trailingText = sent(wire.trailingDelta);
  const clientOrderId = sent(wire.clientOrderId);

  // Binance's "additional mandatory parameters" per order type (the OTO/OTOCO tables of
  // https://developers.binance.com/docs/binance-spot-api-docs/rest-api/trading-endpoints, which the
  // margin pages follow): a missing one is -1102, one the type does not take is -1106
  // "Parameter '%s' sent when not required." (spot errors page).
  if (LIMIT_PRICED.has(type) && priceText === undefined) throw orderListRejections.mandatoryParameter(named("price"));
  if (isStopOrder(type) && stopPriceText === undefined && trailingText === undefined) {
    throw orderListRejections.mandatoryParameter(named("stopPrice"));
  }
  if (WITH_TIME_IN_FORCE.has(type) && timeInForce === undefined) {
    throw orderListRejections.mandatoryParameter(named("timeInForce"));
  }
  if (!LIMIT_PRICED.has(type) && priceText !== undefined) throw orderListRejections.parameterNotRequired(named("price"));
  if (!isStopOrder(type) && stopPriceText !== undefined) throw orderListRejections.parameterNotRequired(named("stopPrice"));
  if (!isStopOrder(type) && trailingText !== undefined) {
    throw orderListRejections.parameterNotRequired(named("trailingDelta"));
  }
  if (!WITH_TIME_IN_FORCE.has(type) && timeInForce !== undefined) {
    throw orderListRejections.parameterNotRequired(named("timeInForce"));
  }

  const origQty = readDecimal(named("quantity"), sent(wire.quantity) ?? "");
  const price = priceText === undefined ? 0n : readDecimal(named("price"), priceText);
  const stopPrice = stopPriceText === undefined ? undefined : readDecimal(named("stopPrice"), stopPriceText);
  const icebergQty = icebergText === undefined ? undefined : readDecimal(named("icebergQty"), icebergText);
  const trailingDelta = trailingText === undefined ? undefined : readBips(named("trailingDelta"), trailingText);

  if (market) {
    const { rules } = market;
    if (LIMIT_PRICED.has(type)) assertPriceFilter(rules, price);
    if (stopPrice !== undefined) assertPriceFilter(rules, stopPrice);
    assertLotSize(rules, origQty);
    if (icebergQty !== undefined) assertLotSize(rules, icebergQty);
    const notionalPrice = LIMIT_PRICED.has(type) ? price : (stopPrice ?? market.last);
    assertNotional(rules, notionalPrice, origQty);
  }

  return {
    type,
    side: leg.side,
    price,
    ...(stopPrice === undefined ? {} : { stopPrice }),
    ...(trailingDelta === undefined ? {} : { trailingDelta }),
    origQty,
    ...(icebergQty === undefined ? {} : { icebergQty }),
    timeInForce: timeInForce ?? "GTC",
    ...(clientOrderId === undefined ? {} : { clientOrderId }),
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
export function assertOrderCombination(terms: OrderTerms): void {
  if (terms.icebergQty === undefined) return;
  if (!LIMIT_PRICED.has(terms.type) || terms.timeInForce !== "GTC") {
    throw orderListRejections.newOrderRejected(NEW_ORDER_REJECTED.unsupportedCombination);
  }
  if (terms.icebergQty >= terms.origQty) {
    throw orderListRejections.newOrderRejected(NEW_ORDER_REJECTED.icebergExceedsQty);
  }
}
