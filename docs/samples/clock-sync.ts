import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";

const client = createClient({ baseUrl: process.env.BINANCE_BASE_URL ?? "https://api.binance.com" });
const signer = createSigner({
  apiKey: process.env.BINANCE_API_KEY ?? "",
  apiSecret: process.env.BINANCE_API_SECRET ?? "",
  // Read GET /api/v3/time before the first signed request and sign with the
  // server's clock from then on, so a drifting local clock does not cause -1021.
  syncClock: true,
  // How long after `timestamp` Binance may still accept the request (max 60000).
  recvWindow: 5000,
});
client.use(signer);

// Any signed call; this one only reads (the cross margin account's open order lists).
const { data, error } = await client.GET("/sapi/v1/margin/openOrderList");

console.log(`Server clock minus local clock: ${Math.round(signer.clockOffsetMs())} ms`);
if (error) {
  console.error(`Binance rejected the query: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`${data.length} open order list(s)`);
}
