import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";

// This places an order, so there is no default host: BINANCE_BASE_URL is the sandbox's
// URL (`sapi-kit sandbox` prints it), or https://api.binance.com to trade for real.
const baseUrl = process.env.BINANCE_BASE_URL;
if (!baseUrl) throw new Error("Set BINANCE_BASE_URL: the sandbox's URL, or https://api.binance.com.");
const client = createClient({ baseUrl });
// Credentials come from the environment, never from source code.
client.use(
  createSigner({
    apiKey: process.env.BINANCE_API_KEY ?? "",
    apiSecret: process.env.BINANCE_API_SECRET ?? "",
  }),
);

// Your own id for the list, new on every run; later calls name the list by it.
const listClientOrderId = `quick-start-${Date.now()}`;

// Place an OCO: sell 0.01 BTC at 61000, or stop out at 59000 (limit 58900).
// timestamp and signature are added by the signer.
const placed = await client.POST("/sapi/v1/margin/order/oco", {
  params: {
    query: {
      symbol: "BTCUSDT",
      listClientOrderId,
      side: "SELL",
      quantity: "0.01",
      price: "61000",
      stopPrice: "59000",
      stopLimitPrice: "58900",
      stopLimitTimeInForce: "GTC",
    },
  },
});
if (placed.error) {
  // A typed Binance error body, e.g. { code: -2010, msg: "..." }: nothing was placed.
  console.error(`HTTP ${placed.response.status}: Binance rejected the OCO (${placed.error.code} ${placed.error.msg})`);
  process.exit(1);
}
console.log(`Placed order list ${placed.data.orderListId} (${listClientOrderId}): ${placed.data.listOrderStatus}`);

// Cancel it by your id: both orders end.
const { data, error, response } = await client.DELETE("/sapi/v1/margin/orderList", {
  params: { query: { symbol: "BTCUSDT", listClientOrderId } },
});
if (error) {
  console.error(`HTTP ${response.status}: Binance rejected the cancel (${error.code} ${error.msg})`);
  process.exit(1);
}
for (const report of data.orderReports) {
  console.log(`${report.type} order ${report.orderId}: ${report.status}`);
}
console.log(`Order list ${data.orderListId} is ${data.listOrderStatus}`);
