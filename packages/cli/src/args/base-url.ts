// Where a margin command's request goes: `--base-url`, else BINANCE_BASE_URL
// (the variable every docs sample reads, and the one `sapi-kit sandbox` prints),
// else Binance. Both are checked the same way, and neither is quoted back when
// it may hold a password.
import { DEFAULT_BASE_URL } from "@sapi-kit/client";
import type { Environment } from "../output/io.js";
import { type Locale, messages } from "../output/messages/index.js";
import { UsageError } from "./usage-error.js";

/** The variable a base URL is read from when `--base-url` is not given. */
export const BASE_URL_VARIABLE = "BINANCE_BASE_URL";

/** A base URL the client can append `/sapi/...` to; `source` names where it came from in messages. */
export function parseBaseUrl(raw: string, source: string, locale: Locale): string {
  const text = messages[locale];
  // Any "@" may be user:password@ (even in a string URL cannot parse), so such a
  // value is refused without being quoted: fetch would quote it, password included.
  if (raw.includes("@")) throw new UsageError(text.baseUrlCredentials(source));
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(text.badBaseUrl(source, raw));
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(text.badBaseUrl(source, raw));
  // The client appends /sapi/... to the base URL: after a query or fragment that would be a different request.
  if (url.search !== "" || url.hash !== "" || /[?#]/.test(raw)) throw new UsageError(text.baseUrlExtras(source));
  return raw.replace(/\/+$/, "");
}

/** `--base-url` (already checked) wins over BINANCE_BASE_URL, which wins over Binance; an empty variable counts as unset. */
export function resolveBaseUrl(flag: string | undefined, env: Environment, locale: Locale): string {
  if (flag !== undefined) return flag;
  const fromEnv = env[BASE_URL_VARIABLE]?.trim();
  return fromEnv ? parseBaseUrl(fromEnv, BASE_URL_VARIABLE, locale) : DEFAULT_BASE_URL;
}
