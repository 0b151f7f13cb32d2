import { formatUnits, type OrderListEngine, type OrderListView, type OrderView, type SymbolSpec } from "./engine/index.js";

/**
 * What the JS API (`sandbox.getOrderList`, `sandbox.symbols()`, ...) hands
 * out: copies, decimals as Binance prints them, never the engine's records.
 */

/** One order of a list (a leg), as the seeding / inspection API shows it. */
export type OrderLegSnapshot = OrderView;

/**
 * A copy of one order list. `legs` are its orders in Binance's order: OCO
 * [stop leg, limit maker]; OTO [working, pending]; OTOCO [working, stop leg,
 * limit maker]. `status` is OPEN while executing, CANCELED when a cancel
 * ended it, DONE when its orders ended by themselves (fills, expiry).
 */
export interface OrderListSnapshot extends Omit<OrderListView, "orders"> {
  readonly legs: readonly [OrderLegSnapshot, OrderLegSnapshot, ...OrderLegSnapshot[]];
}

export function orderListSnapshot(view: OrderListView): OrderListSnapshot {
  const { orders, ...list } = view;
  const [first, second, ...rest] = orders;
  if (!first || !second) throw new TypeError(`Order list ${view.orderListId} has fewer than two orders.`);
  return { ...list, legs: [first, second, ...rest] };
}

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
