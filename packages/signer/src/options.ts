import { SignerConfigError } from "./errors.js";

/** Usage counters from `X-SAPI-USED-*` / `X-MBX-USED-*` headers, keyed by upper-case header name. */
export type UsageHeaders = Record<string, number>;

interface CommonSignerOptions {
  /** Binance API key, sent as `X-MBX-APIKEY`. */
  apiKey: string;
  /** Default `recvWindow` in ms (integer 1..60000). A `recvWindow` in the request's query wins. */
  recvWindow?: number;
  /** Read the server clock (`GET /api/v3/time`) before the first signed request. Default `false`. */
  syncClock?: boolean;
  /** On Binance code -1021 (timestamp outside recvWindow): resync the clock and resend once. Default `true`. */
  retryOnTimestampError?: boolean;
  /** Local clock in ms since the epoch. Default `Date.now`. */
  now?: () => number;
  /** Called after every signed response with its rate-limit usage headers. */
  onUsage?: (usage: UsageHeaders) => void;
  /**
   * How long each request the signer sends (the call, a clock sync, the
   * -1021 resend) may take, in ms, up to the last byte of its body; integer,
   * 0 for none (the caller's `signal` only).
   * Default 15000: Binance's API answers -1007 after 10 s without the matching
   * engine, plus room for the network.
   */
  timeoutMs?: number;
}

/** HMAC-SHA256 with the API secret. */
export interface HmacSignerOptions extends CommonSignerOptions {
  apiSecret: string;
  privateKey?: never;
}

/** RSA (PKCS#1 v1.5, SHA-256) or Ed25519: PKCS#8 PEM string or a private `CryptoKey`. */
export interface PrivateKeySignerOptions extends CommonSignerOptions {
  privateKey: string | CryptoKey;
  apiSecret?: never;
}

export type SignerOptions = HmacSignerOptions | PrivateKeySignerOptions;

/**
 * recvWindow as Binance's margin pages type it: a LONG number of ms, at most
 * 60000 (https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-OCO).
 * The three decimals Binance's spot /api/v3 pages allow are not documented
 * for /sapi, and 0 is a useless window, so: an integer from 1 to 60000, as
 * decimal digits (how it is read from a query or body). Checked locally, so
 * nothing is sent. The message quotes `text`, never an option's value.
 */
export function checkRecvWindow(text: string, where: string): void {
  if (!/^\d{1,5}$/.test(text) || +text < 1 || +text > 60000) {
    throw new SignerConfigError(`${where} must be an integer from 1 to 60000 (ms); got ${JSON.stringify(text)}.`);
  }
}

/** Checks what can be checked before any key is parsed. Messages never echo option values. */
export function validateOptions(options: SignerOptions): void {
  // The key travels in an HTTP header: whitespace or control characters would break or be rejected there.
  if (typeof options?.apiKey !== "string" || !/^[\x21-\x7e]+$/.test(options.apiKey)) {
    throw new SignerConfigError("apiKey must be printable ASCII without spaces.");
  }
  const hasSecret = options.apiSecret !== undefined;
  if (hasSecret === (options.privateKey !== undefined) || (hasSecret && (typeof options.apiSecret !== "string" || !options.apiSecret))) {
    throw new SignerConfigError("Pass exactly one of apiSecret or privateKey.");
  }
  const { recvWindow, timeoutMs } = options;
  if (recvWindow !== undefined) checkRecvWindow(typeof recvWindow === "number" ? String(recvWindow) : typeof recvWindow, "The recvWindow option");
  // Above 2^31-1 ms a timer fires at once.
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs >= 0 && timeoutMs < 2 ** 31)) {
    throw new SignerConfigError("timeoutMs must be an integer from 0 to 2147483647 (ms).");
  }
}
