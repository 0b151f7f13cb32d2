// The scenario's second part (scenario/run-scenario.mjs): the user data
// stream's round trip through @sapi-kit/stream, as its README uses it. A
// client + signer on the sandbox, `createUserDataStream` on the sandbox's
// WebSocket API (cross margin), one `for await` loop; once subscribed, a
// signed OCO placement; then the loop waits for the fill's executionReport
// and the list's ALL_DONE (the host moves the price once the sandbox holds
// the list: the sandbox's admin routes refuse web pages, by design), and
// the stream is closed. The stream finds its WebSocket by itself: the
// platform's where there is one, `ws` on Node 20. The platform's constructor
// is wrapped only to count what goes through it, so the host can tell which
// one was used.
import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";
import { createUserDataStream } from "@sapi-kit/stream";
import { call, describeThrown } from "./call-outcome.mjs";

/** @typedef {import("./scenario-types.js").StreamRoundTripInput} StreamRoundTripInput */
/** @typedef {import("./scenario-types.js").StreamRoundTripReport} StreamRoundTripReport */
/** @typedef {import("./scenario-types.js").ReceivedEvent} ReceivedEvent */
/** @typedef {import("./scenario-types.js").CallOutcome} CallOutcome */

/** Counts the connections made through `globalThis.WebSocket` until `restore()`. */
function countPlatformConnections() {
  /** @type {any} */
  const global = globalThis;
  const platform = global.WebSocket;
  const use = { platformPresent: typeof platform === "function", platformConnections: 0 };
  if (!use.platformPresent) return { use, restore() {} };
  global.WebSocket = new Proxy(platform, {
    construct(target, args) {
      use.platformConnections++;
      return Reflect.construct(target, args);
    },
  });
  return {
    use,
    restore() {
      global.WebSocket = platform;
    },
  };
}

/**
 * Resolves with `promise`'s value, or false once `ms` have passed (the timer is cleared either way).
 * @template T @param {Promise<T>} promise @param {number} ms @returns {Promise<T | false>}
 */
async function within(promise, ms) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  try {
    return await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(() => resolve(false), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** The fields the host checks, by event type (`l` and `L` mean different things in each). @param {any} event @returns {ReceivedEvent} */
function received(event) {
  if (event.e === "executionReport") return { e: event.e, g: event.g, x: event.x, X: event.X, i: event.i, o: event.o };
  if (event.e === "listStatus") return { e: event.e, g: event.g, l: event.l, L: event.L };
  return { e: String(event.e) };
}

/**
 * @param {StreamRoundTripInput} input
 * @param {{ baseUrl: string, symbol: string }} market
 * @returns {Promise<StreamRoundTripReport>}
 */
export async function runStreamRoundTrip(input, { baseUrl, symbol }) {
  const counter = countPlatformConnections();
  /** @type {{ subscriptionId: number, renewal: boolean }[]} */
  const subscribed = [];
  /** @type {ReceivedEvent[]} */
  const events = [];
  /** Events that arrived once close() was called (the sandbox answers an unsubscribe with eventStreamTerminated). @type {ReceivedEvent[]} */
  const eventsWhileClosing = [];
  let closing = false;
  /** @type {string[]} */
  const others = [];
  /** @type {CallOutcome} */
  let placed = { thrown: "not placed: the stream did not subscribe" };
  let filled = false;
  let closed = false;
  /** @type {string | undefined} */
  let thrown;

  /** @type {() => void} */
  let onSubscribed = () => {};
  const firstSubscribed = new Promise((resolve) => (onSubscribed = () => resolve(true)));
  /** @type {() => void} */
  let onFilled = () => {};
  const fillArrived = new Promise((resolve) => (onFilled = () => resolve(true)));
  let traded = false;
  let done = false;

  const client = createClient({ baseUrl });
  client.use(createSigner({ apiKey: input.apiKey, apiSecret: input.apiSecret }));
  const stream = createUserDataStream({ client, url: input.streamUrl });
  const loop = (async () => {
    for await (const message of stream) {
      if (message.type === "subscribed") {
        subscribed.push({ subscriptionId: message.subscriptionId, renewal: message.renewal });
        onSubscribed();
      } else if (message.type === "event") {
        const event = /** @type {any} */ (message.event);
        (closing ? eventsWhileClosing : events).push(received(event));
        if (event.e === "executionReport" && event.x === "TRADE") traded = true;
        if (event.e === "listStatus" && event.l === "ALL_DONE") done = true;
        if (traded && done) onFilled();
      } else {
        const detail = /** @type {any} */ (message);
        others.push(`${message.type}: ${detail.error instanceof Error ? describeThrown(detail.error) : String(detail.reason ?? detail.frame ?? "")}`);
      }
    }
  })();
  try {
    if (await within(firstSubscribed, input.waitMs)) {
      const { place } = input;
      placed = await call(() =>
        client.POST("/sapi/v1/margin/order/oco", {
          params: {
            query: {
              symbol,
              side: "SELL",
              quantity: place.quantity,
              price: place.price,
              stopPrice: place.stopPrice,
              stopLimitPrice: place.stopLimitPrice,
              stopLimitTimeInForce: "GTC",
              listClientOrderId: place.listClientOrderId,
            },
          },
        }),
      );
      if (placed.status === 200) filled = (await within(fillArrived, input.waitMs)) === true;
    }
  } catch (error) {
    thrown = describeThrown(error);
  } finally {
    try {
      closing = true;
      await stream.close();
      await loop;
      closed = true;
    } catch (error) {
      thrown ??= describeThrown(error);
    }
    counter.restore();
  }
  return { webSocket: counter.use, subscribed, placed, events, eventsWhileClosing, others, filled, closed, ...(thrown === undefined ? {} : { thrown }) };
}
