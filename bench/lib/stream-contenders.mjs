// The two consumers the stream bench compares, each opened on the same event
// source with the same WebSocket constructor: the floor (lib/raw-stream.mjs)
// and @sapi-kit/stream (client + signer, `createUserDataStream`). Each hands
// back its async iterable and how to find the event in what it yields.
import { openRawStream } from "./raw-stream.mjs";

/**
 * @typedef {{ baseUrl: string, streamUrl: string, apiKey: string, apiSecret: string, WebSocket: any }} OpenOptions
 * @typedef {{ iterable: AsyncIterable<any>, eventOf: (message: any) => any, subscribed: Promise<void>, close: () => Promise<void> | void }} OpenedStream
 */

export const floorStream = {
  id: "raw-websocket",
  label: "raw WebSocket + JSON.parse",
  floor: true,
  /** @param {OpenOptions} options @returns {Promise<OpenedStream>} */
  async open(options) {
    const raw = await openRawStream(options);
    return { iterable: raw, eventOf: (message) => message.event, subscribed: Promise.resolve(), close: () => raw.close() };
  },
};

export const sapiKitStream = {
  id: "sapi-kit-stream",
  label: "@sapi-kit/stream",
  /** @param {OpenOptions} options @returns {Promise<OpenedStream>} */
  async open({ baseUrl, streamUrl, apiKey, apiSecret, WebSocket }) {
    const [{ createClient }, { createSigner }, { createUserDataStream }] = await Promise.all([
      import("@sapi-kit/client"),
      import("@sapi-kit/signer"),
      import("@sapi-kit/stream"),
    ]);
    const client = createClient({ baseUrl });
    client.use(createSigner({ apiKey, apiSecret }));
    const stream = createUserDataStream({ client, url: streamUrl, WebSocket });
    let onSubscribed;
    let onError;
    const subscribed = new Promise((resolve, reject) => {
      onSubscribed = resolve;
      onError = reject;
    });
    return {
      iterable: stream,
      eventOf(message) {
        if (message.type === "event") return message.event;
        if (message.type === "subscribed") {
          onSubscribed();
          return undefined;
        }
        // Anything else (a gap, a malformed frame, an error) means the run is not measuring what it
        // says: it fails the wait for the subscription, or the loop (which fails the round).
        const error = new Error(`@sapi-kit/stream yielded '${message.type}' during the bench: ${String(message.error ?? message.reason ?? "")}`);
        onError(error);
        throw error;
      },
      subscribed,
      close: () => stream.close(),
    };
  },
};

export const streamContenders = [floorStream, sapiKitStream];

/** @param {string} id */
export function streamContenderById(id) {
  const found = streamContenders.find((contender) => contender.id === id);
  if (!found) throw new Error(`unknown stream contender '${id}'`);
  return found;
}
