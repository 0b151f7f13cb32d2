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

// Open and finished order lists of the cross margin account. Page with fromId,
// or bound by startTime / endTime (not both ways at once); limit is at most 1000.
const { data, error } = await client.GET("/sapi/v1/margin/allOrderList", {
  params: { query: { limit: 10 } },
});

if (error) {
  console.error(`Binance rejected the query: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  for (const list of data) {
    console.log(`${list.contingencyType} ${list.orderListId} (${list.listClientOrderId}) on ${list.symbol}: ${list.listOrderStatus}`);
  }
}
