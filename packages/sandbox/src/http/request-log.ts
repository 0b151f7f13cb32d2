import type { Fault } from "./faults.js";

/** How many requests the log keeps by default; older entries are dropped first. */
export const DEFAULT_REQUEST_LOG_LIMIT = 1000;

/**
 * How many bytes of requests and answers the log keeps by default (16 MiB):
 * room for the default 1000 ordinary entries (a few KiB each) many times
 * over, while a run of big answers (e.g. reads of thousands of open lists,
 * megabytes each) cannot pin hundreds of MiB of heap.
 */
export const DEFAULT_REQUEST_LOG_MAX_BYTES = 16 * 1024 * 1024;

/**
 * What an entry holds in memory, counted as the UTF-8 bytes of its text
 * fields (path, query, body, response body, response headers): everything
 * that grows with the traffic.
 */
export function requestLogEntryBytes(entry: RequestLogEntry): number {
  let bytes = Buffer.byteLength(entry.path) + Buffer.byteLength(entry.query) + Buffer.byteLength(entry.body);
  if (entry.responseBody !== undefined) bytes += Buffer.byteLength(entry.responseBody);
  for (const [name, value] of Object.entries(entry.responseHeaders ?? {})) bytes += name.length + Buffer.byteLength(value);
  return bytes;
}

/**
 * A bounded request log: keeps the newest `limit` entries, and no more than
 * `maxBytes` of them (the newest entry is always kept, whatever its size), so
 * that a long-running sandbox, a flood of junk requests or a run of huge
 * answers cannot exhaust memory.
 */
export interface RequestLog {
  add(entry: Omit<RequestLogEntry, "seq">): void;
  entries(): RequestLogEntry[];
  clear(): void;
}

export function createRequestLog(limit: number, maxBytes = DEFAULT_REQUEST_LOG_MAX_BYTES): RequestLog {
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 0))) {
    throw new TypeError("requestLogLimit must be an integer >= 0 or Infinity.");
  }
  if (!(maxBytes === Number.POSITIVE_INFINITY || (Number.isInteger(maxBytes) && maxBytes > 0))) {
    throw new TypeError("requestLogMaxBytes must be an integer > 0 or Infinity.");
  }
  // Entries from `head` on are kept; a dropped slot is cleared at once so that its memory is freed,
  // and the array is compacted in batches, so that a full log costs O(1) amortised per request.
  let log: (RequestLogEntry | undefined)[] = [];
  let sizes: number[] = [];
  let head = 0;
  let bytes = 0;
  let seq = 0;
  return {
    add(entry) {
      const frozen = Object.freeze({ seq: seq++, ...entry });
      if (limit === 0) return;
      const size = requestLogEntryBytes(frozen);
      log.push(frozen);
      sizes.push(size);
      bytes += size;
      while (log.length - head > limit || (bytes > maxBytes && log.length - head > 1)) {
        bytes -= sizes[head] ?? 0;
        log[head] = undefined;
        head++;
      }
      if (head >= 1024 && head * 2 >= log.length) {
        log = log.slice(head);
        sizes = sizes.slice(head);
        head = 0;
      }
    },
    entries: () => log.slice(head) as RequestLogEntry[],
    clear() {
      log = [];
      sizes = [];
      head = 0;
      bytes = 0;
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
