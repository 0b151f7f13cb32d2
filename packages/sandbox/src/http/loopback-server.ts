import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost"]);

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
  options: { host: string; port: number; beforeClose: () => void },
): Promise<LoopbackServer> {
  assertLoopbackHost(options.host);
  const server = createServer((req, res) => {
    // Never an unhandled rejection: a failure inside the handler ends this one connection.
    handler(req, res).catch(() => res.socket?.destroy());
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
