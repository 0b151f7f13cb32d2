import { SignerConfigError } from "./errors.js";

/**
 * Decodes a PKCS#8 PEM ("BEGIN PRIVATE KEY") to DER. Any other PEM kind
 * (PKCS#1 "RSA PRIVATE KEY", encrypted, public) gets an error that says how
 * to convert it. The message never quotes the input.
 */
export function pkcs8PemToDer(pem: string): Uint8Array<ArrayBuffer> {
  const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(pem);
  const label = match?.[1];
  const body = match?.[2] ?? "";
  if (label !== "PRIVATE KEY" || body.includes(":")) {
    // Covers PKCS#1 ("RSA PRIVATE KEY"), encrypted keys (label or "Proc-Type:" header), public keys, non-PEM.
    throw new SignerConfigError(
      "privateKey must be an unencrypted PKCS#8 PEM or a CryptoKey (convert: openssl pkcs8 -topk8 -nocrypt -in key.pem)",
    );
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
