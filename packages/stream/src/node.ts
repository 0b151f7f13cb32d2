// Node entry (`node` export condition; Bun and Deno resolve it too): the
// platform WebSocket where there is one (Node 22+, Bun, Deno), else `ws`,
// loaded on the first connection only, so that Node 22+ never reads it.
import { createStream } from "./create-stream.js";
import type { UserDataStream, UserDataStreamOptions, WebSocketConstructor } from "./stream-types.js";

export * from "./public-api.js";

/** Follows the user data stream of `accounts` on one WebSocket API connection; iterate it with `for await`. */
export function createUserDataStream(options: UserDataStreamOptions): UserDataStream {
  return createStream(options, async () => {
    const platform = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    return platform ?? ((await import("ws")).WebSocket as unknown as WebSocketConstructor);
  });
}
