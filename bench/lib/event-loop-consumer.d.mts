export type OpenedStream = {
  iterable: AsyncIterable<unknown>;
  eventOf: (message: any) => any;
  subscribed: Promise<void>;
  close: () => Promise<void> | void;
};
export function startEventLoopConsumer(
  opened: OpenedStream,
  options?: { now?: () => number },
): {
  readonly received: number;
  take(count: number, send: () => Promise<unknown>): Promise<{ firstAt: number; lastAt: number }>;
  close(): Promise<void>;
};
