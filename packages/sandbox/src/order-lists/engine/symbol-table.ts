import { parseUnits } from "./decimal-units.js";

/**
 * One tradable symbol: the filter values Binance publishes per symbol in
 * exchangeInfo (PRICE_FILTER, LOT_SIZE, NOTIONAL or the older MIN_NOTIONAL),
 * written as decimal text, plus the sandbox's starting last price.
 */
export interface SymbolSpec {
  readonly symbol: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  /** PRICE_FILTER */
  readonly minPrice: string;
  readonly maxPrice: string;
  readonly tickSize: string;
  /** LOT_SIZE */
  readonly minQty: string;
  readonly maxQty: string;
  readonly stepSize: string;
  /** NOTIONAL (or MIN_NOTIONAL): price x quantity must be at least this, in the quote asset. */
  readonly minNotional: string;
  /** NOTIONAL's upper bound; absent means none (MIN_NOTIONAL has none). */
  readonly maxNotional?: string;
  /** Which name a notional failure carries: newer symbols use NOTIONAL, older ones MIN_NOTIONAL. */
  readonly notionalFilter?: "NOTIONAL" | "MIN_NOTIONAL";
  /** Last traded price when the sandbox starts; move it with `setPrice`. */
  readonly lastPrice: string;
}

/** A SymbolSpec with every decimal parsed to units once. */
export interface SymbolRules {
  readonly symbol: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  readonly minPrice: bigint;
  readonly maxPrice: bigint;
  readonly tickSize: bigint;
  readonly minQty: bigint;
  readonly maxQty: bigint;
  readonly stepSize: bigint;
  readonly minNotional: bigint;
  readonly maxNotional?: bigint;
  readonly notionalFilter: "NOTIONAL" | "MIN_NOTIONAL";
  readonly initialLastPrice: bigint;
}

/**
 * Realistic defaults: values of the size Binance's exchangeInfo shows for
 * these pairs (not live values, and not meant to track them). LTCBTC and
 * BNBUSDT appear in Binance's margin examples; BTCUSDT, ETHUSDT and BNBBTC
 * round out a cross-quote set. Override or extend with `createSymbolTable`.
 */
export const DEFAULT_SYMBOLS: readonly SymbolSpec[] = [
  {
    symbol: "BTCUSDT", baseAsset: "BTC", quoteAsset: "USDT",
    minPrice: "0.01", maxPrice: "1000000", tickSize: "0.01",
    minQty: "0.00001", maxQty: "9000", stepSize: "0.00001",
    minNotional: "5", maxNotional: "9000000", lastPrice: "60000",
  },
  {
    symbol: "ETHUSDT", baseAsset: "ETH", quoteAsset: "USDT",
    minPrice: "0.01", maxPrice: "1000000", tickSize: "0.01",
    minQty: "0.0001", maxQty: "9000", stepSize: "0.0001",
    minNotional: "5", maxNotional: "9000000", lastPrice: "3000",
  },
  {
    symbol: "BNBUSDT", baseAsset: "BNB", quoteAsset: "USDT",
    minPrice: "0.01", maxPrice: "100000", tickSize: "0.01",
    minQty: "0.001", maxQty: "90000", stepSize: "0.001",
    minNotional: "5", maxNotional: "9000000", lastPrice: "300",
  },
  {
    symbol: "LTCBTC", baseAsset: "LTC", quoteAsset: "BTC",
    minPrice: "0.000001", maxPrice: "100", tickSize: "0.000001",
    minQty: "0.001", maxQty: "100000", stepSize: "0.001",
    minNotional: "0.0001", notionalFilter: "MIN_NOTIONAL", lastPrice: "0.0015",
  },
  {
    symbol: "BNBBTC", baseAsset: "BNB", quoteAsset: "BTC",
    minPrice: "0.0000001", maxPrice: "100", tickSize: "0.0000001",
    minQty: "0.001", maxQty: "100000", stepSize: "0.001",
    minNotional: "0.0001", maxNotional: "9000", lastPrice: "0.009",
  },
];

export interface SymbolTable {
  /** The symbol's rules, or undefined when the sandbox does not list it (Binance's -1121). */
  find(symbol: string): SymbolRules | undefined;
  readonly symbols: readonly string[];
}

function units(spec: SymbolSpec, field: keyof SymbolSpec): bigint {
  const text = spec[field];
  const parsed = typeof text === "string" ? parseUnits(text) : undefined;
  if (!parsed?.ok) {
    throw new TypeError(`Symbol ${spec.symbol}: ${String(field)} must be a decimal with at most 8 fraction digits, got ${JSON.stringify(text)}.`);
  }
  return parsed.units;
}

function compile(spec: SymbolSpec): SymbolRules {
  const rules: SymbolRules = {
    symbol: spec.symbol,
    baseAsset: spec.baseAsset,
    quoteAsset: spec.quoteAsset,
    minPrice: units(spec, "minPrice"),
    maxPrice: units(spec, "maxPrice"),
    tickSize: units(spec, "tickSize"),
    minQty: units(spec, "minQty"),
    maxQty: units(spec, "maxQty"),
    stepSize: units(spec, "stepSize"),
    minNotional: units(spec, "minNotional"),
    ...(spec.maxNotional === undefined ? {} : { maxNotional: units(spec, "maxNotional") }),
    notionalFilter: spec.notionalFilter ?? "NOTIONAL",
    initialLastPrice: units(spec, "lastPrice"),
  };
  if (rules.tickSize <= 0n || rules.stepSize <= 0n) {
    throw new TypeError(`Symbol ${spec.symbol}: tickSize and stepSize must be positive.`);
  }
  if (rules.minPrice > rules.maxPrice || rules.minQty > rules.maxQty) {
    throw new TypeError(`Symbol ${spec.symbol}: a minimum is above its maximum.`);
  }
  if (rules.initialLastPrice <= 0n) throw new TypeError(`Symbol ${spec.symbol}: lastPrice must be positive.`);
  return rules;
}

/**
 * A symbol table: the defaults, with `specs` replacing a default of the same
 * name or adding a new symbol. Invalid specs throw a TypeError at creation.
 */
export function createSymbolTable(specs: readonly SymbolSpec[] = [], options: { defaults?: boolean } = {}): SymbolTable {
  const bySymbol = new Map<string, SymbolRules>();
  for (const spec of [...(options.defaults === false ? [] : DEFAULT_SYMBOLS), ...specs]) {
    bySymbol.set(spec.symbol, compile(spec));
  }
  return {
    find: (symbol) => bySymbol.get(symbol),
    symbols: [...bySymbol.keys()],
  };
}
