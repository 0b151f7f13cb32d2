import { bytesToHex, encoder } from "./encodings.js";
import type { PayloadSigner } from "./payload-signer.js";

/** HMAC-SHA256 through WebCrypto: works in every runtime with `crypto.subtle`. */
export function createWebCryptoHmacSigner(apiSecret: string): PayloadSigner {
  let key: Promise<CryptoKey> | undefined;
  return async (payload) => {
    // Imported once, on first use, so createSigner() stays synchronous.
    key ??= crypto.subtle.importKey("raw", encoder.encode(apiSecret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    return bytesToHex(new Uint8Array(await crypto.subtle.sign("HMAC", await key, encoder.encode(payload))));
  };
}
