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

const { data, error } = await client.DELETE("/sapi/v1/margin/orderList", {
  params: { query: { symbol: "LTCBTC", orderListId: 0 } },
});

if (error) {
  console.error(`Binance rejected the cancel: ${error.code} ${error.msg}`);
  process.exitCode = 1;
} else {
  console.log(`Order list ${data.orderListId} is ${data.listOrderStatus} (signed with a CryptoKey)`);
}
