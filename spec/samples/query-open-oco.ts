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

// The cross margin account's open order lists; for an isolated account pass
// isIsolated: "TRUE" and the symbol.
const { data, error } = await client.GET("/sapi/v1/margin/openOrderList");

if (error) {
  console.error(`Binance rejected the query: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`${data.length} open order list(s)`);
  for (const list of data) {
    console.log(`${list.contingencyType} ${list.orderListId} (${list.listClientOrderId}) on ${list.symbol}: ${list.listOrderStatus}`);
  }
}
