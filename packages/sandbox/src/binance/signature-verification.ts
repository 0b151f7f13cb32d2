import { createHmac, timingSafeEqual, verify } from "node:crypto";
import type { VerificationKey } from "../state/accounts.js";
import { decodeFormComponent } from "./raw-query.js";

const SIGNATURE_PARAMETER = "signature=";

/**
 * Splits a raw query into the signed payload and the decoded signature.
 *
 * Binance signs the bytes as sent with `signature` appended last, so the
 * payload is everything before `&signature=` and nothing is re-encoded.
 * Returns undefined when there is no trailing signature parameter.
 */
export function splitSignedQuery(
  rawQuery: string,
): { payload: string; signature: string } | undefined {
  const marker = `&${SIGNATURE_PARAMETER}`;
  const markerIndex = rawQuery.lastIndexOf(marker);
  let payload: string;
  let rawSignature: string;
  if (markerIndex !== -1) {
    payload = rawQuery.slice(0, markerIndex);
    rawSignature = rawQuery.slice(markerIndex + marker.length);
  } else if (rawQuery.startsWith(SIGNATURE_PARAMETER)) {
    payload = "";
    rawSignature = rawQuery.slice(SIGNATURE_PARAMETER.length);
  } else {
    return undefined;
  }
  // `signature` must be the last parameter: anything after it would be unsigned.
  if (rawSignature.includes("&")) return undefined;
  const signature = decodeFormComponent(rawSignature);
  return signature === undefined ? undefined : { payload, signature };
}

const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;

function verifyHmac(secret: string, payload: string, signature: string): boolean {
  if (!HEX_SHA256.test(signature)) return false;
  const expected = createHmac("sha256", secret).update(payload, "utf8").digest();
  return timingSafeEqual(expected, Buffer.from(signature, "hex"));
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** True iff `signature` is a valid signature of `payload` under the account's key. */
export function verifySignature(key: VerificationKey, payload: string, signature: string): boolean {
  if (key.keyType === "hmac") return verifyHmac(key.secret, payload, signature);
  if (!BASE64.test(signature)) return false;
  const signatureBytes = Buffer.from(signature, "base64");
  const data = Buffer.from(payload, "utf8");
  // RSA is PKCS#1 v1.5 over SHA-256; Ed25519 signs the message itself (no digest algorithm).
  const algorithm = key.keyType === "rsa" ? "sha256" : null;
  try {
    return verify(algorithm, data, key.publicKey, signatureBytes);
  } catch {
    return false;
  }
}
