// The cancels every client must get through: each way Binance lets a caller
// name an order list, in each margin mode. Binance's "Margin Account Cancel
// OCO (TRADE)" page (https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-OCO)
// takes `symbol`, `isIsolated` ("TRUE" / "FALSE", default "FALSE") and either
// `orderListId` or `listClientOrderId`.
import type { KeyType, OrderListSnapshot } from "@sapi-kit/sandbox";

export const SYMBOL = "LTCBTC";

/** Every key type Binance issues (HMAC, RSA, Ed25519); each client file says which it supports. */
export const ALL_KEY_TYPES: readonly KeyType[] = ["hmac", "rsa", "ed25519"];

export type Selector = "orderListId" | "listClientOrderId";
export const SELECTORS: readonly Selector[] = ["orderListId", "listClientOrderId"];

export interface MarginMode {
  readonly name: string;
  /** How the list is seeded in the sandbox. */
  readonly isolated: boolean;
  /** What the caller sends as `isIsolated`; undefined: the parameter is left out (Binance's default, cross). */
  readonly isIsolated?: "TRUE" | "FALSE";
}

/** Cross margin the way most callers cancel: `isIsolated` left out. */
export const CROSS: MarginMode = { name: "cross, isIsolated left out", isolated: false };

export const MARGIN_MODES: readonly MarginMode[] = [
  CROSS,
  { name: "cross, isIsolated=FALSE", isolated: false, isIsolated: "FALSE" },
  { name: "isolated, isIsolated=TRUE", isolated: true, isIsolated: "TRUE" },
];

export interface CancelCase {
  /** Test title, e.g. "by listClientOrderId (isolated, isIsolated=TRUE)". */
  readonly name: string;
  readonly selector: Selector;
  readonly mode: MarginMode;
}

/** Every selector in every margin mode. */
export const CANCEL_CASES: readonly CancelCase[] = SELECTORS.flatMap((selector) =>
  MARGIN_MODES.map((mode) => ({ name: `by ${selector} (${mode.name})`, selector, mode })),
);

/** The parameters a caller passes to cancel `list`, in Binance's names and wire types. */
export interface CancelRequest {
  readonly symbol: string;
  readonly isIsolated?: "TRUE" | "FALSE";
  readonly orderListId?: number;
  readonly listClientOrderId?: string;
}

export function cancelRequestFor(list: OrderListSnapshot, selector: Selector, mode: MarginMode): CancelRequest {
  return {
    symbol: list.symbol,
    ...(mode.isIsolated === undefined ? {} : { isIsolated: mode.isIsolated }),
    ...(selector === "orderListId" ? { orderListId: list.orderListId } : { listClientOrderId: list.listClientOrderId }),
  };
}
