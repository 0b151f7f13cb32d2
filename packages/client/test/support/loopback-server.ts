import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Raw request target as received, e.g. `/sapi/v1/margin/orderList?symbol=LTCBTC`. */
  url: string;
  headers: IncomingMessage["headers"];
}

export interface LoopbackServer {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

type Reply = (request: RecordedRequest, response: ServerResponse) => void;

/** A throwaway HTTP server on 127.0.0.1, on a port the OS picks. */
export async function startLoopbackServer(reply: Reply): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming, response) => {
    const recorded = { method: incoming.method ?? "", url: incoming.url ?? "", headers: incoming.headers };
    requests.push(recorded);
    reply(recorded, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Sends `body` verbatim (not re-serialized), so tests control the exact JSON text. */
export function sendJson(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(body);
}
