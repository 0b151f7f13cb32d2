// Sends a request exactly as given (method, path, header order and casing,
// body bytes) with node:http, for replays of other clients' wire formats.
import { request } from "node:http";
import type { WireRequest } from "./python-binance-wire.js";

export interface WireResponse {
  readonly status: number;
  /** Parsed JSON body (Binance answers JSON, errors included). */
  readonly body: unknown;
}

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
      { host: base.hostname, port: base.port, method: wire.method, path: wire.path, headers },
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
