// The floor of the stream bench: the least a program does to get user-data
// events into a `for await` loop. One listenToken from the REST call (never
// timed), one platform WebSocket, the subscribe request written by hand;
// then, per frame, `JSON.parse` and a hand-off to the loop through the
// smallest async iterator there is (an array queue and one waiting
// resolver). No checks, no typing, no renewal, no reconnection: what a
// stream client does on top of this is its overhead.

/**
 * @param {{ WebSocket: typeof globalThis.WebSocket, baseUrl: string, streamUrl: string, apiKey: string }} options
 * @returns {Promise<AsyncIterable<{ subscriptionId: number, event: any }> & { close(): void }>}
 */
export async function openRawStream({ WebSocket, baseUrl, streamUrl, apiKey }) {
  const answer = await fetch(new URL("/sapi/v1/userListenToken", baseUrl), { method: "POST", headers: { "X-MBX-APIKEY": apiKey } });
  if (!answer.ok) throw new Error(`raw stream: the token request answered ${answer.status}`);
  const { token } = await answer.json();

  const queue = [];
  let head = 0;
  let waiting;
  let subscribed;
  const socket = new WebSocket(streamUrl);
  const ready = new Promise((resolve, reject) => {
    subscribed = { resolve, reject };
    socket.onerror = () => reject(new Error("raw stream: the WebSocket failed"));
  });
  socket.onopen = () => socket.send(JSON.stringify({ id: "subscribe", method: "userDataStream.subscribe.listenToken", params: { listenToken: token } }));
  socket.onmessage = (message) => {
    const frame = JSON.parse(message.data);
    if (frame.event === undefined) {
      if (frame.id === "subscribe") frame.status === 200 ? subscribed.resolve() : subscribed.reject(new Error(`raw stream: subscribe answered ${frame.status}`));
      return;
    }
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ value: frame, done: false });
    } else queue.push(frame);
  };
  await ready;

  const iterator = {
    next() {
      if (head < queue.length) {
        const value = queue[head++];
        if (head === queue.length) {
          queue.length = 0;
          head = 0;
        }
        return Promise.resolve({ value, done: false });
      }
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
  };
  return {
    [Symbol.asyncIterator]: () => iterator,
    close() {
      socket.close();
      waiting?.({ value: undefined, done: true });
    },
  };
}
