import { createClient } from "@sapi-kit/client";
import { createSigner, RateLimitError } from "@sapi-kit/signer";

const client = createClient({ baseUrl: process.env.BINANCE_BASE_URL ?? "https://api.binance.com" });
client.use(
  createSigner({
    apiKey: process.env.BINANCE_API_KEY ?? "",
    apiSecret: process.env.BINANCE_API_SECRET ?? "",
    // Called after every signed response with Binance's usage counters: the
    // queries count per IP, placing and cancelling per UID (your account).
    onUsage(usage) {
      const ip = usage["X-SAPI-USED-IP-WEIGHT-1M"];
      const uid = usage["X-SAPI-USED-UID-WEIGHT-1M"];
      if (ip !== undefined) console.log(`IP weight used this minute: ${ip}`);
      if (uid !== undefined) console.log(`UID weight used this minute: ${uid}`);
    },
  }),
);

try {
  // The open order lists: weight 10, counted per IP.
  const { data, error } = await client.GET("/sapi/v1/margin/openOrderList");
  if (error) console.log(`rejected: ${error.code} ${error.msg}`);
  else console.log(`${data.length} open order list(s)`);
} catch (thrown) {
  if (!(thrown instanceof RateLimitError)) throw thrown;
  // 429: back off for Retry-After seconds. 418: the IP is banned for that long,
  // because requests continued after a 429. Either way, send nothing until then.
  const what = thrown.banned ? "IP banned (418)" : "rate limited (429)";
  console.log(`${what}: retry after ${thrown.retryAfterSeconds ?? "?"} s`);
}
