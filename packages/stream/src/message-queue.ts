/**
 * The messages waiting for the caller's `for await`: pushed by the
 * connection, taken one at a time. One consumer; after `end()` the
 * waiting messages are still delivered, then the iteration ends.
 */
export class MessageQueue<T> {
  private readonly items: T[] = [];
  private head = 0;
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private ended = false;

  push(item: T): void {
    if (this.ended) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting({ value: item, done: false });
    } else this.items.push(item);
  }

  end(): void {
    this.ended = true;
    if (this.waiting && this.head === this.items.length) {
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting({ value: undefined, done: true });
    }
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
      this.waiting = resolve;
    });
  }
}
