// Default entry: WebCrypto only, so it runs in browsers, Deno, Bun, edge
// runtimes and Node. Node resolves the `node` export condition (./node.ts).
import { anyKeySigner } from "./any-key-signer.js";
import { type Signer, createSignerWith } from "./create-signer.js";
import { createWebCryptoHmacSigner } from "./hmac-webcrypto.js";
import type { SignerOptions } from "./options.js";

export * from "./public-api.js";

/** Creates the signing middleware: register it LAST with `client.use(signer)`. */
export function createSigner(options: SignerOptions): Signer {
  return createSignerWith(anyKeySigner(createWebCryptoHmacSigner), options);
}
