// Node entry (`node` export condition): same API as ./index.ts, but HMAC
// runs on node:crypto, which is markedly faster than WebCrypto on Node 20.
// RSA and Ed25519 still use WebCrypto. Here fetch's errors say which phase
// failed, so they can prove a request was never sent (fetch-error-codes.ts).
import { anyKeySigner } from "./any-key-signer.js";
import { type Signer, createSignerWith } from "./create-signer.js";
import { directSigner } from "./direct-signer.js";
import { fetchErrorProvesNotSent } from "./fetch-error-codes.js";
import { createNodeHmacSigner } from "./hmac-node.js";
import type { SignerOptions } from "./options.js";

export * from "./public-api.js";

/** Creates the signing middleware: register it LAST with `client.use(signer)`. */
export function createSigner(options: SignerOptions): Signer {
  // With the signer's side of @sapi-kit/client's shortcut on Node (direct-signer.ts).
  return createSignerWith(anyKeySigner(createNodeHmacSigner), options, fetchErrorProvesNotSent, directSigner(options, fetchErrorProvesNotSent));
}
