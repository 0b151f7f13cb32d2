// The floor on Node: the cheapest signed call Node allows. The query built by
// hand, node:crypto's synchronous HMAC, node:http with a keep-alive Agent,
// the request written in one go (a DELETE has no body, so `end()` sends the
// head alone) and the body read once. No URL parsing, no web Request or
// Response, no stream adapters. Every ratio in the report divides by this
// contender's time from the same round.
export default {
  id: "raw-node-http",
  label: "raw node:http + node:crypto",
  floor: true,
  async create({ baseUrl, apiKey, apiSecret }) {
    // Imported here, not at the top, so that its cold start pays for them like
    // every other contender pays for its imports.
    const [{ request, Agent }, { createHmac }] = await Promise.all([import("node:http"), import("node:crypto")]);
    const { hostname, port } = new URL(baseUrl);
    // Unbounded sockets, as undici's default pool: 64 concurrent calls get 64 connections.
    const agent = new Agent({ keepAlive: true });
    const headers = { "X-MBX-APIKEY": apiKey };
    return function cancel({ symbol, orderListId }) {
      const query = `symbol=${encodeURIComponent(symbol)}&orderListId=${orderListId}&timestamp=${Date.now()}`;
      const signature = createHmac("sha256", apiSecret).update(query).digest("hex");
      return new Promise((resolve, reject) => {
        const outgoing = request(
          { agent, host: hostname, port, method: "DELETE", path: `/sapi/v1/margin/orderList?${query}&signature=${signature}`, headers },
          (incoming) => {
            const chunks = [];
            incoming.on("data", (chunk) => chunks.push(chunk));
            incoming.on("error", reject);
            incoming.on("end", () => {
              const text = chunks.length === 1 ? chunks[0].toString() : Buffer.concat(chunks).toString();
              const body = JSON.parse(text);
              if (incoming.statusCode !== 200) reject(new Error(`raw-node-http: HTTP ${incoming.statusCode} ${body.code} ${body.msg}`));
              else resolve(body);
            });
          },
        );
        outgoing.on("error", reject);
        outgoing.end();
      });
    };
  },
};
