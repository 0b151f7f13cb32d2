import { SapiKitError } from "./sapi-kit-error.js";

/**
 * Where an unsafe integer was found: a query parameter we refused to send, a
 * parsed response body, or a frame of the user data stream (@sapi-kit/stream).
 */
export type UnsafeIntegerSource = "request" | "response" | "stream";

interface UnsafeIntegerErrorOptions {
  source: UnsafeIntegerSource;
  /** Query parameter name (request) or JSON path such as `orderReports[1].orderId` (response, stream). */
  path: string;
  value: number;
  /** HTTP status of the completed request (response side only). */
  status?: number;
}

/**
 * An integer outside ±(2^53-1) (`Number.MAX_SAFE_INTEGER`) met the client.
 * JavaScript numbers cannot hold such ids exactly, and sapi-kit's policy is
 * to REJECT rather than silently round:
 * - request side: thrown before anything is sent (the query serializer refuses it);
 * - response side: thrown after the response arrived, because JSON.parse has
 *   already rounded the value. The request itself completed (for a 2xx it
 *   executed); reconcile (e.g. query the order list by `listClientOrderId`)
 *   before retrying a TRADE call. The error keeps `status`, not the
 *   Response: its URL would carry the signed query;
 * - stream side: the WebSocket frame that held it is not delivered
 *   (@sapi-kit/stream reports it as malformed and reads on). The stream
 *   words that message itself, so the browser build of client + signer
 *   carries no text for it.
 */
export class UnsafeIntegerError extends SapiKitError {
  // `declare`: assigned in one go in the constructor, which keeps the bundle small.
  declare readonly source: UnsafeIntegerSource;
  declare readonly path: string;
  declare readonly value: number;
  declare readonly status: number | undefined;

  constructor({ source, path, value, status }: UnsafeIntegerErrorOptions) {
    super(
      "UNSAFE_INTEGER",
      source === "request"
        ? `Query parameter "${path}" = ${value} is beyond ±(2^53-1): not sent.`
        : `HTTP ${status}, response field ${path} = ${value} is beyond ±(2^53-1): reconcile before any retry.`,
    );
    Object.assign(this, { source, path, value, status });
  }
}
