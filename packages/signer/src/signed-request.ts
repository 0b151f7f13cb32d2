import type { SignedParams } from "./sign-params.js";
import type { UnsignedRequest } from "./unsigned-request.js";

/**
 * The request to send: the caller's method, headers and signal with the
 * signed query and body, the API key, and redirects off. A followed redirect
 * would re-send the signed request and the API key to wherever `Location`
 * points; with "manual" the 3xx comes back and is reported instead.
 */
export function buildSignedRequest(unsigned: UnsignedRequest, { query, body }: SignedParams, apiKey: string): Request {
  const { original } = unsigned;
  const signed = new Request(query === "" ? unsigned.head : `${unsigned.head}?${query}`, {
    // Own properties openapi-fetch copied from the caller's init, e.g. undici's `dispatcher`.
    ...original,
    method: original.method,
    headers: original.headers,
    body,
    signal: original.signal,
    redirect: "manual",
  });
  signed.headers.set("X-MBX-APIKEY", apiKey);
  return signed;
}
