import { SignerConfigError } from "./errors.js";

export type AsymmetricKeyType = "rsa" | "ed25519";

// DER-encoded OBJECT IDENTIFIER contents, as hex.
const KEY_TYPES: Record<string, AsymmetricKeyType> = {
  "2a864886f70d010101": "rsa", // 1.2.840.113549.1.1.1 rsaEncryption
  "2b6570": "ed25519", // 1.3.101.112 Ed25519
};

const OBJECT_IDENTIFIER = 6;

/**
 * Reads the algorithm of a PKCS#8 PrivateKeyInfo:
 * SEQUENCE { INTEGER version, SEQUENCE { OID algorithm, ... }, OCTET STRING key }.
 * WebCrypto needs the algorithm up front, and the key itself is the only
 * trustworthy place to learn it.
 */
export function pkcs8KeyType(der: Uint8Array): AsymmetricKeyType {
  let position = 0;
  // Moves `position` to the content of the element at `position`; returns the content's end.
  const enter = (): number => {
    let length = der[position + 1] ?? 0;
    position += 2;
    if (length > 0x80) {
      // Long form: the low bits count the big-endian length bytes that follow.
      let lengthBytes = length & 0x7f;
      for (length = 0; lengthBytes-- > 0; ) length = length * 256 + (der[position++] ?? 0);
    }
    return position + length;
  };
  enter(); // PrivateKeyInfo
  position = enter(); // skip the version
  enter(); // AlgorithmIdentifier
  const isOid = der[position] === OBJECT_IDENTIFIER;
  const end = Math.min(enter(), der.length);
  let oid = "";
  while (position < end) oid += (der[position++] as number).toString(16).padStart(2, "0");
  const keyType = isOid ? KEY_TYPES[oid] : undefined;
  if (keyType === undefined) {
    throw new SignerConfigError("privateKey is not an RSA or Ed25519 PKCS#8 private key.");
  }
  return keyType;
}
