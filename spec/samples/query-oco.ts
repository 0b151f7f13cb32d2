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

// Name the list by the listClientOrderId you placed it with (or by orderListId).
// A cross margin query sends no symbol; an isolated one sends isIsolated: "TRUE" and the symbol.
const { data, error } = await client.GET("/sapi/v1/margin/orderList", {
  params: { query: { origClientOrderId: "my-oco-1" } },
});

if (error) {
  console.error(`Binance rejected the query: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`${data.contingencyType} order list ${data.orderListId}: ${data.listStatusType} / ${data.listOrderStatus}`);
  for (const order of data.orders) console.log(`order ${order.orderId} (${order.clientOrderId})`);
}
