// The hand-written signed cancel over the global `fetch`, with the HMAC
// passed in: node:crypto on Node (contenders/raw-fetch-node-crypto.mjs), and
// on Bun and Deno whichever HMAC is fastest there (lib/runtime-child.mjs).

/**
 * @param {{ baseUrl: string, apiKey: string, id: string, sign: (query: string) => string | Promise<string> }} options
 * @returns {(order: { symbol: string, orderListId: number }) => Promise<unknown>}
 */
export function createRawFetchCancel({ baseUrl, apiKey, id, sign }) {
  const init = { method: "DELETE", headers: { "X-MBX-APIKEY": apiKey } };
  return async function cancel({ symbol, orderListId }) {
    const query = `symbol=${encodeURIComponent(symbol)}&orderListId=${orderListId}&timestamp=${Date.now()}`;
    // A synchronous HMAC is not awaited: the floor pays for no extra tick.
    const signed = sign(query);
    const signature = typeof signed === "string" ? signed : await signed;
    const response = await fetch(`${baseUrl}/sapi/v1/margin/orderList?${query}&signature=${signature}`, init);
    const body = await response.json();
    if (!response.ok) throw new Error(`${id}: HTTP ${response.status} ${body.code} ${body.msg}`);
    return body;
  };
}
