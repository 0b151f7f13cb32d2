/**
 * The Node entry's `Headers`: the same methods, checks and iteration as the
 * platform's, on a plain Map.
 *
 * Why: on Node, `Headers` is undici's, and the first `Headers` a process
 * makes loads all of undici (tens of ms: most of a cold start). A signed call
 * over node:http needs none of it, so its requests and responses carry these
 * instead; `new Headers(lightHeaders)` and `fetch` take them as any iterable
 * of pairs. Node-only: the browser build keeps the platform's `Headers`.
 *
 * As `Headers`: names are case-insensitive and iterate lower-cased and
 * sorted; values are trimmed of HTTP whitespace; an invalid name or value
 * throws a TypeError; appended values join with ", ", except `set-cookie`,
 * whose values stay apart (`getSetCookie()`, and one pair each when iterated).
 */
const TOKEN = /^[!#$%&'*+.^_`|~\w-]+$/;
const INVALID_VALUE = /[\0\r\n]|[^\0-\xff]/;
const SET_COOKIE = "set-cookie";

export class LightHeaders implements Headers {
  /** Lower-cased name to value; set-cookie values are kept apart in `cookies`. */
  readonly map: Map<string, string>;
  #cookies: string[] = [];

  constructor(init?: HeadersInit | null) {
    // A copy of another LightHeaders (each request copies its headers) is one Map copy.
    const light = init instanceof LightHeaders;
    this.map = new Map(light ? init.map : undefined);
    if (light) this.#cookies = init.getSetCookie();
    else if (init == null) return;
    else if (Symbol.iterator in init) {
      for (const pair of init as Iterable<string[]>) {
        if (pair.length !== 2) throw new TypeError("Headers: each header must be a [name, value] pair");
        this.append(pair[0] as string, pair[1] as string);
      }
    } else for (const name in init) this.append(name, (init as Record<string, string>)[name] as string);
  }

  append(name: string, value: string): void {
    const [key, text] = checked(name, value);
    if (key === SET_COOKIE) this.#cookies.push(text);
    const old = this.map.get(key);
    this.map.set(key, old === undefined ? text : `${old}, ${text}`);
  }

  set(name: string, value: string): void {
    const [key, text] = checked(name, value);
    if (key === SET_COOKIE) this.#cookies = [text];
    this.map.set(key, text);
  }

  delete(name: string): void {
    const key = checked(name)[0];
    if (key === SET_COOKIE) this.#cookies = [];
    this.map.delete(key);
  }

  get(name: string): string | null {
    return this.map.get(checked(name)[0]) ?? null;
  }

  has(name: string): boolean {
    return this.map.has(checked(name)[0]);
  }

  getSetCookie(): string[] {
    return [...this.#cookies];
  }

  forEach(callback: (value: string, name: string, parent: Headers) => void, thisArg?: unknown): void {
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  *entries(): HeadersIterator<[string, string]> {
    for (const name of [...this.map.keys()].sort()) {
      if (name === SET_COOKIE) for (const cookie of this.#cookies) yield [name, cookie];
      else yield [name, this.map.get(name) as string];
    }
  }

  *keys(): HeadersIterator<string> {
    for (const [name] of this) yield name;
  }

  *values(): HeadersIterator<string> {
    for (const [, value] of this) yield value;
  }

  [Symbol.iterator](): HeadersIterator<[string, string]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return "Headers";
  }
}

/** The lower-cased name and the trimmed value, or a TypeError as `Headers` throws. */
function checked(name: string, value = ""): [string, string] {
  const text = String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
  if (!TOKEN.test(name) || INVALID_VALUE.test(text)) throw new TypeError(`Headers: invalid header ${JSON.stringify(String(name))}`);
  return [String(name).toLowerCase(), text];
}
