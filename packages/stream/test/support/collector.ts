import type { StreamMessage, UserDataStream } from "../../src/index.js";

/** How long `until` waits before it fails with what it saw: a guard against a hang, not a speed assertion. */
const GIVE_UP_MS = 30_000;

/**
 * Reads a stream in the background, as a caller's `for await` does, and
 * keeps every message, so that a test can wait for a condition on them.
 */
export class Collector {
  readonly messages: StreamMessage[] = [];
  readonly finished: Promise<void>;
  private readonly waiters = new Set<() => void>();

  constructor(stream: UserDataStream) {
    this.finished = (async () => {
      for await (const message of stream) {
        this.messages.push(message);
        for (const wake of this.waiters) wake();
      }
      for (const wake of this.waiters) wake();
    })();
  }

  /** Messages of one type. */
  of<T extends StreamMessage["type"]>(type: T): Extract<StreamMessage, { type: T }>[] {
    return this.messages.filter((message): message is Extract<StreamMessage, { type: T }> => message.type === type);
  }

  /** Resolves once `condition` holds on the messages so far; fails after GIVE_UP_MS, listing them. */
  until(what: string, condition: (messages: StreamMessage[]) => boolean): Promise<void> {
    if (condition(this.messages)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`Gave up waiting for ${what}; messages: ${JSON.stringify(this.messages.map(summary))}`));
      }, GIVE_UP_MS);
      const check = () => {
        if (!condition(this.messages)) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
  }
}

/** A short line per message, for failure output. */
export function summary(message: StreamMessage): string {
  const account = (a: { type: string; symbol?: string } | undefined) => (a ? (a.type === "cross" ? "cross" : `isolated ${a.symbol}`) : "-");
  switch (message.type) {
    case "event": {
      const { event } = message;
      const detail = message.known && event.e === "executionReport" ? ` ${event.x}/${event.X} i=${event.i}` : message.known && event.e === "listStatus" ? ` ${event.L} g=${event.g}` : "";
      return `event ${account(message.account)} #${message.subscriptionId} ${event.e}${detail}`;
    }
    case "subscribed":
      return `subscribed ${account(message.account)} #${message.subscriptionId}${message.renewal ? " renewal" : ""}`;
    case "gap":
      return `gap ${message.reason} ${message.accounts.map(account).join(",")}`;
    case "malformed":
      return `malformed ${message.error.message}`;
    case "error":
      return `error ${account(message.account)} ${message.error.message}`;
  }
}
