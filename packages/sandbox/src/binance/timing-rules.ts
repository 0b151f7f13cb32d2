/**
 * Binance's timing rules for SIGNED requests (the README's "Timing on /sapi"
 * explains the /sapi reading): `recvWindow` defaults to 5000 ms and may not
 * exceed 60000 (the margin pages: "The value cannot be greater than 60000",
 * e.g. https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-OCO),
 * and a timestamp may be at most 1000 ms ahead of the server's time (spot
 * General Info, "Timing security",
 * https://github.com/binance/binance-spot-api-docs/blob/a5e0bc3ddc0fd7e6bb696849323b74423fa3a54d/rest-api.md).
 */
export const RECV_WINDOW_DEFAULT_MS = 5000;
export const RECV_WINDOW_MAX_MS = 60000;
export const FUTURE_TOLERANCE_MS = 1000;
