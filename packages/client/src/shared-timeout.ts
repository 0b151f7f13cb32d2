/**
 * The signer's timeout for a client's direct calls (direct-call.ts): one
 * timer for all of their exchanges, instead of one set and cleared per
 * exchange. Node entry only.
 *
 * Why: in a loop of calls one after another, every call emptied Node's list
 * of timers of that duration and the next one built it again (a
 * priority-queue insert, calls into libuv to schedule the timer and to ref
 * and unref it): about 4.5 µs of a call, a third of what sapi-kit added to
 * the floor's own JavaScript (measured with node:http replaced by an
 * in-memory answer).
 *
 * Exchanges with the same timeout run out in the order they started, so they
 * wait in a queue, oldest first, and the one timer is armed for the oldest
 * still running. An exchange that ends leaves the queue (at once if it is the
 * oldest, else once those before it have ended too). When the timer fires,
 * the exchange it was armed for times out, and so does every other one whose
 * time is up (by a monotonic clock); then it is armed for the next. When the
 * queue is empty the timer is left to run out, unreferenced: a pending
 * exchange holds the process open by its socket, never by this timer, and the
 * next exchange, whose time ends after that timer fires, needs no timer of
 * its own. The caller sees what a timer per exchange gave: the exchange fails
 * `ms` after it started.
 */
/**
 * Milliseconds on a monotonic clock. process.hrtime, not performance.now():
 * on Node, the first use of the global `performance` loads perf_hooks (nine
 * internal modules), which a process that never touched it would otherwise
 * pay on its first signed call.
 */
const monotonicMs = (): number => {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
};

export class SharedTimeout {
  readonly ms: number;
  /** Oldest first; entries before `#head` have left. */
  #queue: Waiting[] = [];
  #head = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The exchange the timer was armed for: when the timer fires, its time is up whatever a clock says. */
  #armedFor: Waiting | undefined;

  constructor(ms: number) {
    this.ms = ms;
  }

  /** Starts the clock of an exchange; `expire` is called if it is still running after `ms`. */
  start(expire: () => void): Waiting {
    const waiting: Waiting = { endsAt: monotonicMs() + this.ms, expire };
    this.#queue.push(waiting);
    if (!this.#timer) this.#arm(waiting, this.ms);
    return waiting;
  }

  /** The exchange ended (answered, failed or timed out): it leaves the queue. */
  end(waiting: Waiting): void {
    waiting.expire = undefined;
    const queue = this.#queue;
    while (this.#head < queue.length && !(queue[this.#head] as Waiting).expire) this.#head++;
    if (this.#head === queue.length) {
      queue.length = 0;
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > queue.length) {
      queue.splice(0, this.#head);
      this.#head = 0;
    }
  }

  #arm(waiting: Waiting, delay: number): void {
    this.#armedFor = waiting;
    this.#timer = setTimeout(() => this.#fire(), delay);
    this.#timer.unref?.();
  }

  #fire(): void {
    this.#timer = undefined;
    const now = monotonicMs();
    if (this.#armedFor) this.#expire(this.#armedFor);
    this.#armedFor = undefined;
    for (let next = this.#queue[this.#head]; next; next = this.#queue[this.#head]) {
      if (next.endsAt > now) {
        this.#arm(next, next.endsAt - now);
        return;
      }
      this.#expire(next);
    }
  }

  #expire(waiting: Waiting): void {
    const { expire } = waiting;
    this.end(waiting);
    expire?.();
  }
}

/** One exchange's place in the queue; `expire` is cleared once it ended. */
export interface Waiting {
  readonly endsAt: number;
  expire: (() => void) | undefined;
}
