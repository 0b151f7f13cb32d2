import { randomBase62 } from "../state/random-base62.js";

/** The margin account a token is for: the cross account, or the isolated account of one symbol. */
export type ListenTokenAccount = { readonly isIsolated: false } | { readonly isIsolated: true; readonly symbol: string };

/** One issued token: whose, for which account, and until when (sandbox clock, milliseconds). */
export interface ListenTokenRecord {
  readonly token: string;
  readonly apiKey: string;
  readonly account: ListenTokenAccount;
  readonly expirationTime: number;
}

/**
 * The listenTokens `POST /sapi/v1/userListenToken` issued, on the sandbox's
 * clock: a token is valid while the server time is before its
 * `expirationTime` (the server time at creation + `validity`), so a test
 * that advances the clock expires it without waiting. Every call issues a new
 * token; earlier ones stay valid until they expire (Binance's page says
 * nothing about revoking them, and a renewal must not cut off the stream it
 * renews).
 */
export interface ListenTokenStore {
  create(apiKey: string, account: ListenTokenAccount, validityMs: number): ListenTokenRecord;
  /** The token's record while it is valid; undefined when unknown or expired. */
  find(token: string): ListenTokenRecord | undefined;
}

/**
 * Token length: the example on Binance's page is 70 characters. Its alphabet
 * there includes `+` (base64); base62 keeps tokens safe in any URL or form
 * body without encoding.
 */
export const LISTEN_TOKEN_LENGTH = 70;

export function createListenTokenStore(serverTime: () => number): ListenTokenStore {
  const tokens = new Map<string, ListenTokenRecord>();

  function dropExpired(now: number): void {
    for (const [token, record] of tokens) if (record.expirationTime <= now) tokens.delete(token);
  }

  return {
    create(apiKey, account, validityMs) {
      const now = serverTime();
      // Expired tokens can never become valid again; dropping them keeps memory flat over long runs.
      dropExpired(now);
      let token = randomBase62(LISTEN_TOKEN_LENGTH);
      while (tokens.has(token)) token = randomBase62(LISTEN_TOKEN_LENGTH);
      const record: ListenTokenRecord = { token, apiKey, account, expirationTime: now + validityMs };
      tokens.set(token, record);
      return record;
    },
    find(token) {
      const record = tokens.get(token);
      return record !== undefined && serverTime() < record.expirationTime ? record : undefined;
    },
  };
}
