import type { NotSentProof } from "./send-failure.js";

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

/** For the Node entries (Node, Bun, Deno): see NotSentProof. */
export const fetchErrorProvesNotSent: NotSentProof = (error) => proves(error as Failure) || proves((error as Failure)?.cause as Failure);
