// `sapi-kit margin watch`: the user data stream of one or more margin
// accounts, through @sapi-kit/stream: tokens from the signed REST client,
// renewed before they expire; after a lost connection, a reconnection and a
// line saying from when to when nothing was seen, with the commands that
// reconcile. Events go to stdout, one line each (or one JSON event per line
// with --json, the other notices then on stderr); malformed frames and
// failures to stderr. Ctrl-C, SIGTERM, SIGHUP or a closed stdout unsubscribe,
// close the connection and exit 0.
import { createClient, UnsafeIntegerError } from "@sapi-kit/client";
import { createSigner, RateLimitError, RequestNotSentError, SignerConfigError } from "@sapi-kit/signer";
import { createUserDataStream, ListenTokenError, StreamConnectionError, type StreamMessage, WsApiError } from "@sapi-kit/stream";
import { resolveBaseUrl } from "../args/base-url.js";
import { readCredentials } from "../args/credentials.js";
import { resolveStreamUrl } from "../args/stream-url.js";
import type { WatchArgs } from "../args/watch-args.js";
import { ExitCode } from "../output/exit-codes.js";
import { formatUserDataEvent, shortened } from "../output/format-user-data-event.js";
import type { CliIo } from "../output/io.js";
import { type Locale, messages, type WatchedAccount } from "../output/messages/index.js";
import { startDemoSandbox } from "../transport/demo-sandbox.js";
import type { Credentials } from "../transport/signed-call.js";

/** The stream's own renewal margin, kept for tokens of 10 minutes or more; a shorter token is renewed halfway. */
const RENEW_BEFORE_MS = 5 * 60_000;

/** Sees every message once it is printed: the demo waits on it to keep its output in order. */
export type WatchObserver = (message: StreamMessage) => void;

interface Endpoints {
  baseUrl: string;
  streamUrl: string;
  credentials: Credentials;
}

/** The commands that read what a gap may have hidden, for each account, from the gap's start. */
export function reconcileCommands(accounts: readonly WatchedAccount[], from: number): string[] {
  return accounts.flatMap((account) => {
    const where = account.type === "isolated" ? ` --isolated --symbol ${account.symbol}` : "";
    return [`sapi-kit margin list-order-lists${where} --start-time ${Math.floor(from)}`, `sapi-kit margin list-open-orders${where}`];
  });
}

/**
 * A failure in the user's words, and the exit code when it ends the watch before its first subscription.
 * `account`: the account it concerns; a connection failure concerns none.
 */
function failureOf(error: Error, account: WatchedAccount | undefined, locale: Locale, endpoints: Endpoints): { detail: string; fatal?: ExitCode } {
  const text = messages[locale];
  const { credentials, streamUrl } = endpoints;
  if (error instanceof StreamConnectionError) {
    return account === undefined ? { detail: text.watch.notReached(streamUrl), fatal: ExitCode.notSent } : { detail: text.watch.connectionLost };
  }
  if (error instanceof SignerConfigError) {
    return { detail: "privateKey" in credentials ? text.unusableKeyFile(credentials.keyFile ?? "") : text.badCredentials, fatal: ExitCode.usage };
  }
  if (error instanceof RequestNotSentError) return { detail: text.watch.notReached(error.origin), fatal: ExitCode.notSent };
  if (error instanceof RateLimitError) return { detail: text.rateLimited(error.status, String(error.retryAfterSeconds ?? "?")) };
  const refused = error instanceof WsApiError || error instanceof ListenTokenError;
  if (refused && error.binanceCode !== undefined) {
    const rejected = error.status >= 400 && error.status < 500 && error.status !== 429 && error.status !== 418;
    return { detail: text.watch.binanceError(error.binanceCode, error.msg ?? ""), ...(rejected ? { fatal: ExitCode.binanceRejected } : {}) };
  }
  if (error instanceof ListenTokenError) return { detail: text.httpStatus(error.status) };
  // Only the message, with any user:password@ in a URL masked.
  return { detail: error.message.replace(/\/\/[^/\s@]*@/g, "//***@") };
}

