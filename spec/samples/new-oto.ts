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

// Buy 0.01 BTC at 59000 (the working order); once it fills, Binance places the
// pending order: sell 0.01 BTC at 61000. Prices and quantities are decimal strings.
const { data, error } = await client.POST("/sapi/v1/margin/order/oto", {
  params: {
    query: {
      symbol: "BTCUSDT",
      listClientOrderId: "my-oto-1",
      workingType: "LIMIT",
      workingSide: "BUY",
      workingPrice: "59000",
      workingQuantity: "0.01",
      workingTimeInForce: "GTC",
      pendingType: "LIMIT",
      pendingSide: "SELL",
      pendingPrice: "61000",
      pendingQuantity: "0.01",
      pendingTimeInForce: "GTC",
    },
  },
});

// An HTTP 5xx throws UnknownExecutionStatusError instead: the OTO may exist, query it before placing it again.
if (error) {
  console.error(`Binance rejected the OTO: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`Order list ${data.orderListId} (${data.listClientOrderId}) is ${data.listOrderStatus}`);
  for (const report of data.orderReports) {
    console.log(`${report.type} ${report.side} order ${report.orderId}: ${report.status}`);
  }
}
