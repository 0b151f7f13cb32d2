import { SignerConfigError } from "./errors.js";
import type { HmacSignerOptions } from "./options.js";
import type { HmacSignerFactory, PayloadSigner } from "./payload-signer.js";

/**
 * The `@sapi-kit/signer/hmac` entries' key choice: `apiSecret` only. Nothing
 * here imports the PEM, RSA or Ed25519 code, so a bundle of these entries
 * does not carry it. A `privateKey` is refused with the entry to use instead.
 */
export function hmacOnlySigner(createHmacSigner: HmacSignerFactory): (options: HmacSignerOptions) => PayloadSigner {
  return (options) => {
    if (options.apiSecret === undefined) {
      throw new SignerConfigError("@sapi-kit/signer/hmac signs with apiSecret only; a privateKey needs the main entry, @sapi-kit/signer.");
    }
    return createHmacSigner(options.apiSecret);
  };
}
