// One signed request through the public client + signer, and what came of it
// as data: a usable 2xx body, a Binance error, an unreadable body (with the
// outcome its status means), an unknown outcome, a rate limit, an interrupt.
// Deciding exit codes and words is left to the caller, which knows whether
// the request was a TRADE call (may have executed) or a query.
import { createClient, ResponseUnreadableError, UnsafeIntegerError } from "@sapi-kit/client";
import {
  createSigner,
  RateLimitError,
  RequestNotSentError,
  SignerConfigError,
  UnknownExecutionStatusError,
  type UsageHeaders,
} from "@sapi-kit/signer";
import { type StopSignal, stopSignalOf } from "../output/io.js";
import { type ObservedResponse, observeResponses } from "./response-observer.js";
import type { ShapeProblem } from "./response-shape.js";
import { classifyBody, isBinanceError, type UnreadableReason } from "./unreadable-body.js";

/** `keyFile`: where the private key came from, named (never quoted) when the signer refuses it. */
export type Credentials = { apiKey: string; apiSecret: string } | { apiKey: string; privateKey: string; keyFile?: string };

export type Outcome = "executed" | "rejected" | "unknown";

export interface SignedCall {
  method: "GET" | "POST" | "DELETE";
  path: string;
  query: Record<string, string | number | boolean>;
  /** The signer's default recvWindow (a recvWindow in `query` wins). */
  recvWindow?: number;
  /** The first problem that keeps the CLI from using a 2xx body, or undefined. */
  findProblem(data: unknown): ShapeProblem | undefined;
}

export type CallOutcome =
  | { kind: "ok"; status: number; data: unknown; usage: UsageHeaders }
  | { kind: "binance-error"; status: number; error: { code: number; msg: string } }
  | { kind: "unreadable"; status: number; outcome: Outcome; reason: UnreadableReason }
  | { kind: "unknown"; status?: number; binanceCode?: number }
  | { kind: "rate-limited"; status: number; retryAfter: string }
  /** Nothing left this machine (connection refused, host not found, TLS failed first): nothing executed. */
  | { kind: "not-sent"; origin: string }
  /** `by`: the signal that stopped the call (Ctrl-C is SIGINT). */
  | { kind: "interrupted"; sent: boolean; by: StopSignal }
  /** The signer refused the credentials before sending; `keyFile` when they came from a key file. */
  | { kind: "bad-credentials"; keyFile?: string };

/** A 2xx means the request ran; a 4xx means it was refused; anything else may or may not have run. */
function outcomeOfStatus(status: number): Outcome {
  if (status >= 200 && status < 300) return "executed";
  return status >= 400 && status < 500 ? "rejected" : "unknown";
}

/** An integer JSON.parse had to round, found in a response body: the field's JSON path. */
function unsafeResponseIntegerPath(error: unknown): string | undefined {
  return error instanceof UnsafeIntegerError && error.source === "response" ? error.path : undefined;
}

/** After a response arrived, reading it failed: what arrived and what that means. */
async function failedRead(error: unknown, seen: ObservedResponse | undefined, call: SignedCall): Promise<CallOutcome | undefined> {
  // The client's own verdict on a body it could not read: its status, outcome and (English) reason.
  const library = error instanceof ResponseUnreadableError ? error : undefined;
  const unsafePath = unsafeResponseIntegerPath(error);
  const status = seen?.status ?? library?.status;
  // Once the observer has seen the final response, only reading its body is left to fail.
  if (status === undefined) return undefined;
  const reason: UnreadableReason =
    unsafePath !== undefined
      ? { kind: "unsafe-integer", path: unsafePath }
      : ((seen && (await classifyBody(seen, call.findProblem))) ?? { kind: "other", detail: library?.reason ?? String(error) });
  return { kind: "unreadable", status, outcome: library?.outcome ?? outcomeOfStatus(status), reason };
}

/** A client whose methods are called by name: the CLI checked the query against the same spec at run time. */
type DynamicClient = Record<
  SignedCall["method"],
  (path: string, init: { params: { query: SignedCall["query"] }; signal?: AbortSignal }) => Promise<{ data?: unknown; error?: unknown; response: Response }>
>;

/** `signal`: aborted on Ctrl-C, SIGTERM or SIGHUP; the request in flight is abandoned and reported as interrupted. */
export async function sendSigned(
  call: SignedCall,
  credentials: Credentials,
  baseUrl: string,
  signal: AbortSignal | undefined,
): Promise<CallOutcome> {
  if (signal?.aborted) return { kind: "interrupted", sent: false, by: stopSignalOf(signal) };
  const client = createClient({ baseUrl });
  const observer = observeResponses();
  // The signer reports the X-SAPI-USED-* / X-MBX-USED-* counters of each response.
  let usage: UsageHeaders = {};
  try {
    client.use(observer.middleware);
    // Inside the try: a bad key is refused here (format) or on first use (import), both as SignerConfigError.
    client.use(
      createSigner({
        apiKey: credentials.apiKey,
        ...("apiSecret" in credentials ? { apiSecret: credentials.apiSecret } : { privateKey: credentials.privateKey }),
        ...(call.recvWindow === undefined ? {} : { recvWindow: call.recvWindow }),
        onUsage: (counters) => {
          usage = counters;
        },
      }),
    );
    const send = (client as unknown as DynamicClient)[call.method];
    const { data, error, response } = await send(call.path, {
      params: { query: call.query },
      ...(signal ? { signal } : {}),
    });
    const seen = observer.last();
    if (response.ok) {
      // Checked before printing in either mode, so --json and the summary agree on the exit code.
      const problem = call.findProblem(data);
      if (problem || data === undefined) {
        const reason = (seen && (await classifyBody(seen, call.findProblem))) ?? problem ?? { kind: "empty" };
        return { kind: "unreadable", status: response.status, outcome: "executed", reason };
      }
      return { kind: "ok", status: response.status, data, usage };
    }
    if (!isBinanceError(error)) {
      const reason = (seen && (await classifyBody(seen, call.findProblem))) ?? { kind: "not-binance-error" };
      return { kind: "unreadable", status: response.status, outcome: outcomeOfStatus(response.status), reason };
    }
    return { kind: "binance-error", status: response.status, error };
  } catch (error) {
    // The library knows whether any byte of the request left: only it can say "not sent".
    const notSent = error instanceof RequestNotSentError;
    if (signal?.aborted) return { kind: "interrupted", sent: !notSent, by: stopSignalOf(signal) };
    if (notSent) return { kind: "not-sent", origin: error.origin };
    if (error instanceof UnknownExecutionStatusError) {
      return {
        kind: "unknown",
        ...(error.status === undefined ? {} : { status: error.status }),
        ...(error.binanceCode === undefined ? {} : { binanceCode: error.binanceCode }),
      };
    }
    if (error instanceof RateLimitError) {
      return { kind: "rate-limited", status: error.status, retryAfter: String(error.retryAfterSeconds ?? "?") };
    }
    // The signer's English reason is not passed on: the CLI knows which input it came from.
    if (error instanceof SignerConfigError) {
      return "privateKey" in credentials ? { kind: "bad-credentials", keyFile: credentials.keyFile ?? "" } : { kind: "bad-credentials" };
    }
    const read = await failedRead(error, observer.last(), call);
    if (read !== undefined) return read;
    throw error;
  }
}
