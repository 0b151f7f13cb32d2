// Which --symbol values the CLI sends. Binance answers a malformed symbol with
// -1100 "Illegal characters found in parameter 'symbol'; legal range is '%s'"
// (https://developers.binance.com/docs/binance-spot-api-docs/errors, -1100
// ILLEGAL_CHARS); the range it quotes today is `^[\w\-._&&[^a-z]]{1,50}$`.
// Binance also lists symbols with non-ASCII letters (e.g. `币安人生USDT`), so
// letters and digits of any script pass; lower-case ASCII does not. This is the
// same rule the sandbox applies (packages/sandbox/src/binance/symbol-rule.ts), checked
// here so a typo is a usage error (exit 2) and never reaches the exchange.
export const SYMBOL = /^(?!.*[a-z])[\p{L}\p{N}_.-]{1,50}$/u;
