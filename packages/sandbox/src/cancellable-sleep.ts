/**
 * Timers for delay faults that `close()` can cut short, so a closing sandbox
 * never keeps the process (or a test run) alive.
 */
export interface CancellableSleep {
  sleep(ms: number): Promise<void>;
  cancelAll(): void;
}

export function createCancellableSleep(): CancellableSleep {
  const pending = new Map<NodeJS.Timeout, () => void>();
  return {
    sleep(ms) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(timer);
          resolve();
        }, ms);
        pending.set(timer, resolve);
      });
    },
    cancelAll() {
      for (const [timer, resolve] of pending) {
        clearTimeout(timer);
        resolve();
      }
      pending.clear();
    },
  };
}
