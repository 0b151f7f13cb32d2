// Default entry: the platform WebSocket (browsers, Deno, Bun, workerd,
// Node 22+). Node resolves the `node` export condition (./node.ts), which
// falls back to `ws` on Node 20.
import { createStream } from "./create-stream.js";
import { StreamConfigError } from "./stream-errors.js";
import type { UserDataStream, UserDataStreamOptions, WebSocketConstructor } from "./stream-types.js";

export * from "./public-api.js";

/** Follows the user data stream of `accounts` on one WebSocket API connection; iterate it with `for await`. */
export function createUserDataStream(options: UserDataStreamOptions): UserDataStream {
  // Checked here, not on the first connection: a runtime without a WebSocket is not worth retrying.
  const platform = options?.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!platform) throw new StreamConfigError("no global WebSocket: pass the WebSocket option");
  return createStream(options, () => platform);
}
