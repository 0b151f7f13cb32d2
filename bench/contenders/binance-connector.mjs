// @binance/connector (Binance's own Node connector, axios based).
export default {
  id: "binance-connector",
  label: "@binance/connector",
  packages: ["@binance/connector"],
  sizeEntry: 'export { Spot } from "@binance/connector";\n',
  async create({ baseUrl, apiKey, apiSecret }) {
    const { Spot } = await import("@binance/connector");
    const client = new Spot(apiKey, apiSecret, { baseURL: baseUrl });
    return async function cancel({ symbol, orderListId }) {
      // axios rejects on HTTP errors, so reaching the return means success.
      const response = await client.cancelMarginOCOOrder(symbol, { orderListId });
      return response.data;
    };
  },
};
