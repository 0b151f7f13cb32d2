import { readFileSync } from "node:fs";
import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";

// An RSA or Ed25519 private key in PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----").
// The signer reads the key type from the key itself; the API key is the one
// Binance showed when you registered the matching public key.
const privateKey = readFileSync(process.env.BINANCE_PRIVATE_KEY_FILE ?? "private-key.pem", "utf8");

const client = createClient({ baseUrl: process.env.BINANCE_BASE_URL ?? "https://api.binance.com" });
client.use(createSigner({ apiKey: process.env.BINANCE_API_KEY ?? "", privateKey }));

// An OCO on an isolated margin account: isIsolated must say so, or Binance
// answers -2011 (unknown order).
const { data, error } = await client.DELETE("/sapi/v1/margin/orderList", {
  params: { query: { symbol: "BTCUSDT", isIsolated: "TRUE", listClientOrderId: "my-isolated-oco" } },
});

if (error) {
  console.error(`Binance rejected the cancel: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`Isolated order list ${data.listClientOrderId} is ${data.listOrderStatus}`);
}
