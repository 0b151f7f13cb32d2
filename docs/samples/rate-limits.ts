import { createClient } from "@sapi-kit/client";
import { RateLimitError, createSigner } from "@sapi-kit/signer";

const client = createClient({ baseUrl: process.env.BINANCE_BASE_URL ?? "https://api.binance.com" });
client.use(
  createSigner({
    apiKey: process.env.BINANCE_API_KEY ?? "",
    apiSecret: process.env.BINANCE_API_SECRET ?? "",
    // Called after every signed response with Binance's usage counters.
    onUsage(usage) {
      const used = usage["X-SAPI-USED-UID-WEIGHT-1M"];
      if (used !== undefined) console.log(`UID weight used this minute: ${used}`);
    },
  }),
);

try {
  const { data, error } = await client.DELETE("/sapi/v1/margin/orderList", {
    params: { query: { symbol: "LTCBTC", orderListId: 0 } },
  });
  if (error) console.log(`rejected: ${error.code} ${error.msg}`);
  else console.log(`Order list ${data.orderListId} is ${data.listOrderStatus}`);
} catch (thrown) {
  if (!(thrown instanceof RateLimitError)) throw thrown;
  // 429: back off for Retry-After seconds. 418: the IP is banned for that long,
  // because requests continued after a 429. Either way, send nothing until then.
  const what = thrown.banned ? "IP banned (418)" : "rate limited (429)";
  console.log(`${what}: retry after ${thrown.retryAfterSeconds ?? "?"} s`);
}
