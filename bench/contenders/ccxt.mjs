// ccxt's binance class, calling the implicit endpoint method for
// DELETE /sapi/v1/margin/orderList (no market metadata needed).
export default {
  id: "ccxt",
  label: "ccxt (binance)",
  packages: ["ccxt"],
  sizeEntry: 'export { binance } from "ccxt";\n',
  async create({ baseUrl, apiKey, apiSecret }) {
    const { binance } = await import("ccxt");
    const exchange = new binance({
      apiKey,
      secret: apiSecret,
      // Its client-side throttle (rateLimit) would dominate the numbers.
      enableRateLimit: false,
      // Would call /api/v3/time on the real exchange.
      options: { adjustForTimeDifference: false },
    });
    exchange.urls.api = { ...exchange.urls.api, sapi: `${baseUrl}/sapi/v1` };
    return async function cancel({ symbol, orderListId }) {
      return exchange.sapiDeleteMarginOrderList({ symbol, orderListId });
    };
  },
};
