import { type DecodedFrame, decodeFrame } from "./decode-frame.js";
import { StreamConnectionError, WsApiError } from "./stream-errors.js";
import type { WebSocketConstructor, WebSocketLike } from "./stream-types.js";

/** How a connection ended: a close frame or a dropped socket ("closed"), or an error event first ("error"). */
export type ConnectionEnd = "closed" | "error";

/** The frames a connection hands up: events, the shutdown notice and malformed frames (answers settle their requests). */
export type ConnectionFrame = Exclude<DecodedFrame, { kind: "result" } | { kind: "failure" }>;

/** One WebSocket API connection: requests with Binance's envelope, answers matched by id. */
export interface WsApiConnection {
  /** Sends `{ id, method, params }`; resolves with `result`, rejects with WsApiError or StreamConnectionError. */
  request(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Settles once, when the connection has ended. */
  readonly ended: Promise<ConnectionEnd>;
  readonly isOpen: () => boolean;
  close(): void;
}

interface Pending {
  method: string;
  resolve: (result: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

/**
 * Opens a connection; rejects with StreamConnectionError when it closes or
 * fails before it opens, or when `signal` aborts first (a server that never
 * answers the handshake must not hold a closing stream).
 */
export function openConnection(WebSocket: WebSocketConstructor, url: string, onFrame: (frame: ConnectionFrame, text: string) => void, signal: AbortSignal): Promise<WsApiConnection> {
  return new Promise((resolveOpen, rejectOpen) => {
    // A constructor that throws (a malformed url) rejects the promise with its error.
    const socket: WebSocketLike = new WebSocket(url);
    const pending = new Map<number, Pending>();
    let nextId = 1;
    let open = false;
    let sawError = false;
    let settleEnd: (end: ConnectionEnd) => void = () => {};
    const ended = new Promise<ConnectionEnd>((resolve) => {
      settleEnd = resolve;
    });

    const connection: WsApiConnection = {
      ended,
      isOpen: () => open,
      request(method, params) {
        if (!open) return Promise.reject(new StreamConnectionError(`${method}: connection closed`));
        const id = nextId++;
        return new Promise((resolve, reject) => {
          pending.set(id, { method, resolve, reject });
          socket.send(JSON.stringify(params ? { id, method, params } : { id, method }));
        });
      },
      close() {
        if (open || socket.readyState === 0) socket.close(1000);
      },
    };

    const abandon = () => socket.close();
    signal.addEventListener("abort", abandon);
    if (signal.aborted) abandon();
    socket.addEventListener("open", () => {
      signal.removeEventListener("abort", abandon);
      open = true;
      resolveOpen(connection);
    });
    socket.addEventListener("error", () => {
      sawError = true;
    });
    socket.addEventListener("close", () => {
      const wasOpen = open;
      open = false;
      signal.removeEventListener("abort", abandon);
      for (const request of pending.values()) request.reject(new StreamConnectionError(`${request.method}: connection closed`));
      pending.clear();
      if (!wasOpen) rejectOpen(new StreamConnectionError(`${url}: cannot connect`));
      settleEnd(sawError ? "error" : "closed");
    });
    socket.addEventListener("message", ({ data }) => {
      // The WebSocket API sends text; a binary frame is reported as such (not JSON: malformed).
      const text = typeof data === "string" ? data : "(binary frame)";
      const frame = decodeFrame(text);
      // Events, nearly every frame, go straight up: they answer no request.
      if (frame.kind === "event") return onFrame(frame, text);
      // An answer settles its request (an answer to no request of ours is dropped: nothing waits for it);
      // a malformed frame that names a waiting request fails it, and is reported too.
      const id = "id" in frame ? frame.id : undefined;
      const request = pending.get(id as number);
      if (request) {
        pending.delete(id as number);
        if (frame.kind === "result") request.resolve(frame.result);
        else request.reject(frame.kind === "failure" ? new WsApiError({ binanceCode: frame.code, status: frame.status, msg: frame.msg, method: request.method }) : (frame as { error: Error }).error);
      }
      if (frame.kind !== "result" && frame.kind !== "failure") onFrame(frame, text);
    });
  });
}
