import { SignerConfigError } from "./errors.js";
import { isValidRecvWindow, recvWindowProblem } from "./options.js";

/** A request as handed to the signer, split into the parts the signature covers. */
export interface UnsignedRequest {
  /** The request before signing; its body, if any, has been read into `body`. */
  original: Request;
  origin: string;
  path: string;
  /** Everything before `?`. */
  head: string;
  /** The caller's query string exactly as it goes on the wire (may be empty). */
  query: string;
  callerSetRecvWindow: boolean;
  /** Form body exactly as sent, or null when there is none or it is empty. */
  body: string | null;
}

// Binance reads parameters from the query or an application/x-www-form-urlencoded
// body; a parameter may have a charset attached, nothing else may follow the type.
const FORM = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;

// Names the signer owns; a caller-sent copy would be signed and sent twice.
const SIGNER_OWNED = /(?:^|&)(timestamp|signature)(?:[=&]|$)/;
const RECV_WINDOW = /(?:^|&)recvWindow(?:=([^&]*))?(?:&|$)/;

function checkCallerParams(params: string, where: string): boolean {
  const owned = SIGNER_OWNED.exec(params);
  if (owned) throw new SignerConfigError(`Remove "${owned[1]}" from the request ${where}: the signer sets it.`);
  const recvWindow = RECV_WINDOW.exec(params);
  if (!recvWindow) return false;
  const value = recvWindow[1] ?? "";
  if (!/^[0-9]{1,5}$/.test(value) || !isValidRecvWindow(Number(value))) {
    throw new SignerConfigError(recvWindowProblem(`recvWindow in the request ${where}`, JSON.stringify(value)));
  }
  return true;
}

/**
 * `url` is `new URL(request.url)`. `Request.url` is already the WHATWG URL
 * serializer's output, so re-parsing it is a no-op and `url.search` is the query
 * exactly as it goes on the wire: safe to sign verbatim. (Parsing a hand-built
 * string is not a no-op, e.g. `'` becomes %27.)
 */
export async function readUnsignedRequest(request: Request, url: URL): Promise<UnsignedRequest> {
  const { origin, pathname: path } = url;
  const head = origin + path;
  const query = url.search.slice(1);
  let callerSetRecvWindow = query !== "" && checkCallerParams(query, "query");
  // An empty body is no body: nothing to sign, and the parameters go to the query.
  const body = request.body === null ? null : (await request.text()) || null;
  if (body !== null) {
    if (!FORM.test(request.headers.get("content-type") ?? "")) {
      throw new SignerConfigError("Only an application/x-www-form-urlencoded body can be signed.");
    }
    callerSetRecvWindow = checkCallerParams(body, "body") || callerSetRecvWindow;
  }
  return { original: request, origin, path, head, query, callerSetRecvWindow, body };
}
