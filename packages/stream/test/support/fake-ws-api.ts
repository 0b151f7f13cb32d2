import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/**
 * A stand-in for Binance's WebSocket API server, for what the sandbox never
 * sends (a malformed frame, an unknown event type, an id beyond 2^53, the
 * serverShutdown notice): it answers both listenToken methods as the
 * sandbox does, accepts any token, and sends whatever frame a test gives it.
 * It replaces the server, never the code under test.
 */
export interface FakeWsApi {
  url: string;
  /** Every request frame received, parsed. */
  requests: { id: unknown; method: string; params?: Record<string, unknown> }[];
  /** Sends a raw text frame on every open connection. */
  send(frame: string): void;
  /** Sends the text's bytes as a binary frame. */
  sendBinary(text: string): void;
  readonly connections: number;
  /** How many connections it ever accepted. */
  readonly accepted: number;
  /** Answers the next subscribe with this error instead. */
  rejectNextSubscribe(error: { code: number; msg: string }): void;
  close(): Promise<void>;
}

export async function startFakeWsApi(): Promise<FakeWsApi> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const sockets = new Set<WebSocket>();
  const requests: FakeWsApi["requests"] = [];
  let nextSubscriptionId = 0;
  let rejection: { code: number; msg: string } | undefined;
  let accepted = 0;
  server.on("connection", (socket) => {
    accepted++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("message", (data) => {
      const request = JSON.parse(String(data));
      requests.push(request);
      if (request.method === "userDataStream.subscribe.listenToken") {
        if (rejection) {
          socket.send(JSON.stringify({ id: request.id, status: 400, error: rejection }));
          rejection = undefined;
          return;
        }
        // A day from now, in microseconds, as Binance answers it.
        const expirationTime = (Date.now() + 86_400_000) * 1000;
        socket.send(JSON.stringify({ id: request.id, status: 200, result: { subscriptionId: nextSubscriptionId++, expirationTime } }));
      } else {
        socket.send(JSON.stringify({ id: request.id, status: 200, result: {} }));
      }
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/ws-api/v3`,
    requests,
    send(frame) {
      for (const socket of sockets) socket.send(frame);
    },
    sendBinary(text) {
      for (const socket of sockets) socket.send(Buffer.from(text), { binary: true });
    },
    get connections() {
      return sockets.size;
    },
    get accepted() {
      return accepted;
    },
    rejectNextSubscribe(error) {
      rejection = error;
    },
    close() {
      for (const socket of sockets) socket.terminate();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
