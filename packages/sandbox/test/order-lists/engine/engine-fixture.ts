import { BinanceRejection } from "../../../src/binance/binance-error.js";
import {
  createOrderListEngine,
  type NewOcoRequest,
  type NewOtocoRequest,
  type NewOtoRequest,
  type OrderListEngine,
  type OrderListEngineOptions,
} from "../../../src/order-lists/engine/index.js";
import { BNB_OTO, SELL_OCO } from "../../helpers/order-list-requests.js";

export const T0 = 1_700_000_000_000;
export const ALICE = "alice-api-key";
export const BOB = "bob-api-key";

// Requests several engine tests place. BTCUSDT's default last price is 60000,
// BNBUSDT's 300 (the swagger OTOCO example's prices).
export const sellOco: NewOcoRequest = { ...SELL_OCO };
export const oto: NewOtoRequest = { ...BNB_OTO };
export const otoco: NewOtocoRequest = {
  symbol: "BNBUSDT",
  workingType: "LIMIT",
  workingSide: "BUY",
  workingPrice: "295",
  workingQuantity: "1",
  workingTimeInForce: "GTC",
  pendingSide: "SELL",
  pendingQuantity: "1",
  pendingAboveType: "LIMIT_MAKER",
  pendingAbovePrice: "301",
  pendingBelowType: "STOP_LOSS",
  pendingBelowStopPrice: "289",
};

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
