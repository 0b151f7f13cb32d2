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

// Name the order by orderId or origClientOrderId; timestamp and signature come from the signer.
const { data, error } = await client.DELETE("/sapi/v1/margin/order", {
  params: { query: { symbol: "BTCUSDT", origClientOrderId: "my-take-profit" } },
});

if (error) {
  console.error(`Binance rejected the cancel: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else if ("contingencyType" in data) {
  // A leg of an order list: cancelling it cancelled the whole list.
  console.log(`Order list ${data.orderListId} is now ${data.listOrderStatus}`);
  for (const report of data.orderReports) console.log(`${report.type} order ${report.orderId}: ${report.status}`);
} else {
  console.log(`Order ${data.orderId} is now ${data.status}, ${data.executedQty} of ${data.origQty} filled`);
}
