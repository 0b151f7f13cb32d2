import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost"]);

/**
 * How long an idle keep-alive connection stays open, sent to clients as
 * `Keep-Alive: timeout=120`. Longer than the idle-socket timeout of common
 * clients (Node's http.globalAgent 5 s, undici / fetch 4 s or the hint minus
 * a margin, Ruby's Net::HTTP 2 s, Go's net/http 90 s), so such a client drops
 * an idle connection first and never writes a request into one the sandbox is
 * closing (ECONNRESET). Node's server default, 5 s, equals its global agent's
 * and races it. Idle loopback sockets cost next to nothing; close() drops them.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 120_000;

export interface LoopbackServer {
  /** e.g. "http://127.0.0.1:54321". */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Stops listening and drops open connections; `beforeClose` runs first. Idempotent. */
  close(): Promise<void>;
  /** True once close() began. */
  readonly closing: boolean;
}

/** Throws unless `host` is a loopback host: the sandbox never listens beyond this machine. */
export function assertLoopbackHost(host: string): void {
  if (!LOOPBACK_HOSTS.has(host)) {
    throw new TypeError(`The sandbox listens on loopback only (127.0.0.1, ::1, localhost), not '${host}'.`);
  }
}

/** Starts a `node:http` server on a loopback host (port 0 picks a free port). */
export async function listenOnLoopback(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  options: {
    host: string;
    port: number;
    beforeClose: () => void;
    /** Takes an HTTP upgrade (the WebSocket API); false refuses it (404, connection closed). */
    upgrade?: (req: IncomingMessage, socket: Duplex, head: Buffer) => boolean;
  },
): Promise<LoopbackServer> {
  assertLoopbackHost(options.host);
  const server = createServer((req, res) => {
    // Never an unhandled rejection: a failure inside the handler ends this one connection.
    handler(req, res).catch(() => res.socket?.destroy());
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (options.upgrade?.(req, socket, head)) return;
    socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${address.port}`,
    host: address.address,
    port: address.port,
    get closing() {
      return closing !== undefined;
    },
    close() {
      // Idempotent: a test's own close() and its fixture's cleanup may both call it.
      closing ??= new Promise<void>((resolve, reject) => {
        options.beforeClose();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
