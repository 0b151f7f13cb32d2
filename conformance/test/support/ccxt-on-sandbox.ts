// How both ccxt suites (REST and watchOrders) reach the sandbox: by
// configuration only, never a patch of ccxt's code.
import type { SandboxAccount } from "@sapi-kit/sandbox";

/**
 * The constructor settings: the account's key (ccxt reads one `secret`:
 * an HMAC secret, or a PEM for RSA / Ed25519), no client-side throttle (it
 * only slows the tests down), no /api/v3/time before signing, and markets
 * from spot only (GET /api/v3/exchangeInfo): by default loadMarkets also
 * asks for futures markets on other hosts, margin pairs and coin
 * configuration, which the sandbox does not serve and no margin order call
 * needs (the sandbox README, "Markets for unified clients").
 */
export function ccxtSettings(account: SandboxAccount) {
  return {
    apiKey: account.apiKey,
    secret: account.keyType === "hmac" ? account.apiSecret : account.privateKeyPem,
    enableRateLimit: false,
    options: {
      adjustForTimeDifference: false,
      fetchMarkets: { types: ["spot"] },
      fetchMargins: false,
      fetchCurrencies: false,
    },
  };
}

/** ccxt's REST addresses (`urls.api`) with the public and sapi tables on the sandbox. */
export function sandboxRestUrls<Api extends object>(api: Api, sandboxUrl: string): Api & { public: string; sapi: string } {
  return { ...api, public: `${sandboxUrl}/api/v3`, sapi: `${sandboxUrl}/sapi/v1` };
}

/**
 * ccxt's error message with the query string of any URL in it cut off: for a
 * network failure or an unreadable error body the message holds the request
 * URL (Exchange.js: `this.id + ' ' + method + ' ' + url ...`), signature
 * included, and it must not print.
 */
export function withoutQuery(message: string | undefined): string | undefined {
  return message?.replace(/(\w+:\/\/[^\s?]*)\?\S*/g, "$1?<query removed>");
}
