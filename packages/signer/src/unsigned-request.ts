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

export function splitUrl(url: string): { head: string; query: string; origin: string; path: string } {
  // `Request.url` is already the WHATWG URL serializer's output: its query is
  // percent-encoded exactly as it will be sent, so it can be signed verbatim.
  // (Re-parsing it is a no-op; parsing a hand-built string is not, e.g. `'` -> %27.)
  const hash = url.indexOf("#");
  const withoutHash = hash === -1 ? url : url.slice(0, hash);
  const question = withoutHash.indexOf("?");
  const head = question === -1 ? withoutHash : withoutHash.slice(0, question);
  const pathStart = head.indexOf("/", head.indexOf("//") + 2);
  return {
    head,
    query: question === -1 ? "" : withoutHash.slice(question + 1),
    origin: head.slice(0, pathStart),
    path: head.slice(pathStart),
  };
}

/** Rejects parameters the signer owns; returns whether the caller set recvWindow. */
function checkCallerParams(params: string, where: string): boolean {
  let recvWindowGiven = false;
  for (const pair of params.split("&")) {
    const equals = pair.indexOf("=");
    const name = equals === -1 ? pair : pair.slice(0, equals);
    if (name === "timestamp" || name === "signature") {
      throw new SignerConfigError(`Remove "${name}" from the request ${where}: the signer sets it.`);
    }
    if (name === "recvWindow") {
      const value = equals === -1 ? "" : pair.slice(equals + 1);
      if (!/^[0-9]{1,5}$/.test(value) || !isValidRecvWindow(Number(value))) {
        throw new SignerConfigError(recvWindowProblem(`recvWindow in the request ${where}`, JSON.stringify(value)));
      }
      recvWindowGiven = true;
    }
  }
  return recvWindowGiven;
}

export async function readUnsignedRequest(request: Request): Promise<UnsignedRequest> {
  const { head, query, origin, path } = splitUrl(request.url);
  let callerSetRecvWindow = query !== "" && checkCallerParams(query, "query");
  // Binance bodies are application/x-www-form-urlencoded, signed as query + body.
  const body = request.body === null ? null : (await request.text()) || null;
  if (body !== null) callerSetRecvWindow = checkCallerParams(body, "body") || callerSetRecvWindow;
  return { original: request, origin, path, head, query, callerSetRecvWindow, body };
}
