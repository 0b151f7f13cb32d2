import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";

// This places an order, so there is no default host: set BINANCE_BASE_URL to the
// sandbox's URL, or to https://api.binance.com to trade for real.
const baseUrl = process.env.BINANCE_BASE_URL;
if (!baseUrl) throw new Error("Set BINANCE_BASE_URL: the sandbox's URL, or https://api.binance.com.");
const client = createClient({ baseUrl });
client.use(
  createSigner({
    apiKey: process.env.BINANCE_API_KEY ?? "",
    apiSecret: process.env.BINANCE_API_SECRET ?? "",
  }),
);

// Your own ids, new on every run: the list's, and its working order's.
const listClientOrderId = `my-otoco-${Date.now()}`;
const workingClientOrderId = `${listClientOrderId}-buy`;

// Buy 0.01 BTC at 59000 (the working order); once it fills, Binance places an
// OCO pair to sell it: take profit at 62000 (LIMIT_MAKER) or stop out at 58000.
const placed = await client.POST("/sapi/v1/margin/order/otoco", {
  params: {
    query: {
      symbol: "BTCUSDT",
      listClientOrderId,
      workingType: "LIMIT",
      workingSide: "BUY",
      workingClientOrderId,
      workingPrice: "59000",
      workingQuantity: "0.01",
      workingTimeInForce: "GTC",
      pendingSide: "SELL",
      pendingQuantity: "0.01",
      pendingAboveType: "LIMIT_MAKER",
      pendingAbovePrice: "62000",
      pendingBelowType: "STOP_LOSS",
      pendingBelowStopPrice: "58000",
    },
  },
});
if (placed.error) {
  console.error(`Binance rejected the OTOCO: ${placed.error.code} ${placed.error.msg}`);
  process.exit(1);
}
console.log(`Placed order list ${placed.data.orderListId} (${listClientOrderId}): ${placed.data.listOrderStatus}`);
for (const report of placed.data.orderReports) {
  console.log(`${report.type} ${report.side} order ${report.orderId}: ${report.status}`);
}

// Later, by your id: the list's status. The query names the orders but not their
// states; the working order is the one you named, the others are the pending pair.
const { data, error } = await client.GET("/sapi/v1/margin/orderList", {
  params: { query: { origClientOrderId: listClientOrderId } },
});
if (error) {
  console.error(`Binance rejected the query: ${error.code} ${error.msg}`);
  process.exit(1);
}
const pendingPair = data.orders.filter((order) => order.clientOrderId !== workingClientOrderId);
console.log(`Queried: ${data.listStatusType} / ${data.listOrderStatus}, pending pair: orders ${pendingPair.map((order) => order.orderId).join(", ")}`);
