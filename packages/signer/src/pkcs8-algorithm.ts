import { bytesToHex } from "./encodings.js";
import { SignerConfigError } from "./errors.js";

export type AsymmetricKeyType = "rsa" | "ed25519";

/** One message for every unusable PKCS#8 key: the details would only hint at the key's content. */
export const UNUSABLE_KEY = "privateKey is not a valid RSA or Ed25519 PKCS#8 private key.";

// DER OBJECT IDENTIFIER elements (tag 06, length, value), as hex.
const RSA_ENCRYPTION = "06092a864886f70d010101"; // 1.2.840.113549.1.1.1
const ED25519 = "06032b6570"; // 1.3.101.112

/**
 * Reads the algorithm of a PKCS#8 PrivateKeyInfo:
 * SEQUENCE { INTEGER version, SEQUENCE { OID algorithm, ... }, OCTET STRING key }.
 * WebCrypto needs the algorithm up front, and the key itself is the only
 * trustworthy place to learn it. The AlgorithmIdentifier ends within the first
 * 21 bytes for both key types, before any key material, so looking for the OID
 * element there is exact and far smaller than a general DER reader.
 */
export function pkcs8KeyType(der: Uint8Array): AsymmetricKeyType {
  const header = bytesToHex(der.subarray(0, 21));
  if (header.includes(ED25519)) return "ed25519";
  if (header.includes(RSA_ENCRYPTION)) return "rsa";
  throw new SignerConfigError(UNUSABLE_KEY);
}
