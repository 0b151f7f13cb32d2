import { BinanceRejection } from "../binance/binance-error.js";

/**
 * The Binance errors of the user data stream area, each with its source.
 * SPOT_ERRORS = https://developers.binance.com/docs/binance-spot-api-docs/errors.
 */
export const userStreamRejections = {
  // -1121 BAD_SYMBOL "Invalid symbol." (SPOT_ERRORS): an isolated token for a symbol the sandbox does not list.
  invalidSymbol: () => new BinanceRejection(400, -1121, "Invalid symbol."),
} as const;
