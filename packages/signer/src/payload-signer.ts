/**
 * Signs the exact payload string (query string + form body) and returns the
 * signature as Binance expects it before URL encoding: lowercase hex for HMAC,
 * base64 for RSA and Ed25519. Sync results are allowed so a native HMAC does
 * not pay for a promise.
 */
export type PayloadSigner = (payload: string) => string | Promise<string>;

/** Builds the HMAC-SHA256 signer for one API secret; swapped per runtime by the entry point. */
export type HmacSignerFactory = (apiSecret: string) => PayloadSigner;
