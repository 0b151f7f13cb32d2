import { LightHeaders } from "./light-headers.js";

/**
 * What the Node transport hands back for an exchange over node:http: the
 * `Response` fetch would give, without building one.
 *
 * Why: a platform Response on Node is undici's, and building one (a body
 * stream, its transfer machinery, a headers list) and reading it back out
 * cost more than the rest of a signed call's overhead together; the body is
 * already in memory, read in full. So the fields a caller or middleware
 * reads (`status`, `ok`, `statusText`, `headers`, `url`, `redirected`,
 * `type`) are plain ones (`headers` a LightHeaders, made when first read),
 * and `text()`, `json()`, `arrayBuffer()` decode the bytes directly, once, as
 * fetch does (UTF-8, a leading BOM dropped); `clone()` is another
 * LightResponse over the same bytes (the signer clones every error response).
 * Anything else (`body` as a stream, `blob()`, `bytes()`, `formData()`)
 * builds the real Response on the spot, and from then on this object reads
 * through it; `new Response(light.body, light)` makes one too.
 *
 * A body that failed after the status line (the connection cut, the signal
 * aborting) fails every read with that error, as fetch's body does.
 */
export class LightResponse implements Response {
  readonly ok: boolean;
  readonly redirected = false;
  readonly type: ResponseType = "basic";
  #headers?: Headers;
  #used = false;
  #response?: Response;
  /** node:http's rawHeaders: name, value, name, value, ... */
  #raw: string[];
  /** null: a response without a body (204, 205, 304, HEAD). */
  #bytes: Buffer | null;
  /** Set when the body failed after the status line. */
  #failure?: { error: unknown } | undefined;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    raw: string[],
    bytes: Buffer | null,
    failure?: { error: unknown },
  ) {
    // As Response's constructor: fetch fails on such a status too.
    if (!(status >= 200 && status <= 599)) throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    this.ok = status < 300;
    this.#raw = raw;
    this.#bytes = bytes;
    this.#failure = failure;
  }

  get headers(): Headers {
    if (!this.#headers) {
      const headers = new LightHeaders();
      const raw = this.#raw;
      for (let at = 0; at < raw.length; at += 2) headers.append(raw[at] as string, raw[at + 1] as string);
      this.#headers = headers;
    }
    return this.#headers;
  }

  get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    if (!this.#response && this.#bytes === null && !this.#failure) return null;
    return this.#real().body as ReadableStream<Uint8Array<ArrayBuffer>> | null;
  }

  get bodyUsed(): boolean {
    return this.#response ? this.#response.bodyUsed : this.#used;
  }

  async text(): Promise<string> {
    if (this.#response) return this.#response.text();
    const bytes = this.#take();
    if (!bytes) return "";
    // fetch decodes UTF-8 and drops a leading byte order mark.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return bytes.toString("utf8", bom);
  }

  async json(): Promise<unknown> {
    if (this.#response) return this.#response.json();
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    if (this.#response) return this.#response.arrayBuffer();
    const bytes = this.#take();
    return bytes ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer) : new ArrayBuffer(0);
  }

  blob(): Promise<Blob> {
    return this.#real().blob();
  }

  bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return (this.#real() as Response & { bytes(): Promise<Uint8Array<ArrayBuffer>> }).bytes();
  }

  formData(): Promise<FormData> {
    return this.#real().formData();
  }

  /** A copy that reads on its own (the bytes are shared, never changed), as Response's clone; after a read, a TypeError as there. */
  clone(): Response {
    if (this.#response) return this.#response.clone();
    if (this.#used) throw new TypeError("Response.clone: Body has already been consumed.");
    return new LightResponse(this.url, this.status, this.statusText, this.#raw, this.#bytes, this.#failure);
  }

  get [Symbol.toStringTag](): string {
    return "Response";
  }

  /** The bytes, once: a second read fails as fetch's does; a failed body fails with its error. */
  #take(): Buffer | null {
    if (this.#used) throw new TypeError("Body is unusable: Body has already been read");
    this.#used = true;
    if (this.#failure) throw this.#failure.error;
    return this.#bytes;
  }

  /** The platform Response this one stands for, built once; its body is used up if this one's is. */
  #real(): Response {
    if (!this.#response) {
      const failure = this.#failure;
      const body = failure
        ? new ReadableStream({
            start(controller) {
              controller.error(failure.error);
            },
          })
        : this.#bytes;
      const response = new Response(body as BodyInit | null, {
        status: this.status,
        statusText: this.statusText,
        headers: this.headers,
      });
      Object.defineProperty(response, "url", { value: this.url });
      if (this.#used && response.body) response.body.getReader().cancel();
      this.#response = response;
    }
    return this.#response;
  }
}
