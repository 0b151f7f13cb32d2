import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";
import { createUserDataStream, type StreamAccount } from "@sapi-kit/stream";

const client = createClient({ baseUrl: process.env.BINANCE_BASE_URL ?? "https://api.binance.com" });
// Credentials come from the environment, never from source code.
client.use(createSigner({ apiKey: process.env.BINANCE_API_KEY ?? "", apiSecret: process.env.BINANCE_API_SECRET ?? "", syncClock: true }));

// Ctrl-C unsubscribes, closes the connection and ends the loop below.
const controller = new AbortController();
process.once("SIGINT", () => controller.abort());

const name = (account: StreamAccount) => (account.type === "cross" ? "cross" : `isolated ${account.symbol}`);
const stream = createUserDataStream({
  client,
  // Binance's WebSocket API unless set (the sandbox's is sandbox.streamUrl).
  url: process.env.BINANCE_STREAM_URL,
  accounts: [{ type: "cross" }, { type: "isolated", symbol: "BTCUSDT" }],
  signal: controller.signal,
});

for await (const message of stream) {
  switch (message.type) {
    case "event":
      if (!message.known) {
        console.log(`${name(message.account)}: ${message.event.e} (a type this version does not know)`);
      } else if (message.event.e === "executionReport") {
        const { i, o, S, q, X, L } = message.event;
        console.log(`${name(message.account)}: order ${i} ${o} ${S} ${q} ${X}${X === "FILLED" ? ` at ${L}` : ""}`);
      } else if (message.event.e === "listStatus") {
        console.log(`${name(message.account)}: list ${message.event.g} ${message.event.L}`);
      }
      break;
    case "subscribed":
      console.log(`${name(message.account)}: ${message.renewal ? "renewed" : "subscribed"} until ${new Date(message.expirationTime).toISOString()}`);
      break;
    case "gap":
      // Events may be missing: read the open lists and trades of that interval over REST.
      console.log(`gap (${message.reason}) from ${message.from} to ${message.to}: ${message.accounts.map(name).join(", ")}`);
      break;
    case "malformed":
    case "error":
      console.error(`${message.type}: ${message.error.message}`);
      break;
  }
}
console.log("unsubscribed");
