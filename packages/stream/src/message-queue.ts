/**
 * The messages waiting for the caller's `for await`: pushed by the
 * connection, taken in order. Takers that call `next()` before anything
 * arrived are served first come, first served (the iterator protocol lets a
 * caller ask several times without waiting). After `end()` the waiting
 * messages are still delivered, then the iteration ends.
 */
export class MessageQueue<T> {
  private readonly items: T[] = [];
  private head = 0;
  private readonly takers: ((result: IteratorResult<T>) => void)[] = [];
  private ended = false;

  push(item: T): void {
    if (this.ended) return;
    const taker = this.takers.shift();
    if (taker) taker({ value: item, done: false });
    else this.items.push(item);
  }

  end(): void {
    this.ended = true;
    // Takers wait only when no item is queued: none is left for them.
    for (const taker of this.takers.splice(0)) taker({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.head < this.items.length) {
      const value = this.items[this.head++] as T;
      // Drop the taken prefix now and then, so a long stream keeps a short array.
      if (this.head > 1024 && this.head * 2 > this.items.length) {
        this.items.splice(0, this.head);
        this.head = 0;
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.takers.push(resolve);
    });
  }
}
