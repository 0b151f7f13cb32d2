import { SYMBOL, SYMBOL_RANGE } from "./symbol-rule.js";

/**
 * Formats Binance enforces on a parameter by what it is, whatever the
 * endpoint: the spec leaves them out on purpose (it does not restrict
 * symbols to ASCII; the signer percent-encodes them), so they apply here by
 * name. Binance's -1100 names the parameter and quotes the legal range (spot
 * errors, -1100 ILLEGAL_CHARS,
 * https://developers.binance.com/docs/binance-spot-api-docs/errors).
 */
export interface ParameterFormat {
  /** What the parameter is: the CLI words a symbol of its own. */
  readonly name: "symbol" | "client-order-id";
  readonly test: (value: string) => boolean;
  /** The legal range as Binance's -1100 message quotes it. */
  readonly legalRange: string;
}

/**
 * Client order ids that a request creates: `newClientOrderId`, and every
 * `*ClientOrderId` of a POST (a placement names its list and orders:
 * `listClientOrderId`, `limitClientOrderId`, `workingClientOrderId`, ...).
 * An id that only refers to an existing list (`listClientOrderId` on a
 * cancel, `origClientOrderId` on a query) is looked up as sent, never
 * format-checked: a list seeded with any id stays reachable. Binance answers -1100 with the legal range for a bad one; a real answer is
 * quoted in https://github.com/binance/binance-spot-api-docs/pull/34
 * (`^[a-zA-Z0-9-_]{1,36}$` in 2021). The range here additionally admits `.`,
 * `:` and `/`, as the sandbox always has: a client that stays within the
 * 2021 range is accepted either way.
 */
const CLIENT_ORDER_ID = /^[.A-Z:/a-z0-9_-]{1,36}$/;
const CLIENT_ORDER_ID_RANGE = "^[\\.A-Z\\:/a-z0-9_-]{1,36}$";

const SYMBOL_FORMAT: ParameterFormat = { name: "symbol", test: (value) => SYMBOL.test(value), legalRange: SYMBOL_RANGE };
const CLIENT_ORDER_ID_FORMAT: ParameterFormat = {
  name: "client-order-id",
  test: (value) => CLIENT_ORDER_ID.test(value),
  legalRange: CLIENT_ORDER_ID_RANGE,
};

/** The format a parameter of this name has in a request of this method, if any. */
export function formatOf(name: string, method: string | undefined): ParameterFormat | undefined {
  if (name === "symbol") return SYMBOL_FORMAT;
  if (name === "newClientOrderId" || (method === "POST" && name.endsWith("ClientOrderId"))) return CLIENT_ORDER_ID_FORMAT;
  return undefined;
}
