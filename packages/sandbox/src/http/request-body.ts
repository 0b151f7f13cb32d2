import type { IncomingMessage } from "node:http";

/** The request body, or `undefined` when it did not fully arrive. */
export type ReceivedBody = { readonly complete: true; readonly text: string } | { readonly complete: false };

/**
 * Reads the whole body. A request whose body stops short of its declared
 * length (the client aborted, half-closed, or the sandbox closed the socket)
 * is reported incomplete and must never be executed: its parameters, and what
 * the signature covers, are unknown.
 */
export function readRequestBody(req: IncomingMessage): Promise<ReceivedBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const settle = (body: ReceivedBody) => {
      if (settled) return;
      settled = true;
      resolve(body);
    };
    const finish = () =>
      settle(req.complete ? { complete: true, text: Buffer.concat(chunks).toString("utf8") } : { complete: false });
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", finish);
    // `close` without `end` (or after an `aborted`) means the body stopped short.
    req.on("close", finish);
    req.on("error", () => settle({ complete: false }));
  });
}
