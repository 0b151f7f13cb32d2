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

// timestamp and signature are added by the signer; pass orderListId or listClientOrderId.
const { data, error } = await client.DELETE("/sapi/v1/margin/orderList", {
  params: { query: { symbol: "LTCBTC", orderListId: 0 } },
});

if (error) {
  console.error(`Binance rejected the cancel: ${error.code} ${error.msg}`);
} else {
  console.log(`Order list ${data.orderListId} is now ${data.listOrderStatus}`);
}
