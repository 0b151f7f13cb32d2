// `binance` by tiagosiebler (MainClient, axios + WebCrypto signing).
export default {
  id: "binance",
  label: "binance (tiagosiebler)",
  packages: ["binance"],
  sizeEntry: 'export { MainClient } from "binance";\n',
  async create({ baseUrl, apiKey, apiSecret }) {
    const { MainClient } = await import("binance");
    // disableTimeSync is already its default; spelled out because a time
    // sync would call the real exchange at construction time.
    const client = new MainClient({ api_key: apiKey, api_secret: apiSecret, baseUrl, disableTimeSync: true });
    return async function cancel({ symbol, orderListId }) {
      return client.marginAccountCancelOCO({ symbol, orderListId });
    };
  },
};
