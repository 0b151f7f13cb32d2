export type OpenedStream<Message = unknown> = {
  iterable: AsyncIterable<Message>;
  /** The event in a message, or undefined for a message that carries none. */
  eventOf: (message: Message) => { E: number } | undefined;
  subscribed: Promise<void>;
  close: () => Promise<void> | void;
};
export function startEventLoopConsumer<Message>(
  opened: OpenedStream<Message>,
  options?: { now?: () => number },
): {
  readonly received: number;
  take(count: number, send: () => Promise<unknown>): Promise<{ firstAt: number; lastAt: number }>;
  close(): Promise<void>;
};
