import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** What actually arrived on the wire: the raw request target, undecoded. */
export interface CapturedRequest {
  method: string;
  /** Raw request target (path + query) exactly as sent, e.g. `/sapi/v1/margin/orderList?symbol=...`. */
  rawUrl: string;
  path: string;
  /** Raw query string, without the `?`. */
  query: string;
  headers: IncomingMessage["headers"];
  /** The header lines as they arrived, in order and case: name, value, name, value, ... */
  rawHeaders: string[];
  body: string;
}

export type Handler = (request: CapturedRequest, response: ServerResponse) => void | Promise<void>;

export interface LoopbackServer {
  baseUrl: string;
  requests: CapturedRequest[];
  /** Requests other than GET /api/v3/time. */
  signedRequests(): CapturedRequest[];
  close(): Promise<void>;
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

/** A raw node:http server on 127.0.0.1, port 0. */
export async function startLoopbackServer(handler: Handler): Promise<LoopbackServer> {
  const requests: CapturedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawUrl = req.url ?? "";
    const question = rawUrl.indexOf("?");
    const captured: CapturedRequest = {
      method: req.method ?? "",
      rawUrl,
      path: question === -1 ? rawUrl : rawUrl.slice(0, question),
      query: question === -1 ? "" : rawUrl.slice(question + 1),
      headers: req.headers,
      rawHeaders: req.rawHeaders,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    requests.push(captured);
    try {
      await handler(captured, res);
    } catch (error) {
      if (!res.headersSent) sendJson(res, 599, { code: -9999, msg: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    signedRequests: () => requests.filter((r) => r.path !== "/api/v3/time"),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
