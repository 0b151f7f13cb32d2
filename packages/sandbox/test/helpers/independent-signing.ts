import { createHmac, sign } from "node:crypto";
import type { SandboxAccount } from "../../src/index.js";

/**
 * Signs like Binance documents it, with node:crypto only: the sandbox is the
 * independent verifier of @sapi-kit/signer, so its own tests must not use it.
 */
export function signPayload(account: SandboxAccount, payload: string): string {
  if (account.keyType === "hmac") {
    if (!account.apiSecret) throw new Error("HMAC account without secret");
    return createHmac("sha256", account.apiSecret).update(payload).digest("hex");
  }
  if (!account.privateKeyPem) throw new Error("no private key for this account");
  const algorithm = account.keyType === "rsa" ? "sha256" : null;
  return sign(algorithm, Buffer.from(payload), account.privateKeyPem).toString("base64");
}

/** `payload&signature=<percent-encoded signature>`. */
export function withSignature(account: SandboxAccount, payload: string): string {
  const signature = encodeURIComponent(signPayload(account, payload));
  return payload === "" ? `signature=${signature}` : `${payload}&signature=${signature}`;
}

/**
 * encodeURIComponent plus `!'()*`: fetch's URL parser rewrites a literal `'`
 * to `%27` after signing, so a query meant for fetch must already be in the
 * form it will be sent in.
 */
export const encodeStrict = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

export type QueryParams = Record<string, string | number | boolean>;

/** Encodes params in insertion order, then `timestamp` unless given. */
export function unsignedQuery(params: QueryParams, timestamp: number): string {
  const entries = Object.entries(params).map(([name, value]) => [name, String(value)]);
  if (!("timestamp" in params)) entries.push(["timestamp", String(timestamp)]);
  return entries.map(([name, value]) => `${encodeStrict(name ?? "")}=${encodeStrict(value ?? "")}`).join("&");
}
