import { formatUnits, type OrderListEngine, type SymbolSpec } from "./engine/index.js";

/**
 * A symbol of the sandbox's table as `symbols()` reports it: the spec it was
 * configured with, decimals as text, its notional filter's name always
 * stated, and `lastPrice` the current one (after any `setPrice`).
 */
export interface SandboxSymbol extends SymbolSpec {
  readonly notionalFilter: "NOTIONAL" | "MIN_NOTIONAL";
}

export function sandboxSymbols(engine: OrderListEngine): SandboxSymbol[] {
  return engine.symbols.symbols.flatMap((name) => {
    const rules = engine.symbols.find(name);
    if (!rules) return [];
    return [
      {
        symbol: rules.symbol,
        baseAsset: rules.baseAsset,
        quoteAsset: rules.quoteAsset,
        minPrice: formatUnits(rules.minPrice),
        maxPrice: formatUnits(rules.maxPrice),
        tickSize: formatUnits(rules.tickSize),
        minQty: formatUnits(rules.minQty),
        maxQty: formatUnits(rules.maxQty),
        stepSize: formatUnits(rules.stepSize),
        minNotional: formatUnits(rules.minNotional),
        ...(rules.maxNotional === undefined ? {} : { maxNotional: formatUnits(rules.maxNotional) }),
        notionalFilter: rules.notionalFilter,
        lastPrice: engine.lastPrice(name) ?? formatUnits(rules.initialLastPrice),
      },
    ];
  });
}
