import type { OperationBehaviour } from "../../binance/binance-api.js";
import { formatUnits, type OrderListEngine, orderListRejections, type SymbolRules, UNIT_SCALE } from "../engine/index.js";

/**
 * The order types the sandbox's lists take, in Binance's order: an OCO's legs
 * (LIMIT_MAKER, STOP_LOSS(_LIMIT), TAKE_PROFIT(_LIMIT)), an OTO's working
 * LIMIT and any pending type, MARKET included.
 */
const ORDER_TYPES = ["LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT"] as const;

/** Fraction digits of every amount the sandbox prints (`formatUnits`: 8, as Binance prints them). */
const FRACTION_DIGITS = UNIT_SCALE.toString().length - 1;

/** Binance's default for a notional filter's average-price window, in minutes (the filters page's examples). */
const AVG_PRICE_MINS = 5;

/**
 * A NOTIONAL filter always prints its upper bound; a symbol configured
 * without one gets the largest notional its PRICE_FILTER and LOT_SIZE let
 * through, which bounds nothing an order could reach.
 */
function notionalCeiling(rules: SymbolRules): bigint {
  return rules.maxNotional ?? (rules.maxPrice * rules.maxQty) / UNIT_SCALE;
}

/** The filters the sandbox enforces on a placement, as Binance prints them (Binance's "Filters" page). */
function filtersOf(rules: SymbolRules) {
  const notional =
    rules.notionalFilter === "MIN_NOTIONAL"
      ? { filterType: "MIN_NOTIONAL", minNotional: formatUnits(rules.minNotional), applyToMarket: true, avgPriceMins: AVG_PRICE_MINS }
      : {
          filterType: "NOTIONAL",
          minNotional: formatUnits(rules.minNotional),
          applyMinToMarket: true,
          maxNotional: formatUnits(notionalCeiling(rules)),
          applyMaxToMarket: false,
          avgPriceMins: AVG_PRICE_MINS,
        };
  return [
    { filterType: "PRICE_FILTER", minPrice: formatUnits(rules.minPrice), maxPrice: formatUnits(rules.maxPrice), tickSize: formatUnits(rules.tickSize) },
    { filterType: "LOT_SIZE", minQty: formatUnits(rules.minQty), maxQty: formatUnits(rules.maxQty), stepSize: formatUnits(rules.stepSize) },
    notional,
  ];
}

function symbolEntry(rules: SymbolRules) {
  return {
    symbol: rules.symbol,
    status: "TRADING",
    baseAsset: rules.baseAsset,
    baseAssetPrecision: FRACTION_DIGITS,
    quoteAsset: rules.quoteAsset,
    quotePrecision: FRACTION_DIGITS,
    quoteAssetPrecision: FRACTION_DIGITS,
    baseCommissionPrecision: FRACTION_DIGITS,
    quoteCommissionPrecision: FRACTION_DIGITS,
    orderTypes: [...ORDER_TYPES],
    icebergAllowed: true,
    ocoAllowed: true,
    otoAllowed: true,
    isSpotTradingAllowed: true,
    isMarginTradingAllowed: true,
    filters: filtersOf(rules),
    // Binance now sends an empty `permissions` and the sets in `permissionSets`.
    permissions: [],
    permissionSets: [["SPOT", "MARGIN"]],
  };
}

/** The symbols a request names: `symbol`, the JSON array `symbols` (its pattern already checked), or every one. */
function requestedSymbols(symbol: string | undefined, symbols: string | undefined, listed: readonly string[]): readonly string[] {
  if (symbol !== undefined) return [symbol];
  if (symbols !== undefined) return [...new Set(JSON.parse(symbols) as string[])];
  return listed;
}

/**
 * `GET /api/v3/exchangeInfo` (getExchangeInfo), Binance's "Exchange information"
 * (https://developers.binance.com/docs/binance-spot-api-docs/rest-api/general-endpoints#exchange-information):
 * the sandbox's symbol table as Binance prints trading rules, so that clients
 * which load markets before their first call (ccxt's unified methods) work.
 * Every symbol is TRADING with margin allowed; the filters are exactly the
 * ones placements are checked against (PRICE_FILTER, LOT_SIZE, NOTIONAL or
 * MIN_NOTIONAL), and `rateLimits` the one `/api` limit the sandbox enforces,
 * its request weight per IP per minute. An unknown symbol is -1121
 * BAD_SYMBOL "Invalid symbol." (https://developers.binance.com/docs/binance-spot-api-docs/errors).
 */
export const exchangeInfo =
  (engine: OrderListEngine, requestWeightPerMinute: number): OperationBehaviour =>
  (call) => {
    const names = requestedSymbols(call.params.text("symbol"), call.params.text("symbols"), engine.symbols.symbols);
    const entries = names.map((name) => {
      const rules = engine.symbols.find(name);
      if (!rules) throw orderListRejections.invalidSymbol();
      return symbolEntry(rules);
    });
    return {
      body: {
        timezone: "UTC",
        serverTime: call.serverTime,
        rateLimits: [{ rateLimitType: "REQUEST_WEIGHT", interval: "MINUTE", intervalNum: 1, limit: requestWeightPerMinute }],
        exchangeFilters: [],
        symbols: entries,
      },
      executed: false,
    };
  };
