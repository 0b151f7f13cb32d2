import { SignerConfigError } from "./errors.js";

const BEGIN = "-----BEGIN ";
const LABEL = "PRIVATE KEY-----";
const END = `-----END ${LABEL}`;

/**
 * Decodes a PKCS#8 PEM ("BEGIN PRIVATE KEY") to DER. Any other PEM kind
 * (PKCS#1 "RSA PRIVATE KEY", encrypted, public) gets an error that says how
 * to convert it. The message never quotes the input.
 *
 * Only the first PEM block counts, and it is found with `indexOf`, never a
 * backtracking regex: the scan stays linear on hostile multi-megabyte input.
 */
export function pkcs8PemToDer(pem: string): Uint8Array<ArrayBuffer> {
  const begin = pem.indexOf(BEGIN) + BEGIN.length;
  const end = begin >= BEGIN.length && pem.startsWith(LABEL, begin) ? pem.indexOf(END, begin + LABEL.length) : -1;
  const body = end < 0 ? ":" : pem.slice(begin + LABEL.length, end);
  if (body.includes(":")) {
    // Covers PKCS#1 ("RSA PRIVATE KEY"), encrypted keys (label or "Proc-Type:" header), public keys, non-PEM.
    throw new SignerConfigError("privateKey must be an unencrypted PKCS#8 PEM (openssl pkcs8 -topk8 -nocrypt) or a CryptoKey.");
  }
  // Undecodable base64 becomes an empty key, which the DER check then rejects with a clear message.
  let binary: string;
  try {
    binary = atob(body.replace(/\s+/g, ""));
  } catch {
    binary = "";
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
