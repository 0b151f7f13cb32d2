/**
 * Which `symbol` values Binance accepts. Its symbols are upper case but no
 * longer ASCII-only: it lists symbols such as `币安人生USDT`, and its signing
 * docs sign a full-width `１２３４５６`. So: 1 to 50 letters or digits of any
 * script, `_`, `-` or `.`, and no lower-case ASCII letter. One rule for the
 * sandbox's seeding and requests and for the CLI's options.
 */
export const SYMBOL = /^(?!.*[a-z])[\p{L}\p{N}_.-]{1,50}$/u;

/**
 * How a -1100 "Illegal characters found in parameter 'symbol'; legal range is
 * '%s'" states the rule: Binance quotes its regex there (spot errors, -1100
 * ILLEGAL_CHARS, https://developers.binance.com/docs/binance-spot-api-docs/errors).
 */
export const SYMBOL_RANGE = "^[\\w\\-._&&[^a-z]]{1,50}$";
