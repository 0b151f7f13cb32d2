// The order lists every client places, queries and cancels, in each margin
// mode, in Binance's parameter names and wire types (decimals as text).
//
// Binance's pages (developers.binance.com/docs/margin_trading/trade/...):
// - Margin Account New OCO (TRADE), POST /sapi/v1/margin/order/oco:
//   https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OCO
//   (SELL: limit price > last price > stop price);
// - Margin Account New OTO (TRADE), POST /sapi/v1/margin/order/oto:
//   https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTO
// - Margin Account New OTOCO (TRADE), POST /sapi/v1/margin/order/otoco:
//   https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTOCO
// - Query Margin Account's OCO / all OCO / Open OCO (USER_DATA),
//   GET /sapi/v1/margin/orderList, /allOrderList, /openOrderList:
//   https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-OCO
//   https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-All-OCO
//   https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Open-OCO
//   (`symbol`: "mandatory for isolated margin, not supported for cross margin";
//   the one-list query takes `orderListId` or `origClientOrderId`).
//
// The prices fit the sandbox's LTCBTC (tick 0.000001, step 0.001, minimum
// notional 0.0001, last price 0.0015, which no conformance test moves): every
// order rests, nothing fills, so each list stays open until it is cancelled.
import { MARGIN_MODES, type MarginMode, SYMBOL } from "./cancel-cases.js";

export const PATHS = {
  placeOco: "/sapi/v1/margin/order/oco",
  placeOto: "/sapi/v1/margin/order/oto",
  placeOtoco: "/sapi/v1/margin/order/otoco",
  /** GET: query one list; DELETE: cancel it. */
  orderList: "/sapi/v1/margin/orderList",
  allOrderList: "/sapi/v1/margin/allOrderList",
  openOrderList: "/sapi/v1/margin/openOrderList",
} as const;

export type ListKind = "OCO" | "OTO" | "OTOCO";

export const PLACE_PATHS: Readonly<Record<ListKind, string>> = {
  OCO: PATHS.placeOco,
  OTO: PATHS.placeOto,
  OTOCO: PATHS.placeOtoco,
};

export interface LifecycleCase {
  /** Test title, e.g. "an OCO (isolated, isIsolated=TRUE)". */
  readonly name: string;
  readonly kind: ListKind;
  readonly mode: MarginMode;
}

/** Each kind a client can place, in every margin mode. */
export function lifecycleCases(kinds: readonly ListKind[]): LifecycleCase[] {
  return kinds.flatMap((kind) => MARGIN_MODES.map((mode) => ({ name: `an ${kind} (${mode.name})`, kind, mode })));
}

/** Where a list is placed: `symbol`, and `isIsolated` unless the mode leaves it out. */
export interface Placement {
  readonly symbol: string;
  readonly isIsolated?: "TRUE" | "FALSE";
}

/** A SELL OCO: limit maker above the last price, stop-limit below it. */
export interface OcoRequest extends Placement {
  readonly side: "SELL";
  readonly quantity: string;
  readonly price: string;
  readonly stopPrice: string;
  readonly stopLimitPrice: string;
  readonly stopLimitTimeInForce: "GTC";
}

/** A working LIMIT BUY below the last price; once filled, a LIMIT SELL above it. */
export interface OtoRequest extends Placement {
  readonly workingType: "LIMIT";
  readonly workingSide: "BUY";
  readonly workingPrice: string;
  readonly workingQuantity: string;
  readonly workingTimeInForce: "GTC";
  readonly pendingType: "LIMIT";
  readonly pendingSide: "SELL";
  readonly pendingPrice: string;
  readonly pendingQuantity: string;
  readonly pendingTimeInForce: "GTC";
}

/** A working LIMIT BUY; once filled, a SELL pair: LIMIT_MAKER above, STOP_LOSS_LIMIT below. */
export interface OtocoRequest extends Placement {
  readonly workingType: "LIMIT";
  readonly workingSide: "BUY";
  readonly workingPrice: string;
  readonly workingQuantity: string;
  readonly workingTimeInForce: "GTC";
  readonly pendingSide: "SELL";
  readonly pendingQuantity: string;
  readonly pendingAboveType: "LIMIT_MAKER";
  readonly pendingAbovePrice: string;
  readonly pendingBelowType: "STOP_LOSS_LIMIT";
  readonly pendingBelowPrice: string;
  readonly pendingBelowStopPrice: string;
  readonly pendingBelowTimeInForce: "GTC";
}

