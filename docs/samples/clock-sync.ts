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

const { data, error } = await client.DELETE("/sapi/v1/margin/orderList", {
  params: { query: { symbol: "LTCBTC", orderListId: 0 } },
});

console.log(`Server clock minus local clock: ${Math.round(signer.clockOffsetMs())} ms`);
if (error) {
  console.error(`Binance rejected the cancel: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`Order list ${data.orderListId} is ${data.listOrderStatus}`);
}
