// Second reference: the same hand-written call with WebCrypto HMAC, what a
// careful user writes for browsers and edge runtimes. It is slower than the
// floor on Node (an async sign per call), so it is shown, never divided by.
export default {
  id: "raw-webcrypto",
  label: "raw fetch + WebCrypto HMAC",
  reference: true,
  async create({ baseUrl, apiKey, apiSecret }) {
    const encoder = new TextEncoder();
    // Imported once, as any real caller would; the per-call cost is sign().
    const key = await crypto.subtle.importKey("raw", encoder.encode(apiSecret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    return async function cancel({ symbol, orderListId }) {
      const query = `symbol=${encodeURIComponent(symbol)}&orderListId=${orderListId}&timestamp=${Date.now()}`;
      const signature = Buffer.from(await crypto.subtle.sign("HMAC", key, encoder.encode(query))).toString("hex");
      const response = await fetch(`${baseUrl}/sapi/v1/margin/orderList?${query}&signature=${signature}`, {
        method: "DELETE",
        headers: { "X-MBX-APIKEY": apiKey },
      });
      const body = await response.json();
      if (!response.ok) throw new Error(`raw-webcrypto: HTTP ${response.status} ${body.code} ${body.msg}`);
      return body;
    };
  },
};
