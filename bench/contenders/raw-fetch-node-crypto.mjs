// The floor: the cheapest signed call Node allows. The query built by hand,
// node:crypto's synchronous HMAC, global fetch, no dependency. Every ratio
// in the report divides by this contender's time from the same run.
export default {
  id: "raw-node-crypto",
  label: "raw fetch + node:crypto HMAC",
  floor: true,
  async create({ baseUrl, apiKey, apiSecret }) {
    // Imported here, not at the top, so that its cold start pays for it like
    // every other contender pays for its imports.
    const { createHmac } = await import("node:crypto");
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
