/**
 * The wire contract of `DELETE /sapi/v1/margin/orderList` as the sandbox
 * enforces it.
 *
 * The sandbox has no runtime dependencies, so it does not parse
 * `spec/openapi.yaml` at runtime; instead `test/spec-contract.test.ts` asserts
 * that every value here equals what the spec says (parameter names, types,
 * required flags, `x-required-one-of`, `x-weight`). Change the spec and that
 * test tells you to change this file.
 */
export type WireType = "STRING" | "LONG" | "ENUM_TRUE_FALSE";

export interface ParameterRule {
  readonly name: string;
  readonly type: WireType;
  readonly required: boolean;
}

export const CANCEL_OCO_PATH = "/sapi/v1/margin/orderList";
export const CANCEL_OCO_METHOD = "DELETE";

export const cancelOcoParameters: readonly ParameterRule[] = [
  { name: "symbol", type: "STRING", required: true },
  { name: "isIsolated", type: "ENUM_TRUE_FALSE", required: false },
  { name: "orderListId", type: "LONG", required: false },
  { name: "listClientOrderId", type: "STRING", required: false },
  { name: "newClientOrderId", type: "STRING", required: false },
  { name: "recvWindow", type: "LONG", required: false },
  { name: "timestamp", type: "LONG", required: true },
  { name: "signature", type: "STRING", required: true },
];

/** Groups of names of which at least one per group must be sent (the spec's `x-required-one-of`). */
export const cancelOcoRequiredOneOf: readonly (readonly string[])[] = [
  ["orderListId", "listClientOrderId"],
];

/** The spec's `x-weight` for the cancel: 1 (UID). */
export const cancelOcoWeight = { type: "UID", value: 1 } as const;

export const SERVER_TIME_PATH = "/api/v3/time";
/** `GET /api/v3/time` weighs 1 (IP). */
export const serverTimeWeight = { type: "IP", value: 1 } as const;

/** Binance's limits on `recvWindow` and on timestamps from the future. */
export const RECV_WINDOW_DEFAULT_MS = 5000;
export const RECV_WINDOW_MAX_MS = 60000;
export const FUTURE_TOLERANCE_MS = 1000;