export interface PlaceRequests {
  readonly OCO: OcoRequest;
  readonly OTO: OtoRequest;
  readonly OTOCO: OtocoRequest;
}

function placement(mode: MarginMode): Placement {
  return { symbol: SYMBOL, ...(mode.isIsolated === undefined ? {} : { isIsolated: mode.isIsolated }) };
}

export function placeRequestFor<Kind extends ListKind>(kind: Kind, mode: MarginMode): PlaceRequests[Kind] {
  const requests: PlaceRequests = {
    OCO: {
      ...placement(mode),
      side: "SELL",
      quantity: "1",
      price: "0.0016",
      stopPrice: "0.0014",
      stopLimitPrice: "0.00139",
      stopLimitTimeInForce: "GTC",
    },
    OTO: {
      ...placement(mode),
      workingType: "LIMIT",
      workingSide: "BUY",
      workingPrice: "0.0014",
      workingQuantity: "1",
      workingTimeInForce: "GTC",
      pendingType: "LIMIT",
      pendingSide: "SELL",
      pendingPrice: "0.0016",
      pendingQuantity: "1",
      pendingTimeInForce: "GTC",
    },
    OTOCO: {
      ...placement(mode),
      workingType: "LIMIT",
      workingSide: "BUY",
      workingPrice: "0.0014",
      workingQuantity: "1",
      workingTimeInForce: "GTC",
      pendingSide: "SELL",
      pendingQuantity: "1",
      pendingAboveType: "LIMIT_MAKER",
      pendingAbovePrice: "0.0016",
      pendingBelowType: "STOP_LOSS_LIMIT",
      pendingBelowPrice: "0.00129",
      pendingBelowStopPrice: "0.0013",
      pendingBelowTimeInForce: "GTC",
    },
  };
  return requests[kind];
}

/** One order of a list as Binance prints it (8 fraction digits), right after placement. */
export interface ExpectedOrder {
  readonly type: string;
  readonly side: "BUY" | "SELL";
  readonly price: string;
  readonly stopPrice?: string;
  readonly origQty: string;
  readonly timeInForce: string;
  readonly status: "NEW" | "PENDING_NEW";
}

/**
 * What each request above must leave in the sandbox. Binance's pages: both
 * OCO legs are NEW at once; an OTO's / OTOCO's pending orders wait as
 * PENDING_NEW until the working order fills.
 */
export const EXPECTED_ORDERS: Readonly<Record<ListKind, readonly ExpectedOrder[]>> = {
  OCO: [
    { type: "STOP_LOSS_LIMIT", side: "SELL", price: "0.00139000", stopPrice: "0.00140000", origQty: "1.00000000", timeInForce: "GTC", status: "NEW" },
    { type: "LIMIT_MAKER", side: "SELL", price: "0.00160000", origQty: "1.00000000", timeInForce: "GTC", status: "NEW" },
  ],
  OTO: [
    { type: "LIMIT", side: "BUY", price: "0.00140000", origQty: "1.00000000", timeInForce: "GTC", status: "NEW" },
    { type: "LIMIT", side: "SELL", price: "0.00160000", origQty: "1.00000000", timeInForce: "GTC", status: "PENDING_NEW" },
  ],
  OTOCO: [
    { type: "LIMIT", side: "BUY", price: "0.00140000", origQty: "1.00000000", timeInForce: "GTC", status: "NEW" },
    { type: "STOP_LOSS_LIMIT", side: "SELL", price: "0.00129000", stopPrice: "0.00130000", origQty: "1.00000000", timeInForce: "GTC", status: "PENDING_NEW" },
    { type: "LIMIT_MAKER", side: "SELL", price: "0.00160000", origQty: "1.00000000", timeInForce: "GTC", status: "PENDING_NEW" },
  ],
};

/**
 * Which margin account a query reads, in the same mode the list was placed:
 * cross sends no `symbol` (not supported there) and `isIsolated` as the mode
 * does; isolated sends `isIsolated=TRUE` and the (mandatory) `symbol`.
 */
export interface QueryScope {
  readonly isIsolated?: "TRUE" | "FALSE";
  readonly symbol?: string;
}

export function queryScopeFor(mode: MarginMode): QueryScope {
  if (mode.isIsolated === undefined) return {};
  return mode.isolated ? { isIsolated: mode.isIsolated, symbol: SYMBOL } : { isIsolated: mode.isIsolated };
}

/** Query one list: the scope plus one of Binance's two selectors. */
export type GetRequest = QueryScope & ({ readonly orderListId: number } | { readonly origClientOrderId: string });
