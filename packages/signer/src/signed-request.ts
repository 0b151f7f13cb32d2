import type { SignedParams } from "./sign-params.js";
import type { UnsignedRequest } from "./unsigned-request.js";

/**
 * The request to send: the caller's method and headers, the call's signal, with the
 * signed query and body, the API key, and redirects off. A followed redirect
 * would re-send the signed request and the API key to wherever `Location`
 * points; with "manual" the 3xx comes back and is reported instead.
 *
 * Built with the original's own class: openapi-fetch only accepts a request
 * of the class it was configured with (its `Request` option, e.g. the
 * client's LightRequest, which costs far less than a platform Request).
 */
export function buildSignedRequest(unsigned: UnsignedRequest, { query, body }: SignedParams, apiKey: string): Request {
  const original = unsigned.original as Request;
  const url = unsigned.origin + unsigned.call.path;
  const signed = new (original.constructor as typeof Request)(query === "" ? url : `${url}?${query}`, {
    // Own properties openapi-fetch copied from the caller's init, e.g. undici's `dispatcher`.
    ...original,
    method: original.method,
    headers: original.headers,
    body,
    // The call's signal and, for a LightRequest, its timeout (see call-signal.ts).
    signal: unsigned.signal,
    timeoutMs: unsigned.timeoutMs,
    redirect: "manual",
  } as RequestInit);
  signed.headers.set("X-MBX-APIKEY", apiKey);
  return signed;
}
