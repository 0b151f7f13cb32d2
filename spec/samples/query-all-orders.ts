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

// Every order of one symbol, open or not, of the last 24 hours (or from an orderId on;
// startTime / endTime at most 24 hours apart). limit is at most 500.
const { data, error } = await client.GET("/sapi/v1/margin/allOrders", {
  params: { query: { symbol: "BTCUSDT", limit: 50 } },
});

if (error) {
  console.error(`Binance rejected the query: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  for (const order of data) {
    console.log(`${order.type} ${order.side} order ${order.orderId}: ${order.status}, filled ${order.executedQty} of ${order.origQty}`);
  }
}
