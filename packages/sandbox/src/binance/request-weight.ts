import { effectiveValue, type OperationContract } from "@sapi-kit/contract";
import type { RawQueryPair } from "./raw-query.js";

/**
 * The weight of one request: the spec's `x-weight`, raised by the first
 * variant whose condition holds on the parameter's effective value (the value
 * sent, else its default); e.g. New OCO weighs 6 (UID), 1500 with
 * `sideEffectType` MARGIN_BUY or AUTO_BORROW_REPAY (spec/README.md, "Weight
 * variants"). Read from the raw parameters, before validation, because
 * Binance charges a request's weight whether or not its parameters are valid.
 * `tradingSymbols`: how many symbols the exchange trades, for a variant priced
 * per trading symbol (`perTradingSymbol`).
 */
export function requestWeight(operation: OperationContract, params: ReadonlyMap<string, RawQueryPair>, tradingSymbols = 1): number {
  for (const variant of operation.weight.variants ?? []) {
    const { when } = variant;
    const sent = params.get(when.parameter)?.value;
    const absent = sent === undefined || sent === "";
    let holds: boolean;
    if ("sent" in when) holds = absent;
    else {
      // The checker's reading: an enum Binance matches in any letter case is compared in its own spelling.
      const effective = effectiveValue(operation, when.parameter, sent);
      holds = effective !== undefined && when.in.includes(effective);
    }
    // Binance counts a margin open-orders query without a symbol once per trading symbol (spec/README.md).
    if (holds) return variant.perTradingSymbol ? variant.value * tradingSymbols : variant.value;
  }
  return operation.weight.value;
}

/**
 * Which counter a request's weight goes to and which header reports it, from
 * Binance's `/api/*` vs `/sapi/*` table
 * (https://developers.binance.com/zh-CN/docs/products/caas/basics/4.rate-limits):
 * `/sapi` UID weight in X-SAPI-USED-UID-WEIGHT-1M, `/sapi` IP weight in
 * X-SAPI-USED-IP-WEIGHT-1M (each endpoint counted on its own), `/api` IP
 * weight in X-MBX-USED-WEIGHT-1M (all `/api` endpoints share one count).
 */
export type WeightCounter = "sapi-uid" | "sapi-ip" | "api-ip";

export function weightCounter(operation: OperationContract): WeightCounter {
  if (operation.weight.type === "UID") return "sapi-uid";
  return operation.path.startsWith("/sapi/") ? "sapi-ip" : "api-ip";
}

export const WEIGHT_HEADERS: Readonly<Record<WeightCounter, string>> = {
  "sapi-uid": "X-SAPI-USED-UID-WEIGHT-1M",
  "sapi-ip": "X-SAPI-USED-IP-WEIGHT-1M",
  "api-ip": "X-MBX-USED-WEIGHT-1M",
};
