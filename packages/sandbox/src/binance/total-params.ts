import { rejections } from "./binance-error.js";
import { mediaType } from "./media-type.js";
import { parametersByName, type RawQueryPair, splitRawQuery } from "./raw-query.js";
import type { SandboxRequest } from "./sandbox-request.js";
import { splitSignedQuery } from "./signature-verification.js";

/**
 * A request's parameters as Binance reads them: for GET, from the query
 * string only; for POST / PUT / DELETE, from
 * the query string, from an `application/x-www-form-urlencoded` body, or
 * split between them; "if a parameter sent in both the query string and
 * request body, the query string parameter will be used" (spot General Info,
 * https://github.com/binance/binance-spot-api-docs/blob/a5e0bc3ddc0fd7e6bb696849323b74423fa3a54d/rest-api.md).
 */
export interface TotalParams {
  /** Decoded parameters by name; the query string's copy wins. */
  readonly params: ReadonlyMap<string, RawQueryPair>;
  /**
   * The bytes the signature must cover: `totalParams` ("the query string
   * concatenated with the request body", no `&` between them) without the
   * signature parameter. Undefined when the signature is not the last
   * parameter of the part that carries it.
   */
  readonly signedPayload: string | undefined;
  /** The decoded signature from the signed part, when `signedPayload` is defined. */
  readonly signature: string | undefined;
}

const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

/** True for `application/x-www-form-urlencoded`, any letter case, with or without parameters such as charset. */
export function isFormContentType(contentType: string | undefined): boolean {
  return mediaType(contentType) === FORM_CONTENT_TYPE;
}

/**
 * Collects the parameters of a signed request.
 *
 * For GET, "parameters must be sent as a query string" (same page): a
 * non-empty form body on a GET is refused with -1104 "Not all sent parameters
 * were read", counting the body's parameters as sent and unread, instead of
 * being read (or silently ignored, which would hide the client's mistake).
 * Binance publishes no answer for it; -1104 is the sandbox's decision (README,
 * "Query string and form body").
 *
 * Undocumented points, decided here (see the README):
 * - a non-empty body that is not form-encoded is refused with -1100 rather
 *   than ignored, so a client that puts its parameters in JSON learns it at
 *   once instead of having them silently dropped;
 * - a name repeated within one part is -1101; `signature` in both parts is
 *   -1101 too (which bytes it covers would be ambiguous);
 * - `signature` must be the last parameter of its part (-1022 otherwise).
 */
export function collectTotalParams(request: SandboxRequest): TotalParams {
  const body = request.body;
  if (body !== "" && !isFormContentType(request.contentType)) throw rejections.illegalCharactersGeneric();
  const queryParams = parametersByName(splitRawQuery(request.query));
  if (request.method === "GET" && body !== "") {
    throw rejections.unreadParameters(queryParams.size, queryParams.size + splitRawQuery(body).length);
  }
  const bodyParams = parametersByName(splitRawQuery(body));
  if (queryParams.has("signature") && bodyParams.has("signature")) throw rejections.duplicateParameter();

  const params = new Map(bodyParams);
  for (const [name, pair] of queryParams) params.set(name, pair);

  let signed: { payload: string; signature: string } | undefined;
  if (queryParams.has("signature")) {
    const inQuery = splitSignedQuery(request.query);
    signed = inQuery && { payload: inQuery.payload + body, signature: inQuery.signature };
  } else if (bodyParams.has("signature")) {
    const inBody = splitSignedQuery(body);
    signed = inBody && { payload: request.query + inBody.payload, signature: inBody.signature };
  }
  return { params, signedPayload: signed?.payload, signature: signed?.signature };
}
