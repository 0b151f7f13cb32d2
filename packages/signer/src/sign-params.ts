import type { PayloadSigner } from "./payload-signer.js";
import { whenReady } from "./when-ready.js";

/** A request's parameters before signing, exactly as they go on the wire. */
export interface ParamsToSign {
  /** The caller's query string, without `?` ("" when there is none). */
  query: string;
  /** The caller's form body, or null when the request has none. */
  body: string | null;
  /** Added when defined; left out when the caller sent its own `recvWindow`. */
  recvWindow: number | undefined;
}

/** The query string (without `?`) and form body to send. */
export interface SignedParams {
  query: string;
  body: string | null;
}

/**
 * Binance's signing rule in one pure function (given a deterministic
 * `sign`): the signer's parameters (`recvWindow`, then `timestamp`) are
 * appended where the caller's parameters end, at the end of the form body if
 * there is one, else of the query; the signature covers `totalParams`, the
 * query string immediately followed by the body (no `&` between them), and
 * is appended last, percent-encoded. This reproduces Binance's published
 * Examples 1-3 byte for byte (test/vectors/requests.json).
 *
 * `timestamp` is in milliseconds since the epoch, on the server's clock as
 * best known. Synchronous when `sign` is (node:crypto's HMAC): a signed call
 * then waits for nothing before it is sent.
 */
export function signParams({ query, body, recvWindow }: ParamsToSign, timestamp: number, sign: PayloadSigner): SignedParams | Promise<SignedParams> {
  const added = `${recvWindow === undefined ? "" : `recvWindow=${recvWindow}&`}timestamp=${timestamp}`;
  const last = body ?? query;
  const signedPart = last === "" ? added : `${last}&${added}`;
  return whenReady(sign(body === null ? signedPart : query + signedPart), (signature) => {
    const appended = `${signedPart}&signature=${encodeURIComponent(signature)}`;
    return body === null ? { query: appended, body } : { query, body: appended };
  });
}
