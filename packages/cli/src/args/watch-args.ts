// The options of `sapi-kit margin watch`: which accounts (the cross margin
// account by default; `--isolated` with one `--symbol` per isolated account,
// `--cross` to add the cross account to them), where tokens come from and
// where the stream is. Symbols are checked as the listenToken operation's
// contract checks them.
import { OPERATION_COMMANDS } from "../contract/operation-commands.js";
import { contractOf, type ParameterContract } from "../contract/operation-contract.js";
import { type Locale, messages, type WatchedAccount } from "../output/messages/index.js";
import { parseBaseUrl } from "./base-url.js";
import { readParameter } from "./operation-args.js";
import { parseStreamUrl } from "./stream-url.js";
import { UsageError } from "./usage-error.js";

export interface WatchArgs {
  accounts: WatchedAccount[];
  /** Each token's lifetime (the listenToken's `validity`); Binance's default, 24 hours, when left out. */
  validityMs?: number;
  baseUrl?: string;
  streamUrl?: string;
  sandbox: boolean;
  json: boolean;
}

/** The options watch takes besides the common ones (`--symbol` may be repeated). */
export const WATCH_OPTIONS = { values: ["--symbol", "--validity", "--stream-url"], switches: ["--isolated", "--cross"] };

/**
 * The shortest token a watch takes: it renews each token before it ends (five minutes before, or halfway
 * through a shorter one), so a token of a few milliseconds would have it create tokens without pause.
 */
export const MIN_WATCH_VALIDITY_MS = 60_000;

/** A parameter of the listenToken operation: a watched symbol or validity is checked as a token's would be. */
function tokenParameter(name: "symbol" | "validity"): ParameterContract {
  const contract = contractOf(OPERATION_COMMANDS["create-listen-token"].operationId);
  return contract.parameters.find((parameter) => parameter.name === name) as ParameterContract;
}

export function parseWatchArgs(
  symbols: readonly string[],
  validity: string | undefined,
  switches: ReadonlySet<string>,
  common: { baseUrl?: string; streamUrl?: string; sandbox: boolean; json: boolean },
  locale: Locale,
): WatchArgs {
  const words = messages[locale].watch;
  const isolated = switches.has("--isolated");
  if (symbols.length > 0 && !isolated) throw new UsageError(words.symbolWithoutIsolated);
  if (isolated && symbols.length === 0) throw new UsageError(words.isolatedWithoutSymbol);
  const parameter = tokenParameter("symbol");
  const unique = [...new Set(symbols.map((raw) => String(readParameter(parameter, raw, locale))))];
  const validityMs = validity === undefined ? undefined : Number(readParameter(tokenParameter("validity"), validity, locale));
  if (validityMs !== undefined && validityMs < MIN_WATCH_VALIDITY_MS) throw new UsageError(words.validityTooShort(MIN_WATCH_VALIDITY_MS));
  const accounts: WatchedAccount[] = [
    ...(!isolated || switches.has("--cross") ? [{ type: "cross" } as const] : []),
    ...unique.map((symbol) => ({ type: "isolated", symbol }) as const),
  ];
  return { accounts, ...(validityMs === undefined ? {} : { validityMs }), ...common };
}

/** `--base-url` and `--stream-url` as given, checked; `--sandbox` brings its own of both. */
export function readWatchUrls(rawBaseUrl: string | undefined, rawStreamUrl: string | undefined, sandbox: boolean, locale: Locale) {
  const text = messages[locale];
  if (sandbox && rawBaseUrl !== undefined) throw new UsageError(text.sandboxWithBaseUrl);
  if (sandbox && rawStreamUrl !== undefined) throw new UsageError(text.watch.sandboxWithStreamUrl);
  return {
    ...(rawBaseUrl === undefined ? {} : { baseUrl: parseBaseUrl(rawBaseUrl, "--base-url", locale) }),
    ...(rawStreamUrl === undefined ? {} : { streamUrl: parseStreamUrl(rawStreamUrl, "--stream-url", locale) }),
  };
}
