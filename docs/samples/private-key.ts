import { readFileSync } from "node:fs";
import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";

// An RSA or Ed25519 private key in PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----").
// The signer reads the key type from the key itself; the API key is the one
// Binance showed when you registered the matching public key.
const privateKey = readFileSync(process.env.BINANCE_PRIVATE_KEY_FILE ?? "private-key.pem", "utf8");

const client = createClient({ baseUrl: process.env.BINANCE_BASE_URL ?? "https://api.binance.com" });
client.use(createSigner({ apiKey: process.env.BINANCE_API_KEY ?? "", privateKey }));

// The open order lists of the isolated BTCUSDT margin account: isIsolated and the
// symbol must say so, or Binance reads the cross margin account instead.
const { data, error } = await client.GET("/sapi/v1/margin/openOrderList", {
  params: { query: { isIsolated: "TRUE", symbol: "BTCUSDT" } },
});

if (error) {
  console.error(`Binance rejected the query: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`Isolated BTCUSDT account: ${data.length} open order list(s)`);
  for (const list of data) console.log(`${list.contingencyType} ${list.orderListId} (${list.listClientOrderId}): ${list.listOrderStatus}`);
}
