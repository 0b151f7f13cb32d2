// An independent verifier: node:crypto only, never the signer's code.
import { createHmac, timingSafeEqual, verify } from "node:crypto";
import { API_SECRET, ED25519_PUBLIC_KEY, type KeyKind, RSA_PUBLIC_KEY } from "./keys.js";

export interface SignedParts {
  /** Exactly the bytes before `&signature=`: what the signature must cover. */
  payload: string;
  /** The signature value, URL-decoded. */
  signature: string;
}

/** Splits `...&signature=<value>` off the end of a raw query or form body. */
export function splitSignature(raw: string): SignedParts {
  const marker = raw.lastIndexOf("&signature=");
  if (marker === -1 || raw.indexOf("&", marker + 1) !== -1) throw new Error(`signature is not the last parameter: ${raw}`);
  return { payload: raw.slice(0, marker), signature: decodeURIComponent(raw.slice(marker + "&signature=".length)) };
}

export function verifySignature(kind: KeyKind, payload: string, signature: string): boolean {
  const data = Buffer.from(payload, "utf8");
  if (kind === "hmac") {
    const expected = createHmac("sha256", API_SECRET).update(data).digest();
    const given = Buffer.from(signature, "hex");
    return /^[0-9a-f]{64}$/.test(signature) && timingSafeEqual(expected, given);
  }
  const bytes = Buffer.from(signature, "base64");
  return kind === "rsa" ? verify("sha256", data, RSA_PUBLIC_KEY, bytes) : verify(null, data, ED25519_PUBLIC_KEY, bytes);
}

/** Strict form decoding as a server would: split on & and =, then percent-decode (no `+` -> space). */
export function decodeParams(raw: string): [string, string][] {
  if (raw === "") return [];
  return raw.split("&").map((pair) => {
    const equals = pair.indexOf("=");
    return [decodeURIComponent(pair.slice(0, equals)), decodeURIComponent(pair.slice(equals + 1))];
  });
}
