import { RequestNotSentError, type SapiKitError, UnknownExecutionStatusError } from "./errors.js";
import type { UnsignedRequest } from "./unsigned-request.js";

/**
 * Whether a failed `fetch` proves that nothing was sent. The Node entries
 * pass fetchErrorProvesNotSent (fetch-error-codes.ts): on Node, Bun and Deno
 * the error says which phase failed. Browsers' and edge runtimes' fetch
 * errors say nothing ("Failed to fetch"), so the default entries pass none
 * and leave those bytes out of a browser bundle.
 */
export type NotSentProof = (error: unknown) => boolean;

export const notSent = (unsigned: UnsignedRequest, cause: unknown) =>
  new RequestNotSentError({ ...unsigned.call, origin: unsigned.origin, cause });

/**
 * The error a signed request's failed send becomes: RequestNotSentError when
 * nothing can have left (the client's Node transport knows it and throws it
 * itself; otherwise `proof` may show it), UnknownExecutionStatusError otherwise.
 */
export function sendFailure(error: unknown, unsigned: UnsignedRequest, proof?: NotSentProof): SapiKitError {
  if (error instanceof RequestNotSentError) return error;
  return proof?.(error) ? notSent(unsigned, error) : new UnknownExecutionStatusError({ ...unsigned.call, cause: error });
}
