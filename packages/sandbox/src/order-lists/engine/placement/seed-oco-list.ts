import { SYMBOL } from "@sapi-kit/contract";
import { formatUnits, parseUnits } from "../decimal-units.js";
import type { OrderListStore } from "../order-list-store.js";
import type { OrderSide } from "../order-list-types.js";
import type { OrderListRecord } from "../order-records.js";
import { buildLeg, type OcoLegParameters, ocoLegs } from "./order-legs.js";
import { insertOrderList } from "./order-list-insertion.js";

/**
 * The seeding API's open OCO list (`sandbox.createOcoList`), unchanged: no
 * symbol table, filters or price rules (a seed may use any symbol and the
 * Cancel OCO example's prices), defaults shaped like that example (SELL, a
 * STOP_LOSS_LIMIT leg at stop "1" and a LIMIT_MAKER leg at "3", quantity
 * "10"), and a TypeError for a bad seed.
 */
export interface SeedOcoListOptions {
  readonly symbol: string;
  /** Default false (cross margin). */
  readonly isIsolated?: boolean;
  /** Default: generated. Must not name another open list of this apiKey. */
  readonly listClientOrderId?: string;
  /** Default: the next id; must be unused. Later ids stay above it. */
  readonly orderListId?: number;
  readonly side?: OrderSide;
  /** Default "10". */
  readonly quantity?: string | number;
  /** LIMIT_MAKER leg price. Default "3". */
  readonly price?: string | number;
  /** STOP_LOSS_LIMIT trigger. Default "1". */
  readonly stopPrice?: string | number;
  /** STOP_LOSS_LIMIT limit price. Default: stopPrice. */
  readonly stopLimitPrice?: string | number;
}

/** A seed's decimal in units; a TypeError, not a Binance code, for a bad one. */
export function seedUnits(value: string | number, name: string): bigint {
  const text = typeof value === "number" ? String(value) : value;
  const parsed = parseUnits(text);
  if (!parsed.ok || (typeof value === "number" && !Number.isFinite(value))) {
    throw new TypeError(`${name} must be a non-negative decimal with at most 8 fraction digits, got ${JSON.stringify(value)}.`);
  }
  return parsed.units;
}

/** A seed's decimal as wire text. */
const seedDecimal = (value: string | number, name: string): string => formatUnits(seedUnits(value, name));

export function seedOcoList(store: OrderListStore, apiKey: string, options: SeedOcoListOptions): OrderListRecord {
  if (!SYMBOL.test(options.symbol)) {
    throw new TypeError(`symbol must match ${SYMBOL}, got ${JSON.stringify(options.symbol)}.`);
  }
  const side = options.side ?? "SELL";
  if (side !== "BUY" && side !== "SELL") throw new TypeError("side must be BUY or SELL.");
  const { listClientOrderId } = options;
  if (listClientOrderId !== undefined && store.openListsNamed(apiKey, listClientOrderId).length > 0) {
    throw new TypeError(`An open order list already uses listClientOrderId '${listClientOrderId}'.`);
  }
  const quantity = seedDecimal(options.quantity ?? "10", "quantity");
  const stopPrice = seedDecimal(options.stopPrice ?? "1", "stopPrice");
  const stopLimitPrice = seedDecimal(options.stopLimitPrice ?? options.stopPrice ?? "1", "stopLimitPrice");
  const price = seedDecimal(options.price ?? "3", "price");
  // New OCO's own legs, read by the same builder, with no symbol filters.
  const request: OcoLegParameters = { side, quantity, price, stopPrice, stopLimitPrice, stopLimitTimeInForce: "GTC" };
  const [stopLeg, limitLeg] = ocoLegs(request);
  return insertOrderList(
    store,
    apiKey,
    {
      symbol: options.symbol,
      isIsolated: options.isIsolated ?? false,
      ...(listClientOrderId === undefined ? {} : { listClientOrderId }),
    },
    {
      kind: "OCO",
      contingencyType: "OCO",
      ...(options.orderListId === undefined ? {} : { orderListId: options.orderListId }),
      orders: [
        { leg: buildLeg(stopLeg), status: "NEW" },
        { leg: buildLeg(limitLeg), status: "NEW" },
      ],
    },
  );
}
