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

// Sell 0.01 BTC at 61000 (LIMIT_MAKER), or stop out at 59000 with a limit of 58900.
// Prices and quantities are decimal strings; timestamp and signature come from the signer.
const { data, error } = await client.POST("/sapi/v1/margin/order/oco", {
  params: {
    query: {
      symbol: "BTCUSDT",
      side: "SELL",
      quantity: "0.01",
      price: "61000",
      stopPrice: "59000",
      stopLimitPrice: "58900",
      stopLimitTimeInForce: "GTC",
      listClientOrderId: "my-oco-1",
    },
  },
});

// An HTTP 5xx throws UnknownExecutionStatusError instead: the OCO may exist, query it before placing it again.
if (error) {
  console.error(`Binance rejected the OCO: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`Order list ${data.orderListId} (${data.listClientOrderId}) is ${data.listOrderStatus}`);
  for (const report of data.orderReports) {
    console.log(`${report.type} ${report.side} order ${report.orderId}: ${report.status}`);
  }
}
