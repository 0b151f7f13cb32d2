import { RequestNotSentError, type SapiKitError, UnknownExecutionStatusError } from "./errors.js";
import type { UnsignedRequest } from "./unsigned-request.js";

// What a failed `fetch` proves was never sent. Checked on the error and on its
// `cause` (Node's fetch wraps the socket error in TypeError("fetch failed");
// Bun puts `code` on the error itself):
// - a refused connection, a failed DNS look-up, undici's connect timeout, and
//   any error of the `connect` or `getaddrinfo` system call: no connection,
//   so no byte of the request;
// - a certificate or TLS handshake failure: HTTPS writes the request only
//   once the handshake is done;
// - Deno's "client error (Connect)", its connect phase (TCP, TLS, DNS).
// Everything else (a reset, a closed socket, a timeout or abort once
// connected) may come after the request was written: unknown.
const NOT_SENT_CODE = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|UND_ERR_CONNECT_TIMEOUT)$|CERT|^UNABLE_TO_|HANDSHAKE|WRONG_VERSION_NUMBER/;

type Failure = { code?: unknown; syscall?: unknown; message?: unknown; cause?: unknown } | null | undefined;

const proves = (at: Failure): boolean =>
  !!at && (NOT_SENT_CODE.test(String(at.code)) || /^(connect|getaddrinfo)$/.test(String(at.syscall)) || String(at.message).includes("(Connect)"));

export const notSent = (unsigned: UnsignedRequest, cause: unknown) =>
  new RequestNotSentError({ ...unsigned.identity, origin: unsigned.origin, cause });

/**
 * The error a signed request's failed send becomes: RequestNotSentError when
 * nothing can have left (the client's Node transport knows it and throws it
 * itself), UnknownExecutionStatusError otherwise.
 */
export function sendFailure(error: unknown, unsigned: UnsignedRequest): SapiKitError {
  if (error instanceof RequestNotSentError) return error;
  return proves(error as Failure) || proves((error as Failure)?.cause as Failure)
    ? notSent(unsigned, error) : new UnknownExecutionStatusError({ ...unsigned.identity, cause: error });
}
