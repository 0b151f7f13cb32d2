import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";
import { createUserDataStream, type StreamAccount } from "@sapi-kit/stream";

// This places an order, so there is no default host: BINANCE_BASE_URL is the sandbox's
// URL (`sapi-kit sandbox` prints it), or https://api.binance.com to trade for real.
const baseUrl = process.env.BINANCE_BASE_URL;
if (!baseUrl) throw new Error("Set BINANCE_BASE_URL: the sandbox's URL, or https://api.binance.com.");
// Binance's WebSocket API unless told otherwise; a sandbox serves it on its own port.
const url = process.env.BINANCE_STREAM_URL ?? "wss://ws-api.binance.com:443/ws-api/v3";

const client = createClient({ baseUrl });
client.use(createSigner({ apiKey: process.env.BINANCE_API_KEY ?? "", apiSecret: process.env.BINANCE_API_SECRET ?? "" }));

// Both accounts on one connection; every message says which one it is about.
const accounts: StreamAccount[] = [{ type: "cross" }, { type: "isolated", symbol: "BTCUSDT" }];
const label = (account: StreamAccount) => (account.type === "cross" ? "cross margin" : `isolated ${account.symbol}`);
const stream = createUserDataStream({ client, url, accounts });

const listClientOrderId = `my-oco-${Date.now()}`;
const subscribed = new Set<StreamAccount>();

// Leaving the loop (break, return or a throw) unsubscribes and closes the stream.
watching: for await (const message of stream) {
  switch (message.type) {
    case "subscribed":
      subscribed.add(message.account);
      // Every account is subscribed: from now on no event of theirs is missed.
      if (!message.renewal && subscribed.size === accounts.length) {
        console.log(`Watching ${accounts.map(label).join(" and ")} on one connection`);
        await placeOco();
      }
      break;
    case "event":
      if (!message.known) {
        // A type Binance added after this code was written: passed on, never an error.
        console.log(`${label(message.account)}: ${message.event.e} event`);
        break;
      }
      switch (message.event.e) {
        case "executionReport": {
          const { o, S, i, X, g } = message.event;
          console.log(`${label(message.account)}: ${o} ${S} order ${i} ${X} (order list ${g})`);
          break;
        }
        case "listStatus": {
          const { g, C, l, L } = message.event;
          console.log(`${label(message.account)}: order list ${g} ${l} / ${L}`);
          // React to the stream: cancel the list as soon as it works, stop once it is done.
          if (C === listClientOrderId && l === "EXEC_STARTED") await cancelOco();
          if (C === listClientOrderId && l === "ALL_DONE") break watching;
          break;
        }
        default:
          console.log(`${label(message.account)}: ${message.event.e}`);
      }
      break;
    case "gap":
      // Nothing was seen from `from` to `to`: ask the REST API what happened meanwhile.
      console.log(`Missed events from ${new Date(message.from).toISOString()} to ${new Date(message.to).toISOString()} (${message.reason})`);
      break;
    case "malformed":
      console.log(`Skipped a frame: ${message.error.message}`);
      break;
    case "error":
      // The stream retries by itself; this only tells you.
      console.error(`Stream: ${message.error.message}`);
      break;
  }
}
console.log("Stream closed: unsubscribed and disconnected");

async function placeOco(): Promise<void> {
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
  if (error) throw new Error(`Binance rejected the OCO: ${error.code} ${error.msg}`);
  console.log(`Placed order list ${data.orderListId} (${listClientOrderId})`);
}

async function cancelOco(): Promise<void> {
  const { error } = await client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "BTCUSDT", listClientOrderId } } });
  if (error) throw new Error(`Binance rejected the cancel: ${error.code} ${error.msg}`);
  console.log(`Cancelled order list ${listClientOrderId}`);
}
