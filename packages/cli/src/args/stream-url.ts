// Where `sapi-kit margin watch` listens: `--stream-url`, else
// BINANCE_STREAM_URL, else the sandbox's own WebSocket API when the base URL
// is a loopback one (the sandbox serves REST and the stream on one port),
// else Binance's WebSocket API. Neither value is quoted back when it may hold
// a password.
import type { Environment } from "../output/io.js";
import { type Locale, messages } from "../output/messages/index.js";
import { UsageError } from "./usage-error.js";

/** The variable a stream URL is read from when `--stream-url` is not given. */
export const STREAM_URL_VARIABLE = "BINANCE_STREAM_URL";

/** Binance's WebSocket API, where listenToken subscriptions are made. */
export const DEFAULT_STREAM_URL = "wss://ws-api.binance.com:443/ws-api/v3";

/** The sandbox's WebSocket API path, on the sandbox's own port. */
const SANDBOX_STREAM_PATH = "/ws-api/v3";

/** A ws(s) URL; `source` names where it came from in messages. A query is kept (Binance reads `returnRateLimits` there). */
export function parseStreamUrl(raw: string, source: string, locale: Locale): string {
  const words = messages[locale].watch;
  if (raw.includes("@") || raw.includes("#")) throw new UsageError(words.streamUrlCredentials(source));
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(words.badStreamUrl(source, raw));
  }
  if (url.protocol !== "ws:" && url.protocol !== "wss:") throw new UsageError(words.badStreamUrl(source, raw));
  return raw;
}

/** Loopback hosts: where a sandbox runs (it listens on 127.0.0.1 only). */
const isLoopback = (hostname: string) => /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) || hostname === "localhost" || hostname === "[::1]";

/** `--stream-url` (already checked), else BINANCE_STREAM_URL, else a loopback base URL's sandbox stream, else Binance's. */
export function resolveStreamUrl(flag: string | undefined, env: Environment, baseUrl: string, locale: Locale): string {
  if (flag !== undefined) return flag;
  const fromEnv = env[STREAM_URL_VARIABLE]?.trim();
  if (fromEnv) return parseStreamUrl(fromEnv, STREAM_URL_VARIABLE, locale);
  const base = new URL(baseUrl);
  if (base.protocol === "http:" && isLoopback(base.hostname)) return `ws://${base.host}${SANDBOX_STREAM_PATH}`;
  return DEFAULT_STREAM_URL;
}
