// Binance symbols are upper case but no longer ASCII-only: it lists symbols
// such as `币安人生USDT`, and its signing docs sign a full-width `１２３４５６`.
// So: 1 to 50 letters or digits of any script, `_`, `-` or `.`, and no
// lower-case ASCII letter. One rule for seeding and for requests.
export const SYMBOL = /^(?!.*[a-z])[\p{L}\p{N}_.-]{1,50}$/u;

/** How the -1100 message states the rule (Binance quotes its regex there). */
export const SYMBOL_RANGE = "^[\\w\\-._&&[^a-z]]{1,50}$";
