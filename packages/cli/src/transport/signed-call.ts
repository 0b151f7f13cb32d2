// One signed request through the public client + signer, and what came of it
// as data: a usable 2xx body, a Binance error, an unreadable body (with the
// outcome its status means), an unknown outcome, a rate limit, an interrupt.
// The library classifies the response, once: its errors carry the outcome and
// why (ResponseUnreadableError's reason), so no body is read twice here.
// Deciding exit codes and words is left to the caller, which knows whether
// the request was a TRADE call (may have executed) or a query.
import { type BinanceError, createClient, type ResponseOutcome, ResponseUnreadableError, UnsafeIntegerError } from "@sapi-kit/client";
import {
  createSigner,
  RateLimitError,
  RequestNotSentError,
  SignerConfigError,
  UnknownExecutionStatusError,
  type UsageHeaders,
} from "@sapi-kit/signer";
import { type StopSignal, stopSignalOf } from "../output/io.js";
import type { ShapeProblem } from "./response-shape.js";
import type { UnreadableReason } from "./unreadable-reason.js";

/** `keyFile`: where the private key came from, named (never quoted) when the signer refuses it. */
export type Credentials = { apiKey: string; apiSecret: string } | { apiKey: string; privateKey: string; keyFile?: string };

export type Outcome = ResponseOutcome;

export interface SignedCall {
  method: "GET" | "POST" | "DELETE";
  path: string;
  query: Record<string, string | number | boolean>;
  /** The first problem that keeps the CLI from using a 2xx body, or undefined. */
  findProblem(data: unknown): ShapeProblem | undefined;
}

export type CallOutcome =
  | { kind: "ok"; status: number; data: unknown; usage: UsageHeaders }
  | { kind: "binance-error"; status: number; error: BinanceError }
  | { kind: "unreadable"; status: number; outcome: Outcome; reason: UnreadableReason }
  | { kind: "unknown"; status?: number; binanceCode?: number }
  | { kind: "rate-limited"; status: number; retryAfter: string }
  /** Nothing left this machine (connection refused, host not found, TLS failed first): nothing executed. */
  | { kind: "not-sent"; origin: string }
  /** `by`: the signal that stopped the call (Ctrl-C is SIGINT). */
  | { kind: "interrupted"; sent: boolean; by: StopSignal }
  /** The signer refused the credentials before sending; `keyFile` when they came from a key file. */
  | { kind: "bad-credentials"; keyFile?: string };

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
  // The signer reports the X-SAPI-USED-* / X-MBX-USED-* counters of each response.
  let usage: UsageHeaders = {};
  try {
    // Inside the try: a bad key is refused here (format) or on first use (import), both as SignerConfigError.
    client.use(
      createSigner({
        apiKey: credentials.apiKey,
        ...("apiSecret" in credentials ? { apiSecret: credentials.apiSecret } : { privateKey: credentials.privateKey }),
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
    if (response.ok) {
      // The client checked the body against the spec; the summary needs a few fields more.
      // Checked before printing in either mode, so --json and the summary agree on the exit code.
      const problem = call.findProblem(data);
      if (problem) return { kind: "unreadable", status: response.status, outcome: "executed", reason: problem };
      return { kind: "ok", status: response.status, data, usage };
    }
    // Any other error body made the client throw ResponseUnreadableError: this one is Binance's.
    return { kind: "binance-error", status: response.status, error: error as BinanceError };
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
    if (error instanceof ResponseUnreadableError) {
      return { kind: "unreadable", status: error.status, outcome: error.outcome, reason: error.reason };
    }
    // An id JSON.parse would have rounded: the status it came with still decides the outcome.
    if (error instanceof UnsafeIntegerError && error.status !== undefined) {
      const { status } = error;
      const outcome: Outcome = status < 300 ? "executed" : status < 500 ? "rejected" : "unknown";
      return { kind: "unreadable", status, outcome, reason: { kind: "unsafe-integer", path: error.path } };
    }
    throw error;
  }
}
