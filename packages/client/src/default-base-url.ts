/** Binance's production REST host; `createClient({ baseUrl })` overrides it (sandbox, testnet, proxy). */
export const DEFAULT_BASE_URL = "https://api.binance.com";
