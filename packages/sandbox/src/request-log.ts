import type { Fault } from "./faults.js";

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
  /** The injected fault that shaped this response, if any. */
  readonly fault?: Fault["type"];
  /** True when the request reached the matching engine and changed state (a successful cancel). */
  readonly executed: boolean;
}
