import { WebSocket } from "ws";
import type { Sandbox } from "../../src/index.js";
import { asyncApiProblems } from "./async-api-validator.js";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON frames.
export type Frame = any;

/** Generous: a busy 2-core machine may take long, and no assertion depends on how long. */
const WAIT_MS = 20_000;

/**
 * A plain `ws` client on the sandbox's WebSocket API, the driver of these
 * tests (not under test). Every frame received is checked against
 * spec/asyncapi.yaml (a mismatch is recorded in `problems`); responses are
 * matched to requests by id; events queue in arrival order.
 */
export interface WsApiTestClient {
  readonly socket: WebSocket;
  /** Every event frame received so far, in order (`{ subscriptionId, event }`). */
  readonly events: Frame[];
  /** Frames that do not match their schema in spec/asyncapi.yaml. */
  readonly problems: string[];
  /** Sends a request (an id is added) and resolves with its response. */
  request(method: string, params?: Record<string, unknown>): Promise<Frame>;
  /** Sends raw text and resolves with the next response frame. */
  sendRaw(text: string): Promise<Frame>;
  /**
   * Every event that arrived before now: the server answers a request only after writing the
   * events it sent earlier, so a round trip (an unsubscribe of an id never used) flushes them.
   */
  drainEvents(): Promise<Frame[]>;
  /** Resolves once `count` events have arrived (without taking them). */
  waitForEvents(count: number): Promise<void>;
  /** Resolves with the close code and reason. */
  readonly closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

const open = new Set<WebSocket>();

export async function connectWsApi(sandbox: Sandbox): Promise<WsApiTestClient> {
  const socket = new WebSocket(sandbox.streamUrl);
  open.add(socket);
  const events: Frame[] = [];
  const problems: string[] = [];
  const pending = new Map<string, (frame: Frame) => void>();
  let rawWaiter: ((frame: Frame) => void) | undefined;
  let eventWaiter: (() => void) | undefined;
  let nextId = 1;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on("close", (code, reason) => {
      open.delete(socket);
      resolve({ code, reason: reason.toString() });
    });
  });
  socket.on("message", (data) => {
    const frame = JSON.parse(data.toString());
    problems.push(...asyncApiProblems(frame));
    if ("event" in frame) {
      events.push(frame);
      eventWaiter?.();
      return;
    }
    const waiter = pending.get(String(frame.id));
    if (waiter) {
      pending.delete(String(frame.id));
      waiter(frame);
    } else rawWaiter?.(frame);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });

  function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`No ${what} within ${WAIT_MS} ms`)), WAIT_MS);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  const client: WsApiTestClient = {
    socket,
    events,
    problems,
    request(method, params) {
      const id = `req-${nextId++}`;
      const response = new Promise<Frame>((resolve) => pending.set(id, resolve));
      socket.send(JSON.stringify(params === undefined ? { id, method } : { id, method, params }));
      return withTimeout(response, `response to ${method}`);
    },
    sendRaw(text) {
      const response = new Promise<Frame>((resolve) => {
        rawWaiter = resolve;
      });
      socket.send(text);
      return withTimeout(response, "response");
    },
    async drainEvents() {
      await client.request("userDataStream.unsubscribe", { subscriptionId: 65_534 });
      return events.splice(0);
    },
    waitForEvents(count) {
      if (events.length >= count) return Promise.resolve();
      return withTimeout(
        new Promise<void>((resolve) => {
          eventWaiter = () => {
            if (events.length >= count) resolve();
          };
        }),
        `${count} events`,
      );
    },
    closed: withTimeout(closed, "close"),
    close: () => socket.close(),
  };
  // Not awaited by every test: a test that never closes must not leave an unhandled rejection.
  client.closed.catch(() => undefined);
  return client;
}

/** Terminates every test client still open (afterEach). */
export function closeWsApiClients(): void {
  for (const socket of open) socket.terminate();
  open.clear();
}
