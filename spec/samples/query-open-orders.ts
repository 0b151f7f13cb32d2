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

// The open orders of one symbol in the cross margin account, open legs of order lists
// included. Leaving out symbol lists every symbol, at a weight of 10 per trading symbol.
const { data, error } = await client.GET("/sapi/v1/margin/openOrders", {
  params: { query: { symbol: "BTCUSDT" } },
});

if (error) {
  console.error(`Binance rejected the query: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`${data.length} open order(s) on BTCUSDT`);
  for (const order of data) {
    console.log(`${order.type} ${order.side} order ${order.orderId}: ${order.status}, ${order.origQty} at ${order.price}`);
  }
}
