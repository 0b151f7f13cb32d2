import { createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { randomBase62 } from "./random-base62.js";

export type KeyType = "hmac" | "rsa" | "ed25519";

/** How to create an account: let the sandbox generate keys, or register your own. */
export type CreateAccountOptions =
  | { type: KeyType; apiKey?: string }
  | { apiKey?: string; apiSecret: string }
  | { apiKey?: string; publicKey: string };

/**
 * What `createAccount` hands back. Secrets are returned to the caller who asked
 * for them and are never written to the request log or to error messages.
 */
export interface SandboxAccount {
  readonly apiKey: string;
  readonly keyType: KeyType;
  /** HMAC accounts only. */
  readonly apiSecret?: string;
  /** Generated RSA / Ed25519 pairs only (PKCS#8 PEM); absent when you registered your own public key. */
  readonly privateKeyPem?: string;
  /** RSA / Ed25519 accounts (SPKI PEM). */
  readonly publicKeyPem?: string;
}

/** What the server keeps to verify signatures. */
export type VerificationKey =
  | { readonly keyType: "hmac"; readonly secret: string }
  | { readonly keyType: "rsa" | "ed25519"; readonly publicKey: KeyObject };

export interface AccountRecord {
  readonly apiKey: string;
  readonly verificationKey: VerificationKey;
}

export interface AccountRegistry {
  create(options: CreateAccountOptions): SandboxAccount;
  find(apiKey: string): AccountRecord | undefined;
  apiKeys(): string[];
}

/** Binance API keys are 64 base62 characters; generated ones look the same. */
const generateApiKey = (): string => randomBase62(64);

function asymmetricKeyType(publicKey: KeyObject): "rsa" | "ed25519" {
  const type = publicKey.asymmetricKeyType;
  if (type === "rsa" || type === "ed25519") return type;
  throw new TypeError(`Unsupported public key type '${type}': use an RSA or Ed25519 key.`);
}

function generatePair(type: "rsa" | "ed25519"): { publicKey: string; privateKey: string } {
  const publicKeyEncoding = { type: "spki", format: "pem" } as const;
  const privateKeyEncoding = { type: "pkcs8", format: "pem" } as const;
  if (type === "rsa") {
    return generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding, privateKeyEncoding });
  }
  return generateKeyPairSync("ed25519", { publicKeyEncoding, privateKeyEncoding });
}

function build(options: CreateAccountOptions): { account: SandboxAccount; key: VerificationKey } {
  const apiKey = options.apiKey ?? generateApiKey();
  if ("apiSecret" in options) {
    if (options.apiSecret.length === 0) throw new TypeError("apiSecret must not be empty.");
    return {
      account: { apiKey, keyType: "hmac", apiSecret: options.apiSecret },
      key: { keyType: "hmac", secret: options.apiSecret },
    };
  }
  if ("publicKey" in options) {
    const publicKey = createPublicKey(options.publicKey);
    const keyType = asymmetricKeyType(publicKey);
    const publicKeyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
    return { account: { apiKey, keyType, publicKeyPem }, key: { keyType, publicKey } };
  }
  if (options.type === "hmac") {
    const apiSecret = randomBase62(64);
    return {
      account: { apiKey, keyType: "hmac", apiSecret },
      key: { keyType: "hmac", secret: apiSecret },
    };
  }
  if (options.type !== "rsa" && options.type !== "ed25519") {
    throw new TypeError(`Unknown key type '${String(options.type)}': use hmac, rsa or ed25519.`);
  }
  const pair = generatePair(options.type);
  return {
    account: {
      apiKey,
      keyType: options.type,
      privateKeyPem: pair.privateKey,
      publicKeyPem: pair.publicKey,
    },
    key: { keyType: options.type, publicKey: createPublicKey(pair.publicKey) },
  };
}

export function createAccountRegistry(): AccountRegistry {
  const records = new Map<string, AccountRecord>();
  return {
    create(options) {
      const { account, key } = build(options);
      if (account.apiKey.length === 0 || /\s/.test(account.apiKey)) {
        throw new TypeError("apiKey must be a non-empty string without whitespace.");
      }
      if (records.has(account.apiKey)) {
        throw new TypeError(`An account with apiKey '${maskApiKey(account.apiKey)}' already exists.`);
      }
      records.set(account.apiKey, { apiKey: account.apiKey, verificationKey: key });
      return account;
    },
    find: (apiKey) => records.get(apiKey),
    apiKeys: () => [...records.keys()],
  };
}

/** API keys are not secrets, but logs show only a prefix so a log never doubles as a key list. */
export function maskApiKey(apiKey: string): string {
  return apiKey.length <= 8 ? `${apiKey.slice(0, 2)}…` : `${apiKey.slice(0, 6)}…`;
}
