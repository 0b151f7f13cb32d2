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

// A token for the isolated BTCUSDT margin account, valid for one hour; leave
// both out for the cross margin account. Subscribe with it on the WebSocket
// API (userDataStream.subscribe.listenToken) before it expires.
const { data, error } = await client.POST("/sapi/v1/userListenToken", {
  params: { query: { isIsolated: "true", symbol: "BTCUSDT", validity: 3_600_000 } },
});

if (error) {
  console.error(`Binance rejected the request: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  const expires = new Date(data.expirationTime).toISOString();
  console.log(`listenToken for isolated BTCUSDT, valid until ${expires}`);
}
