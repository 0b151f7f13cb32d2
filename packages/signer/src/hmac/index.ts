// `@sapi-kit/signer/hmac`, default build: the main entry's API for apps that
// sign with an HMAC secret only. createSigner takes `{ apiKey, apiSecret, ... }`
// and no `privateKey`, so bundles leave out the PEM, RSA and Ed25519 code.
// WebCrypto HMAC, any runtime; Node resolves the `node` condition (./node.ts).
import { type Signer, createSignerWith } from "../create-signer.js";
import { createWebCryptoHmacSigner } from "../hmac-webcrypto.js";
import { hmacOnlySigner } from "../hmac-only-signer.js";
import type { HmacSignerOptions } from "../options.js";

export * from "../public-api.js";

/** Creates the HMAC signing middleware: register it LAST with `client.use(signer)`. */
export function createSigner(options: HmacSignerOptions): Signer {
  return createSignerWith(hmacOnlySigner(createWebCryptoHmacSigner), options);
}
