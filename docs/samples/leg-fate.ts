import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";

// Read-only, but it reads your account: set BINANCE_BASE_URL to the sandbox's URL,
// or to https://api.binance.com.
const baseUrl = process.env.BINANCE_BASE_URL;
if (!baseUrl) throw new Error("Set BINANCE_BASE_URL: the sandbox's URL, or https://api.binance.com.");
const client = createClient({ baseUrl });
client.use(
  createSigner({
    apiKey: process.env.BINANCE_API_KEY ?? "",
    apiSecret: process.env.BINANCE_API_SECRET ?? "",
  }),
);

// The newest order list of the cross margin account (query yours by its
// listClientOrderId with GET /sapi/v1/margin/orderList instead).
const lists = await client.GET("/sapi/v1/margin/allOrderList", { params: { query: { limit: 1 } } });
if (lists.error) {
  console.error(`Binance rejected the query: ${lists.error.code} ${lists.error.msg}`);
  process.exit(1);
}
const [list] = lists.data;
if (!list) {
  console.log("No order list yet.");
  process.exit(0);
}
console.log(`${list.contingencyType} order list ${list.orderListId} (${list.listClientOrderId}): ${list.listOrderStatus}`);

// The list names its legs; each leg is an order with its own state, and each fill a trade.
for (const leg of list.orders) {
  const order = await client.GET("/sapi/v1/margin/order", { params: { query: { symbol: leg.symbol, orderId: leg.orderId } } });
  if (order.error) {
    console.error(`Binance rejected the order query: ${order.error.code} ${order.error.msg}`);
    process.exit(1);
  }
  const { type, side, orderId, status, executedQty, origQty } = order.data;
  console.log(`${type} ${side} order ${orderId}: ${status}, filled ${executedQty} of ${origQty}`);
  if (Number(executedQty) === 0) continue;
  const trades = await client.GET("/sapi/v1/margin/myTrades", { params: { query: { symbol: leg.symbol, orderId: leg.orderId } } });
  if (trades.error) {
    console.error(`Binance rejected the trade query: ${trades.error.code} ${trades.error.msg}`);
    process.exit(1);
  }
  for (const trade of trades.data) {
    console.log(`  trade ${trade.id}: ${trade.qty} at ${trade.price}, commission ${trade.commission} ${trade.commissionAsset}`);
  }
}
