import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";

const client = createClient({ baseUrl: process.env.BINANCE_BASE_URL ?? "https://api.binance.com" });
client.use(
  createSigner({
    apiKey: process.env.BINANCE_API_KEY ?? "",
    apiSecret: process.env.BINANCE_API_SECRET ?? "",
  }),
);

// The OTOCO placed with listClientOrderId "my-otoco-1" (spec/samples/new-otoco.ts).
const { data, error } = await client.GET("/sapi/v1/margin/orderList", {
  params: { query: { origClientOrderId: "my-otoco-1" } },
});

if (error) {
  console.error(`Binance rejected the query: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`Order list ${data.orderListId}: ${data.listStatusType} / ${data.listOrderStatus}`);
  // The query names the orders; the working order is the one you called "my-otoco-1-buy".
  const pendingPair = data.orders.filter((order) => order.clientOrderId !== "my-otoco-1-buy");
  console.log(`Pending pair: ${pendingPair.map((order) => `${order.clientOrderId} (order ${order.orderId})`).join(", ")}`);
}