async function watch(args: WatchArgs, endpoints: Endpoints, locale: Locale, io: CliIo, observe?: WatchObserver): Promise<ExitCode> {
  const words = messages[locale].watch;
  const { baseUrl, streamUrl, credentials } = endpoints;
  const client = createClient({ baseUrl });
  let signer: ReturnType<typeof createSigner>;
  try {
    signer = createSigner({
      apiKey: credentials.apiKey,
      ...("apiSecret" in credentials ? { apiSecret: credentials.apiSecret } : { privateKey: credentials.privateKey }),
      // Token expiry is the server's time: the stream judges renewals by it.
      syncClock: true,
    });
  } catch (error) {
    if (!(error instanceof SignerConfigError)) throw error;
    io.stderr(`${failureOf(error, undefined, locale, endpoints).detail}\n`);
    return ExitCode.usage;
  }
  client.use(signer);
  const stop = new AbortController();
  for (const signal of [io.signal, io.outputClosed]) {
    if (signal?.aborted) stop.abort();
    signal?.addEventListener("abort", () => stop.abort(), { once: true });
  }
  // One account needs no label on its lines; several do.
  const label = (account: WatchedAccount) => (args.accounts.length > 1 ? `${words.account(account)} ` : "");
  /** Notices are part of the watch's story on stdout, unless stdout is kept for --json events. */
  const notice = (line: string) => (args.json ? io.stderr(`${line}\n`) : io.stdout(`${line}\n`));
  const stream = createUserDataStream({
    client,
    url: streamUrl,
    accounts: args.accounts,
    ...(args.validityMs === undefined ? {} : { validityMs: args.validityMs, renewBeforeMs: Math.min(RENEW_BEFORE_MS, args.validityMs / 2) }),
    // Whole milliseconds: the offset is a midpoint estimate, and a gap's start becomes a --start-time.
    now: io.serverTime ?? (() => Math.round(Date.now() + signer.clockOffsetMs())),
    signal: stop.signal,
  });
  io.stderr(`${words.connecting(baseUrl, streamUrl)}\n`);
  let subscribed = false;
  let code: ExitCode = ExitCode.ok;
  try {
    for await (const message of stream) {
      // Once the user stopped it, what the closing connection still brings (the end of each subscription) is not news.
      if (stop.signal.aborted) continue;
      switch (message.type) {
        case "event":
          if (args.json) io.stdout(`${JSON.stringify(message.event)}\n`);
          else io.stdout(`${label(message.account)}${formatUserDataEvent(message.event, locale)}\n`);
          break;
        case "subscribed":
          subscribed = true;
          notice(words.subscribed(message.account, message.subscriptionId, new Date(message.expirationTime).toISOString(), message.renewal));
          break;
        case "gap": {
          const commands = reconcileCommands(message.accounts, message.from);
          notice(words.gap(new Date(message.from).toISOString(), new Date(message.to).toISOString(), message.accounts, message.reason, commands));
          break;
        }
        case "malformed": {
          const unsafePath = message.error instanceof UnsafeIntegerError ? message.error.path : undefined;
          io.stderr(`${words.malformed(unsafePath, shortened(message.frame))}\n`);
          break;
        }
        case "error": {
          const failure = failureOf(message.error, message.account, locale, endpoints);
          // Before anything was subscribed, a refusal or an unreachable server will not mend by retrying.
          if (!subscribed && failure.fatal !== undefined) {
            io.stderr(`${failure.detail}\n`);
            code = failure.fatal;
            stop.abort();
            break;
          }
          io.stderr(`${words.retrying(failure.detail, message.account)}\n`);
          break;
        }
      }
      observe?.(message);
      if (code !== ExitCode.ok) break;
    }
  } finally {
    await stream.close();
  }
  if (code === ExitCode.ok) notice(words.stopped);
  return code;
}

export async function runWatch(args: WatchArgs, locale: Locale, io: CliIo, observe?: WatchObserver): Promise<ExitCode> {
  if (!args.sandbox) {
    const baseUrl = resolveBaseUrl(args.baseUrl, io.env, locale);
    const streamUrl = resolveStreamUrl(args.streamUrl, io.env, baseUrl, locale);
    const credentials = await readCredentials(io.env, locale);
    return watch(args, { baseUrl, streamUrl, credentials }, locale, io, observe);
  }
  const demo = await startDemoSandbox();
  try {
    io.stderr(`${messages[locale].sandboxStarted(demo.url)}\n`);
    return await watch(args, { baseUrl: demo.url, streamUrl: demo.streamUrl, credentials: demo.credentials }, locale, io, observe);
  } finally {
    await demo.close();
  }
}
