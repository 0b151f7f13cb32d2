import { type BinanceError, createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";

// This places an order, so there is no default host: set BINANCE_BASE_URL to the
// sandbox's URL, or to https://api.binance.com to trade for real.
const baseUrl = process.env.BINANCE_BASE_URL;
if (!baseUrl) throw new Error("Set BINANCE_BASE_URL: the sandbox's URL, or https://api.binance.com.");
const client = createClient({ baseUrl });
// Credentials come from the environment, never from source code.
client.use(
  createSigner({
    apiKey: process.env.BINANCE_API_KEY ?? "",
    apiSecret: process.env.BINANCE_API_SECRET ?? "",
  }),
);

const symbol = "BTCUSDT";
// Your own id for the list, new on every run: every later step names the list by it.
const listClientOrderId = `my-oco-${Date.now()}`;

function rejected(step: string, error: BinanceError): void {
  console.error(`${step}: Binance rejected it (${error.code} ${error.msg})`);
  process.exitCode = 1;
}

async function walkThrough(): Promise<void> {
  // 1. Place: sell 0.01 BTC at 61000 (LIMIT_MAKER) or stop out at 59000 (limit 58900).
  const placed = await client.POST("/sapi/v1/margin/order/oco", {
    params: {
      query: {
        symbol,
        listClientOrderId,
        side: "SELL",
        quantity: "0.01",
        price: "61000",
        stopPrice: "59000",
        stopLimitPrice: "58900",
        stopLimitTimeInForce: "GTC",
      },
    },
  });
  if (placed.error) return rejected("1. place", placed.error);
  console.log(`1. placed order list ${placed.data.orderListId} (${listClientOrderId}): ${placed.data.listOrderStatus}`);

  // 2. The open lists of the cross margin account include it.
  const open = await client.GET("/sapi/v1/margin/openOrderList");
  if (open.error) return rejected("2. open lists", open.error);
  const isOpen = open.data.some((list) => list.listClientOrderId === listClientOrderId);
  console.log(`2. open: ${isOpen ? "yes" : "no"} (${open.data.length} open list(s) in all)`);

  // 3. Query it by your id.
  const one = await client.GET("/sapi/v1/margin/orderList", {
    params: { query: { origClientOrderId: listClientOrderId } },
  });
  if (one.error) return rejected("3. query", one.error);
  console.log(`3. queried by its id: ${one.data.listStatusType} / ${one.data.listOrderStatus}, ${one.data.orders.length} orders`);

  // 4. Cancel it: both orders end.
  const cancelled = await client.DELETE("/sapi/v1/margin/orderList", {
    params: { query: { symbol, listClientOrderId } },
  });
  if (cancelled.error) return rejected("4. cancel", cancelled.error);
  const statuses = cancelled.data.orderReports.map((report) => `${report.type} ${report.status}`);
  console.log(`4. cancelled: ${cancelled.data.listOrderStatus} (${statuses.join(", ")})`);

  // 5. The "all" lists keep it, now done.
  const all = await client.GET("/sapi/v1/margin/allOrderList", { params: { query: { limit: 10 } } });
  if (all.error) return rejected("5. all lists", all.error);
  const mine = all.data.find((list) => list.listClientOrderId === listClientOrderId);
  console.log(`5. in the all lists: ${mine ? `${mine.orderListId} ${mine.listOrderStatus}` : "not found"}`);
}

await walkThrough();
