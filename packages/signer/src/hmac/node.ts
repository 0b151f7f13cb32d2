// `@sapi-kit/signer/hmac` on Node (`node` export condition): as ./index.ts,
// with HMAC on node:crypto and fetch's error codes read, like the main entry's Node build.
import { type Signer, createSignerWith } from "../create-signer.js";
import { directSigner } from "../direct-signer.js";
import { fetchErrorProvesNotSent } from "../fetch-error-codes.js";
import { createNodeHmacSigner } from "../hmac-node.js";
import { hmacOnlySigner } from "../hmac-only-signer.js";
import type { HmacSignerOptions } from "../options.js";

export * from "../public-api.js";

/** Creates the HMAC signing middleware: register it LAST with `client.use(signer)`. */
export function createSigner(options: HmacSignerOptions): Signer {
  // With the signer's side of @sapi-kit/client's shortcut on Node (direct-signer.ts).
  return createSignerWith(hmacOnlySigner(createNodeHmacSigner), options, fetchErrorProvesNotSent, directSigner(options, fetchErrorProvesNotSent));
}
