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

// Cancels every open order and order list of BTCUSDT in the cross margin account.
const { data, error } = await client.DELETE("/sapi/v1/margin/openOrders", {
  params: { query: { symbol: "BTCUSDT" } },
});

if (error) {
  console.error(`Binance rejected the cancel: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  // Single orders and order lists come in one array; only a list has contingencyType.
  for (const item of data) {
    if ("contingencyType" in item) {
      console.log(`${item.contingencyType} order list ${item.orderListId}: ${item.listOrderStatus}`);
    } else {
      console.log(`${item.type} order ${item.orderId}: ${item.status}`);
    }
  }
}
