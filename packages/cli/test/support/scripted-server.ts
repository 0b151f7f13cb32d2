// A loopback HTTP server that answers every request with whatever the test
// scripts: the bodies a real proxy, WAF or broken backend can send (HTML, an
// empty body, a truncated JSON), which the sandbox has no reason to produce.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Send the body chunked (no Content-Length), as streaming proxies do. */
  chunked?: boolean;
  /** Announce more than the body, send the body, then cut the connection: a body cut off mid-way. */
  cutOff?: boolean;
}

export interface ScriptedServer {
  url: string;
  /** What every following request gets. */
  answer(next: ScriptedAnswer): void;
  /** Method, path and headers of each request received, in order. */
  readonly requests: { method: string; path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  let current: ScriptedAnswer = { status: 500 };
  const requests: ScriptedServer["requests"] = [];
  const server: Server = createServer((request, response) => {
    requests.push({ method: request.method ?? "", path: (request.url ?? "").split("?")[0] ?? "", headers: request.headers });
    request.resume();
    request.on("end", () => {
      const body = current.body ?? "";
      const headers: Record<string, string | number> = { ...current.headers };
      if (!current.chunked) headers["content-length"] = Buffer.byteLength(body) + (current.cutOff ? 100 : 0);
      response.writeHead(current.status, headers);
      if (!current.cutOff) return response.end(body);
      response.write(body);
      setImmediate(() => response.socket?.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answer(next) {
      current = next;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
