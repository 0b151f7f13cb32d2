import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";

// BINANCE_BASE_URL lets the same sample run against the loopback sandbox.
const client = createClient({ baseUrl: process.env.BINANCE_BASE_URL ?? "https://api.binance.com" });
client.use(
  createSigner({
    apiKey: process.env.BINANCE_API_KEY ?? "",
    apiSecret: process.env.BINANCE_API_SECRET ?? "",
  }),
);

// The fills of one symbol: at what price each order traded and what it cost.
// Page with fromId, or bound by startTime / endTime (at most 24 hours apart), not both.
const { data, error } = await client.GET("/sapi/v1/margin/myTrades", {
  params: { query: { symbol: "BTCUSDT", limit: 100 } },
});

if (error) {
  console.error(`Binance rejected the query: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  for (const trade of data) {
    const side = trade.isBuyer ? "bought" : "sold";
    console.log(
      `trade ${trade.id} of order ${trade.orderId}: ${side} ${trade.qty} at ${trade.price}, commission ${trade.commission} ${trade.commissionAsset}`,
    );
  }
}
