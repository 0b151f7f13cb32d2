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

// One order, or one leg of an order list: name it by the clientOrderId it was placed
// with (limitClientOrderId / stopClientOrderId for OCO legs), or by orderId.
// An isolated margin order also needs isIsolated: "TRUE".
const { data, error } = await client.GET("/sapi/v1/margin/order", {
  params: { query: { symbol: "BTCUSDT", origClientOrderId: "my-take-profit" } },
});

if (error) {
  console.error(`Binance rejected the query: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`${data.type} ${data.side} order ${data.orderId} (${data.clientOrderId}): ${data.status}`);
  console.log(`filled ${data.executedQty} of ${data.origQty} at limit ${data.price}, quote ${data.cummulativeQuoteQty}`);
}
