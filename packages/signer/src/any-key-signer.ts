import { createAsymmetricSigner } from "./asymmetric-signer.js";
import type { SignerOptions } from "./options.js";
import type { HmacSignerFactory, PayloadSigner } from "./payload-signer.js";

/** The main entries' key choice: HMAC with `apiSecret`, else RSA or Ed25519 from `privateKey` (PEM parsed now, so a bad one throws in createSigner). */
export function anyKeySigner(createHmacSigner: HmacSignerFactory): (options: SignerOptions) => PayloadSigner {
  return (options) =>
    options.apiSecret !== undefined
      ? createHmacSigner(options.apiSecret)
      : createAsymmetricSigner(options.privateKey as string | CryptoKey);
}
