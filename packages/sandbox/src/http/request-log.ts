import type { Fault } from "./faults.js";

/** How many requests the log keeps by default; older entries are dropped first. */
export const DEFAULT_REQUEST_LOG_LIMIT = 1000;

/**
 * A bounded request log: keeps the newest `limit` entries so that a
 * long-running sandbox (or a flood of junk requests) cannot exhaust memory.
 */
export interface RequestLog {
  add(entry: Omit<RequestLogEntry, "seq">): void;
  entries(): RequestLogEntry[];
  clear(): void;
}

export function createRequestLog(limit: number): RequestLog {
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 0))) {
    throw new TypeError("requestLogLimit must be an integer >= 0 or Infinity.");
  }
  let log: RequestLogEntry[] = [];
  let seq = 0;
  return {
    add(entry) {
      const frozen = Object.freeze({ seq: seq++, ...entry });
      if (limit === 0) return;
      log.push(frozen);
      // Trim in batches so that a full log costs O(1) amortised per request, not a shift each time.
      if (log.length >= limit * 2 || (log.length > limit && log.length - limit >= 1024)) log = log.slice(-limit);
    },
    entries: () => (log.length > limit ? log.slice(-limit) : log.slice()),
    clear() {
      log = [];
    },
  };
}

/**
 * One received request and what the sandbox answered. Holds no secrets: the
 * API key is masked, and neither secrets nor private keys ever reach the
 * request path. The query (with its signature) is kept verbatim because it is
 * what tests assert on.
 */
export interface RequestLogEntry {
  readonly seq: number;
  /** Server time (skew included) when the request arrived. */
  readonly receivedAt: number;
  readonly method: string;
  readonly path: string;
  /** Raw query string as received, without the leading `?`. */
  readonly query: string;
  /** Request body as received (UTF-8), "" when none; kept verbatim like the query. */
  readonly body: string;
  /** Masked X-MBX-APIKEY (prefix + "…"), if one was sent. */
  readonly apiKey?: string;
  /** HTTP status sent; undefined when the connection was dropped. */
  readonly status?: number;
  /** Binance error code of the response body, for rejections. */
  readonly code?: number;
  /** Response body text exactly as sent (undefined when dropped). */
  readonly responseBody?: string;
  /** Response headers sent. */
  readonly responseHeaders?: Readonly<Record<string, string>>;
  /** True when the body never fully arrived: nothing was processed and no response was sent. */
  readonly incomplete?: true;
  /** The injected fault that shaped this response, if any. */
  readonly fault?: Fault["type"];
  /** True when the request reached the matching engine and changed state (a successful cancel). */
  readonly executed: boolean;
}
