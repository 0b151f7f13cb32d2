import { recordOrder } from "../engine-changes.js";
import { placeOnBook } from "../market/order-execution.js";
import { executionContext } from "../market/price-triggers.js";
import type { OrderListStore } from "../order-list-store.js";
import type { OrderSide } from "../order-list-types.js";
import { NO_ORDER_LIST, type OrderRecord } from "../order-records.js";
import { newOrderRecord } from "./order-list-insertion.js";
import { seedUnits } from "./seed-oco-list.js";

/**
 * The seeding API's standalone order (`sandbox.createOrder`): a LIMIT GTC
 * order that belongs to no list (orderListId -1). The sandbox serves no
 * endpoint that places a single order (Margin Account New Order is not among
 * its operations), yet cancel-all answers standalone orders in their own
 * shape, and a margin account of a real user holds them; this is how a test
 * puts one on the book. It is placed like a list's working order: a price that
 * crosses the last price fills at once (a taker trade), else it rests and a
 * later price move fills it at its price (a maker trade). The symbol must be
 * listed (it needs a last price); there are no filters. TypeError for a bad seed.
 */
export interface SeedOrderOptions {
  readonly symbol: string;
  /** Default false (cross margin). */
  readonly isIsolated?: boolean;
  /** Default BUY. */
  readonly side?: OrderSide;
  /** The limit price. */
  readonly price: string | number;
  /** Default "1". */
  readonly quantity?: string | number;
  /** Default: generated. Must not name another live order of this apiKey. */
  readonly clientOrderId?: string;
}

export function seedOrder(store: OrderListStore, apiKey: string, options: SeedOrderOptions): OrderRecord {
  if (!store.symbols.find(options.symbol)) {
    throw new TypeError(`The sandbox does not list symbol ${JSON.stringify(options.symbol)}.`);
  }
  const side = options.side ?? "BUY";
  if (side !== "BUY" && side !== "SELL") throw new TypeError("side must be BUY or SELL.");
  const { clientOrderId } = options;
  if (clientOrderId !== undefined && store.liveOrdersNamed(apiKey, clientOrderId).length > 0) {
    throw new TypeError(`A live order already uses clientOrderId '${clientOrderId}'.`);
  }
  const price = seedUnits(options.price, "price");
  const origQty = seedUnits(options.quantity ?? "1", "quantity");
  if (price <= 0n || origQty <= 0n) throw new TypeError("price and quantity must be positive.");
  const order = newOrderRecord(
    store,
    { type: "LIMIT", side, price, origQty, timeInForce: "GTC", ...(clientOrderId === undefined ? {} : { clientOrderId }) },
    "NEW",
    {
      apiKey,
      symbol: options.symbol,
      isIsolated: options.isIsolated ?? false,
      orderListId: NO_ORDER_LIST,
      selfTradePreventionMode: "NONE",
      time: store.now(),
    },
  );
  store.addOrder(order);
  recordOrder(store.onChange, order, "NEW");
  placeOnBook(order, executionContext(store, options.symbol));
  return order;
}
