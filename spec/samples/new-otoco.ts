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

// Buy 0.01 BTC at 59000 (the working order); once it fills, Binance places an
// OCO pair to sell it: take profit at 62000 (LIMIT_MAKER) or stop out at 58000.
const { data, error } = await client.POST("/sapi/v1/margin/order/otoco", {
  params: {
    query: {
      symbol: "BTCUSDT",
      listClientOrderId: "my-otoco-1",
      workingType: "LIMIT",
      workingSide: "BUY",
      workingClientOrderId: "my-otoco-1-buy",
      workingPrice: "59000",
      workingQuantity: "0.01",
      workingTimeInForce: "GTC",
      pendingSide: "SELL",
      pendingQuantity: "0.01",
      pendingAboveType: "LIMIT_MAKER",
      pendingAboveClientOrderId: "my-otoco-1-take-profit",
      pendingAbovePrice: "62000",
      pendingBelowType: "STOP_LOSS",
      pendingBelowClientOrderId: "my-otoco-1-stop-loss",
      pendingBelowStopPrice: "58000",
    },
  },
});

// An HTTP 5xx throws UnknownExecutionStatusError instead: the OTOCO may exist, query it before placing it again.
if (error) {
  console.error(`Binance rejected the OTOCO: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`Order list ${data.orderListId} (${data.listClientOrderId}) is ${data.listOrderStatus}`);
  for (const report of data.orderReports) {
    console.log(`${report.clientOrderId}: ${report.type} ${report.side} order ${report.orderId}, ${report.status}`);
  }
}
