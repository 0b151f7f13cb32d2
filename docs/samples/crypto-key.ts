import { readFileSync } from "node:fs";
import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";

// Import the Ed25519 key once as a non-extractable WebCrypto CryptoKey: the
// key bytes cannot be read back out of it, and the signer never sees the PEM.
const pem = readFileSync(process.env.BINANCE_PRIVATE_KEY_FILE ?? "ed25519-private-key.pem", "utf8");
const der = Buffer.from(pem.replace(/-----(BEGIN|END) PRIVATE KEY-----|\s/g, ""), "base64");
const privateKey = await crypto.subtle.importKey("pkcs8", der, { name: "Ed25519" }, false, ["sign"]);

const client = createClient({ baseUrl: process.env.BINANCE_BASE_URL ?? "https://api.binance.com" });
client.use(createSigner({ apiKey: process.env.BINANCE_API_KEY ?? "", privateKey }));

// A signed read: the cross margin account's open order lists.
const { data, error } = await client.GET("/sapi/v1/margin/openOrderList");

if (error) {
  console.error(`Binance rejected the query: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`${data.length} open order list(s) (signed with a CryptoKey)`);
}
