// Sends a request exactly as given (method, path, header order and casing,
// body bytes) with node:http, for replays of other clients' wire formats.
import { Agent, request } from "node:http";
import type { WireRequest } from "./python-binance-wire.js";

export interface WireResponse {
  readonly status: number;
  /** Parsed JSON body (Binance answers JSON, errors included). */
  readonly body: unknown;
}

/**
 * How long the replay keeps an idle connection for reuse: well below the idle
 * timeout the server advertises (the sandbox's `Keep-Alive: timeout=120`), so
 * the replay drops a connection before the server would, and never sends a
 * request into one the server is closing (ECONNRESET).
 */
export const REPLAY_IDLE_SOCKET_TIMEOUT_MS = 4_000;

/** The replay's own connection pool, instead of Node's global agent (whose 5 s idle timeout a server may share). */
export const replayAgent = new Agent({ keepAlive: true, timeout: REPLAY_IDLE_SOCKET_TIMEOUT_MS });

export function sendWireRequest(baseUrl: string, wire: WireRequest): Promise<WireResponse> {
  const base = new URL(baseUrl);
  const body = wire.body === undefined ? undefined : Buffer.from(wire.body, "utf8");
  // node:http keeps an object's key order and casing. (A raw [name, value, ...]
  // list would hide Content-Length from it, and it would add chunked framing too.)
  // No body: no Content-Length either (node adds no chunked framing to a GET).
  const headers = Object.fromEntries(body === undefined ? wire.headers : [...wire.headers, ["Content-Length", String(body.byteLength)]]);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      // The path and query go out as given: a URL object would re-encode the query.
      { host: base.hostname, port: base.port, method: wire.method, path: wire.path, headers, agent: replayAgent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) });
          } catch {
            reject(new Error(`HTTP ${response.statusCode}: the answer is not JSON (${text.slice(0, 80)})`));
          }
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
