import { BinanceRejection } from "../../../src/binance/binance-error.js";
import { createOrderListEngine, type OrderListEngine, type OrderListEngineOptions } from "../../../src/order-lists/engine/index.js";

export const T0 = 1_700_000_000_000;
export const ALICE = "alice-api-key";
export const BOB = "bob-api-key";

/** An engine on a hand-driven clock: `advance(ms)` moves time. */
export function createFixture(options: OrderListEngineOptions = {}): {
  engine: OrderListEngine;
  advance(ms: number): number;
  now(): number;
} {
  let now = T0;
  const engine = createOrderListEngine({ now: () => now, ...options });
  return {
    engine,
    advance(ms) {
      now += ms;
      return now;
    },
    now: () => now,
  };
}

/** The Binance body a call is rejected with; fails the test when it is not rejected that way. */
export function rejectionOf(call: () => unknown): { code: number; msg: string } {
  try {
    call();
  } catch (error) {
    if (error instanceof BinanceRejection) {
      if (error.status !== 400) throw new Error(`expected HTTP 400, got ${error.status}`);
      return error.body;
    }
    throw error;
  }
  throw new Error("expected a Binance rejection, the call succeeded");
}
