import { createClient } from "@sapi-kit/client";
import { createSigner, UnknownExecutionStatusError } from "@sapi-kit/signer";

// This places an order, so there is no default host: set BINANCE_BASE_URL to the
// sandbox's URL, or to https://api.binance.com to trade for real.
const baseUrl = process.env.BINANCE_BASE_URL;
if (!baseUrl) throw new Error("Set BINANCE_BASE_URL: the sandbox's URL, or https://api.binance.com.");
const client = createClient({ baseUrl });
client.use(
  createSigner({
    apiKey: process.env.BINANCE_API_KEY ?? "",
    apiSecret: process.env.BINANCE_API_SECRET ?? "",
  }),
);

// Your own id for the list, new on every run: it is how you find the list again when the answer is lost.
const listClientOrderId = `my-oco-${Date.now()}`;

type Placement =
  | { kind: "executed"; orderListId: number }
  | { kind: "rejected"; code: number; msg: string }
  | { kind: "unknown"; reason: string };

async function placeOco(): Promise<Placement> {
  try {
    const { data, error } = await client.POST("/sapi/v1/margin/order/oco", {
      params: {
        query: {
          symbol: "BTCUSDT",
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
    // HTTP 4xx: Binance refused it and placed nothing; the code says why.
    if (error) return { kind: "rejected", code: error.code, msg: error.msg };
    return { kind: "executed", orderListId: data.orderListId };
  } catch (thrown) {
    // HTTP 5xx, -1007 or a lost connection: the list may or may not exist.
    if (thrown instanceof UnknownExecutionStatusError) return { kind: "unknown", reason: thrown.message };
    throw thrown;
  }
}

/** After an unknown outcome, ask Binance before placing anything again. */
async function reconcile(): Promise<string> {
  const { data, error } = await client.GET("/sapi/v1/margin/orderList", {
    params: { query: { origClientOrderId: listClientOrderId } },
  });
  if (data) return `it was placed: order list ${data.orderListId} is ${data.listOrderStatus}`;
  // -2013 "Order does not exist.": nothing was placed, placing it again is safe.
  if (error.code === -2013) return "it was not placed: safe to place it again";
  return `still unknown (${error.code} ${error.msg}): ask again before placing it`;
}

const outcome = await placeOco();
switch (outcome.kind) {
  case "executed":
    console.log(`executed: order list ${outcome.orderListId}`);
    break;
  case "rejected":
    console.log(`rejected: ${outcome.code} ${outcome.msg}`);
    break;
  case "unknown":
    // Never resend blindly: a second OCO would double the position.
    console.log(`unknown (${outcome.reason}); reconciling: ${await reconcile()}`);
    break;
}
