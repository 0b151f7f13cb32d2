// The caller's side of the stream bench: one `for await` loop per consumer,
// for its whole life. Per event it does what a caller's loop would do at the
// least, the same for every consumer: take the event, check it is the next
// one in order (its `E`, lib/event-frames.mjs), count it. A round asks for
// the next `count` events and resolves with the time of its first and last.
import { expectedEventTime } from "./event-frames.mjs";

/**
 * @param {import("./stream-contenders.mjs").OpenedStream} opened
 * @param {{ now?: () => number }} [options] now: ms, high resolution (performance.now)
 */
export function startEventLoopConsumer(opened, { now = () => performance.now() } = {}) {
  let received = 0;
  let round;
  let failure;
  const fail = (error) => {
    failure ??= error;
    round?.reject(error);
  };
  opened.subscribed.catch(fail);
  const loop = (async () => {
    for await (const message of opened.iterable) {
      const event = opened.eventOf(message);
      if (event === undefined) continue;
      if (event.E !== expectedEventTime(received)) {
        fail(new Error(`event ${received}: expected E ${expectedEventTime(received)}, got ${event.E}`));
        return;
      }
      received++;
      if (round === undefined) {
        fail(new Error(`event ${received} arrived outside a round`));
        return;
      }
      if (received === round.first) round.firstAt = now();
      if (received === round.last) {
        const done = round;
        round = undefined;
        done.resolve({ firstAt: done.firstAt, lastAt: now() });
      }
    }
  })().catch(fail);

  return {
    get received() {
      return received;
    },
    /** Resolves with the ms timestamps of the next `count` events' first and last; call `send` to make them come. */
    async take(count, send) {
      if (failure) throw failure;
      const finished = new Promise((resolve, reject) => {
        round = { first: received + 1, last: received + count, resolve, reject, firstAt: Number.NaN };
      });
      const [times] = await Promise.all([finished, send()]);
      return times;
    },
    async close() {
      await opened.close();
      await loop;
      if (failure) throw failure;
    },
  };
}
