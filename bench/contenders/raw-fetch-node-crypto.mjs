import { createHmac } from "node:crypto";

// Baseline (2): the same hand-written call with node:crypto's synchronous
// HMAC, the cheapest signature Node offers; shows what WebCrypto costs.
export default {
  id: "raw-node-crypto",
  label: "raw fetch + node:crypto HMAC",
  async create({ baseUrl, apiKey, apiSecret }) {
    return async function cancel({ symbol, orderListId }) {
      const query = `symbol=${encodeURIComponent(symbol)}&orderListId=${orderListId}&timestamp=${Date.now()}`;
      const signature = createHmac("sha256", apiSecret).update(query).digest("hex");
      const response = await fetch(`${baseUrl}/sapi/v1/margin/orderList?${query}&signature=${signature}`, {
        method: "DELETE",
        headers: { "X-MBX-APIKEY": apiKey },
      });
      const body = await response.json();
      if (!response.ok) throw new Error(`raw-node-crypto: HTTP ${response.status} ${body.code} ${body.msg}`);
      return body;
    };
  },
};
