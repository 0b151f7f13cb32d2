/** One UTF-8 encoder for every signer (the payload and the HMAC secret go to WebCrypto as bytes). */
export const encoder = new TextEncoder();

export const bytesToHex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");

// A signature is at most 512 bytes (RSA-4096): one spread call takes them all.
export const bytesToBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
