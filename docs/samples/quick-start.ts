import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";

// Credentials come from the environment, never from source code.
// BINANCE_BASE_URL points the same code at the loopback sandbox in tests.
const client = createClient({ baseUrl: process.env.BINANCE_BASE_URL ?? "https://api.binance.com" });
client.use(
  createSigner({
    apiKey: process.env.BINANCE_API_KEY ?? "",
    apiSecret: process.env.BINANCE_API_SECRET ?? "",
  }),
);

// Name the OCO by the listClientOrderId you gave it when you placed it
// (or by its orderListId). timestamp and signature are added by the signer.
const { data, error, response } = await client.DELETE("/sapi/v1/margin/orderList", {
  params: { query: { symbol: "LTCBTC", listClientOrderId: "my-oco-1" } },
});

if (error) {
  // A typed Binance error body, e.g. { code: -2011, msg: "Unknown order list sent." }.
  console.error(`HTTP ${response.status}: Binance rejected the cancel (${error.code} ${error.msg})`);
  process.exitCode = 1;
} else {
  for (const report of data.orderReports) {
    console.log(`${report.type} order ${report.orderId}: ${report.status}`);
  }
  console.log(`Order list ${data.orderListId} is ${data.listOrderStatus}`);
}
