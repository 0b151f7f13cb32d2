import { createPublicKey } from "node:crypto";
import vectorsFile from "../vectors/signing.json" with { type: "json" };

export const vectors = vectorsFile;

export const API_KEY = vectorsFile.keys.hmac.apiKey;
export const API_SECRET = vectorsFile.keys.hmac.apiSecret;
export const RSA_PEM = vectorsFile.keys.rsa.pem;
export const ED25519_PEM = vectorsFile.keys.ed25519.pem;

/** Public halves derived with node:crypto, independently of the signer. */
export const RSA_PUBLIC_KEY = createPublicKey(RSA_PEM);
export const ED25519_PUBLIC_KEY = createPublicKey(ED25519_PEM);

export type KeyKind = "hmac" | "rsa" | "ed25519";
