import { bytesToBase64, encoder } from "./encodings.js";
import { SignerConfigError } from "./errors.js";
import type { PayloadSigner } from "./payload-signer.js";
import { pkcs8PemToDer } from "./pem.js";
import { type AsymmetricKeyType, UNUSABLE_KEY, pkcs8KeyType } from "./pkcs8-algorithm.js";

const ALGORITHMS = {
  rsa: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
  ed25519: { name: "Ed25519" },
} as const;

function cryptoKeyType(key: CryptoKey): AsymmetricKeyType {
  // Optional chaining: anything that is not a CryptoKey falls through to the error.
  const algorithm = key?.algorithm as (KeyAlgorithm & { hash?: { name?: string } }) | undefined;
  if (key?.type === "private" && key.usages?.includes("sign")) {
    if (algorithm?.name === "Ed25519") return "ed25519";
    if (algorithm?.name === "RSASSA-PKCS1-v1_5" && algorithm.hash?.name === "SHA-256") return "rsa";
  }
  throw new SignerConfigError("privateKey must be a PKCS#8 PEM or a private RSASSA-PKCS1-v1_5 (SHA-256) or Ed25519 CryptoKey.");
}

/**
 * RSA (PKCS#1 v1.5, SHA-256) or Ed25519 signer from a PKCS#8 PEM or a
 * CryptoKey. The key type is read from the key itself; shape problems throw
 * now, the WebCrypto import happens once on first use.
 */
export function createAsymmetricSigner(privateKey: string | CryptoKey): PayloadSigner {
  let keyType: AsymmetricKeyType;
  let key: CryptoKey | Promise<CryptoKey> | undefined;
  let importKey: () => Promise<CryptoKey>;
  if (typeof privateKey === "string") {
    const der = pkcs8PemToDer(privateKey);
    keyType = pkcs8KeyType(der);
    importKey = () =>
      crypto.subtle.importKey("pkcs8", der, ALGORITHMS[keyType], false, ["sign"]).catch(() => {
        // The platform's message is dropped on purpose: nothing about the key may leak.
        throw new SignerConfigError(UNUSABLE_KEY);
      });
  } else {
    keyType = cryptoKeyType(privateKey);
    key = privateKey;
  }
  const algorithm = ALGORITHMS[keyType];
  return async (payload) => {
    // Imported once, on first use, so createSigner() stays synchronous.
    key ??= importKey();
    return bytesToBase64(new Uint8Array(await crypto.subtle.sign(algorithm, await key, encoder.encode(payload))));
  };
}
