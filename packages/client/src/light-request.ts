/**
 * The `Request` class the client hands openapi-fetch (its `Request` option),
 * and the `fetch` that sends it (its `fetch` option).
 *
 * Why: openapi-fetch builds a `Request` for every call, the signer builds a
 * second one with the signed URL, and `fetch` copies it into a third. On
 * Node each is an undici object with its own AbortSignal, and together they
 * were most of what sapi-kit cost over a hand-written `fetch`. A
 * LightRequest is a plain object with the same fields: middlewares read and
 * change it as they would a Request, and only `fetch(url, init)` builds the
 * one Request the platform needs.
 *
 * What it has, as a Request has: `url` (absolute, as the URL parser writes
 * it), `method`, `headers` (its own `Headers`), `signal` (the caller's, or a
 * fresh one that nothing aborts), `redirect`, every other init field given
 * (`credentials`, `dispatcher`, ...), `text()`, `json()`, `arrayBuffer()`,
 * `blob()`, `formData()` and `clone()`. What differs: `body` is the body as
 * given (a string, FormData, Blob, ...) or null, not a stream, and reading
 * it does not use it up. `new Request(url, request)` works with it as with a
 * Request, and `instanceof Request` checks in openapi-fetch accept both.
 */
export class LightRequest {
  declare readonly url: string;
  declare readonly method: string;
  declare readonly headers: Headers;
  declare readonly body: BodyInit | null;
  declare readonly redirect: RequestRedirect;
  #signal?: AbortSignal;

  constructor(input: string | URL, init: RequestInit = {}) {
    // Every field of `init` rides along (credentials, undici's dispatcher, ...). `init`
    // may be a Request or a LightRequest (`clone()`, `new LightRequest(url, request)`):
    // the Request fields are read by name, not only copied.
    Object.assign(this, init, {
      // Relative URLs resolve against the page, as Request does in a browser.
      url: new URL(input, globalThis.location?.href).href,
      method: init.method ?? "GET",
      headers: new (this.constructor as typeof LightRequest).Headers(init.headers),
      body: init.body ?? null,
      redirect: init.redirect ?? "follow",
      signal: init.signal,
    });
  }

  /**
   * Without a caller's signal, one is made when first read: an AbortSignal
   * costs microseconds, and most requests never have theirs read. It is this
   * request's own (listeners a middleware adds do not pile up on a shared
   * one), and nothing can abort it.
   */
  get signal(): AbortSignal {
    this.#signal ??= new AbortController().signal;
    return this.#signal;
  }

  /** A caller's signal becomes an own field, so it travels with the others (to fetch, to a copy). */
  set signal(signal: AbortSignal | null | undefined) {
    if (signal) Object.defineProperty(this, "signal", { value: signal, enumerable: true, writable: true });
  }

  clone(): LightRequest {
    return new (this.constructor as typeof LightRequest)(this.url, this as RequestInit);
  }

  /** The class of `headers`: the platform's; the Node entry's subclass (node-request.ts) says another. */
  static get Headers(): typeof Headers {
    return Headers;
  }

  /** openapi-fetch checks a middleware's result with `instanceof`: a real Request passes too. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return isLight(value) || value instanceof Request;
  }
}

/** A LightRequest or one of a subclass, told without loading the platform's Request. */
// biome-ignore lint/suspicious/noPrototypeBuiltins: LightRequest.prototype is an ordinary object.
const isLight = (value: unknown): boolean => LightRequest.prototype.isPrototypeOf(value as object);

for (const read of ["arrayBuffer", "blob", "formData", "json", "text"] as const) {
  (LightRequest.prototype as unknown as Record<string, unknown>)[read] = function (this: LightRequest) {
    return new Response(this.body, this)[read]();
  };
}

/**
 * The client's `fetch`: a LightRequest goes out as `fetch(url, init)`, or,
 * to a caller's own `fetch`, as the Request it stands for; anything else
 * (a Request a middleware built) is passed on untouched. The platform's
 * `fetch` is looked up per call, so creating a client loads nothing (on
 * Node, undici loads with the first request).
 */
export type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

/**
 * What sends a LightRequest without a caller's `fetch`: the platform's
 * `fetch`, or the Node entry's transport. `init` may carry `timeoutMs` (see
 * withTimeout), which the Node transport runs on a plain timer.
 */
export type LightSend = (url: string, init: LightInit) => Promise<Response>;

/** A LightRequest's fields as `fetch`'s init, with the signer's `timeoutMs` if it set one. */
export type LightInit = RequestInit & { timeoutMs?: number };

/**
 * The signer's `timeoutMs` (a field of the signed LightRequest) as the signal
 * `fetch` understands: AbortSignal.timeout, combined with the caller's signal.
 * Why a field and not a signal made by the signer: on Node an AbortSignal.timeout
 * per call, handed to node:http, cost more than the rest of a signed call's
 * overhead; the Node transport runs the same timeout on a timer it clears.
 */
export function withTimeout<Init extends LightInit>({ timeoutMs, ...init }: Init): RequestInit {
  if (!timeoutMs) return init;
  const timeout = AbortSignal.timeout(timeoutMs);
  return { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout };
}

export function createLightFetch(custom?: Fetch, send?: LightSend): Fetch {
  return (request, init) => {
    if (!isLight(request)) return (custom ?? fetch)(request, init);
    const options = { ...(request as unknown as LightInit & { url: string }), ...init };
    if (custom) return custom(new Request(options.url, withTimeout(options)), init);
    return send ? send(options.url, options) : fetch(options.url, withTimeout(options));
  };
}
