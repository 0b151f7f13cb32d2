// Opt-in CORS, so that code running in a browser page on another origin can
// be tested against the sandbox. Binance itself does not do this: its REST
// API sends no CORS headers that would let a page send X-MBX-APIKEY (see the
// README, "Browsers and CORS"), so this is a test convenience, off by default,
// and never something a client can rely on against Binance.
import type { IncomingMessage } from "node:http";

export interface CorsOptions {
  /**
   * The browser origin(s) allowed to call the sandbox, exactly as a browser
   * sends them in `Origin`, e.g. "http://127.0.0.1:5173". No wildcard.
   */
  origin: string | readonly string[];
}

/** What the request handler needs: which requests are preflights, and the headers every other answer gets. */
export interface Cors {
  /** The preflight's answer (204 + headers) when `req` is one from an allowed origin, else undefined. */
  preflight(req: IncomingMessage): Record<string, string> | undefined;
  /** Headers to add to a response to `req` (none unless its Origin is allowed). */
  responseHeaders(req: IncomingMessage, sent: Readonly<Record<string, string>>): Record<string, string>;
}

/** What a page may send: the API key header and a form body's Content-Type. */
const ALLOWED_HEADERS = "X-MBX-APIKEY, Content-Type";
/** The methods Binance's REST API uses. */
const ALLOWED_METHODS = "GET, POST, PUT, DELETE";
/** Response headers a page can read without being told (the CORS-safelisted ones). */
const SAFELISTED = new Set(["cache-control", "content-language", "content-length", "content-type", "expires", "last-modified", "pragma"]);

function allowedOrigins(options: CorsOptions): ReadonlySet<string> {
  const origins = typeof options.origin === "string" ? [options.origin] : [...options.origin];
  if (origins.length === 0) throw new TypeError("cors.origin must name at least one origin.");
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    // An origin is scheme://host[:port] and nothing else: no path, no trailing slash, no "*".
    if (!parsed || parsed.origin !== origin) {
      throw new TypeError(`cors.origin must be origins such as "http://127.0.0.1:5173"; got ${JSON.stringify(origin)}.`);
    }
  }
  return new Set(origins);
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
};

/** undefined when CORS is off (the default): no CORS header is ever sent and OPTIONS is an ordinary (unknown) request. */
export function createCors(options: CorsOptions | undefined): Cors | undefined {
  if (options === undefined) return undefined;
  const origins = allowedOrigins(options);
  const allowed = (req: IncomingMessage): string | undefined => {
    const origin = header(req, "origin");
    return origin !== undefined && origins.has(origin) ? origin : undefined;
  };
  return {
    preflight(req) {
      const origin = allowed(req);
      if (req.method !== "OPTIONS" || origin === undefined || header(req, "access-control-request-method") === undefined) return undefined;
      return {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Methods": ALLOWED_METHODS,
        "Access-Control-Allow-Headers": ALLOWED_HEADERS,
        "Access-Control-Max-Age": "600",
        Vary: "Origin",
      };
    },
    responseHeaders(req, sent) {
      const origin = allowed(req);
      if (origin === undefined) return {};
      // The usage headers (X-SAPI-USED-*, X-MBX-USED-*) and Retry-After are readable by the page only if exposed.
      const exposed = Object.keys(sent).filter((name) => !SAFELISTED.has(name.toLowerCase()));
      return {
        "Access-Control-Allow-Origin": origin,
        Vary: "Origin",
        ...(exposed.length === 0 ? {} : { "Access-Control-Expose-Headers": exposed.join(", ") }),
      };
    },
  };
}
