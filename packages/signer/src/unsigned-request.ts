import { SignerConfigError } from "./errors.js";
import { checkRecvWindow } from "./options.js";

/** A request as handed to the signer, split into the parts the signature covers. */
export interface UnsignedRequest {
  /** The request before signing; its body, if any, has been read into `body`. None for the Node client's shortcut (direct-signer.ts). */
  original?: Request;
  /** The call as errors name it: the method and the path, never the query (it will carry the signature). */
  call: { method: string; path: string };
  origin: string;
  /** The caller's query string exactly as it goes on the wire (may be empty). */
  query: string;
  /** The signer's `recvWindow` to add; undefined when the caller sent its own (or there is none). */
  recvWindow: number | undefined;
  /** Form body exactly as sent, or null when there is none or it is empty. */
  body: string | null;
  /** What bounds the call: the caller's signal, combined with the timeout unless `timeoutMs` carries it. */
  signal?: AbortSignal;
  /** The timeout, for the client to run (set for a LightRequest only; see call-signal.ts). */
  timeoutMs?: number;
}

// Binance reads parameters from the query or an application/x-www-form-urlencoded
// body; a parameter may have a charset attached, nothing else may follow the type.
const FORM = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;

/**
 * Refuses what the signer owns (a caller-sent `timestamp` or `signature` would
 * be signed and sent twice) and a bad `recvWindow`; says whether the caller
 * set `recvWindow`. Names are decoded as Binance decodes them, so
 * `%74imestamp` is caught too.
 */
export function checkCallerParams(params: string, where: string): boolean {
  // Decoding only turns %XX and + into other characters: a text with none of
  // these names and no escape cannot hold them. Most requests skip the parse.
  if (!/timestamp|signature|recvWindow|%/.test(params)) return false;
  const parsed = new URLSearchParams(params);
  for (const name of ["timestamp", "signature"]) {
    if (parsed.has(name)) throw new SignerConfigError(`Remove "${name}" from the request ${where}: the signer sets it.`);
  }
  const recvWindow = parsed.get("recvWindow");
  if (recvWindow !== null) checkRecvWindow(recvWindow, `recvWindow in the request ${where}`);
  return recvWindow !== null;
}

/**
 * `url` is `new URL(request.url)`; `recvWindow` is the signer's option. `Request.url` is already the WHATWG URL
 * serializer's output, so re-parsing it is a no-op and `url.search` is the query
 * exactly as it goes on the wire: safe to sign verbatim. (Parsing a hand-built
 * string is not a no-op, e.g. `'` becomes %27.)
 */
export async function readUnsignedRequest(request: Request, url: URL, recvWindow: number | undefined): Promise<UnsignedRequest> {
  const { origin, pathname: path } = url;
  const query = url.search.slice(1);
  let callerSetRecvWindow = checkCallerParams(query, "query");
  // An empty body is no body: nothing to sign, and the parameters go to the query.
  const body = request.body === null ? null : (await request.text()) || null;
  if (body !== null) {
    if (!FORM.test(request.headers.get("content-type") ?? "")) {
      throw new SignerConfigError("Only an application/x-www-form-urlencoded body can be signed.");
    }
    callerSetRecvWindow = checkCallerParams(body, "body") || callerSetRecvWindow;
  }
  return { original: request, call: { method: request.method, path }, origin, query, recvWindow: callerSetRecvWindow ? undefined : recvWindow, body };
}
