import type { IncomingMessage } from "node:http";

/**
 * The most body bytes the sandbox reads from one request: 16 KiB, the size
 * Node's HTTP server allows a request's whole header section by default
 * (`http.maxHeaderSize`), so a body may carry as much as a query string can.
 * Binance's requests are far smaller: the largest one the spec defines, an
 * OTOCO with every parameter and an RSA-4096 signature, is under 4 KiB even
 * with every signature character percent-encoded.
 */
export const MAX_REQUEST_BODY_BYTES = 16 * 1024;

/**
 * The request body: complete, cut short (`complete: false`), or larger than
 * the limit (`tooLarge`), known either from `Content-Length` before any byte
 * is read or from the bytes read so far, never after buffering more than the
 * limit.
 */
export type ReceivedBody =
  | { readonly complete: true; readonly text: string }
  | { readonly complete: false; readonly tooLarge?: false }
  | { readonly complete: false; readonly tooLarge: true };

/**
 * Reads the whole body, up to `limit` bytes. A request whose body stops short
 * of its declared length (the client aborted, half-closed, or the sandbox
 * closed the socket) is reported incomplete and must never be executed: its
 * parameters, and what the signature covers, are unknown. A body over the
 * limit is reported as soon as that is known; what follows it is never kept.
 */
export function readRequestBody(req: IncomingMessage, limit = MAX_REQUEST_BODY_BYTES): Promise<ReceivedBody> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ complete: false, tooLarge: true });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (body: ReceivedBody) => {
      if (settled) return;
      settled = true;
      resolve(body);
    };
    const finish = () =>
      settle(req.complete ? { complete: true, text: Buffer.concat(chunks).toString("utf8") } : { complete: false });
    req.on("data", (chunk: Buffer) => {
      if (settled) return;
      received += chunk.length;
      if (received > limit) {
        chunks.length = 0;
        settle({ complete: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", finish);
    // `close` without `end` (or after an `aborted`) means the body stopped short.
    req.on("close", finish);
    req.on("error", () => settle({ complete: false }));
  });
}
