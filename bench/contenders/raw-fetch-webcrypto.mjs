// Baseline (1): what a careful user writes by hand with no dependency at
// all: the query built as a string, WebCrypto HMAC, global fetch. Every other
// contender is reported as a ratio to this one.
export default {
  id: "raw-webcrypto",
  label: "raw fetch + WebCrypto HMAC",
  baseline: true,
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
