// What a client's stream handed the test, in arrival order, and a way to wait
// for a condition on it.
//
// Why: the events of a fill travel over a socket, so a test cannot know when
// they arrive; it waits for them instead of sleeping. Every wait re-checks its
// condition on each new entry and fails after a generous, explicit timeout
// (a busy 2-core machine can stall a process for seconds), printing what did
// arrive. Entries are stream events and order updates: no keys or signatures.

/** Long enough for a loaded machine; a passing run waits milliseconds. */
export const STREAM_TIMEOUT_MS = 30_000;

interface Waiter<T> {
  readonly until: (entries: readonly T[]) => boolean;
  readonly resolve: () => void;
}

export class EventLog<T> {
  readonly #entries: T[] = [];
  readonly #waiters = new Set<Waiter<T>>();

  /** Every entry so far, oldest first (a copy). */
  get entries(): T[] {
    return [...this.#entries];
  }

  push(entry: T): void {
    this.#entries.push(entry);
    for (const waiter of [...this.#waiters]) {
      if (waiter.until(this.#entries)) {
        this.#waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  /** Resolves once `until` holds for the entries (at once if it already does); rejects after `timeoutMs`. */
  waitFor(description: string, until: (entries: readonly T[]) => boolean, timeoutMs = STREAM_TIMEOUT_MS): Promise<void> {
    if (until(this.#entries)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter<T> = {
        until,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${description}; received: ${JSON.stringify(this.#entries)}`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }
}
