/**
 * Timers for delay faults that `close()` can cut short, so a closing sandbox
 * never keeps the process (or a test run) alive.
 */
export interface CancellableSleep {
  /** Resolves true when the time has passed, false when `cancelAll` cut it short. */
  sleep(ms: number): Promise<boolean>;
  cancelAll(): void;
}

export function createCancellableSleep(): CancellableSleep {
  const pending = new Map<NodeJS.Timeout, (completed: boolean) => void>();
  return {
    sleep(ms) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(timer);
          resolve(true);
        }, ms);
        pending.set(timer, resolve);
      });
    },
    cancelAll() {
      for (const [timer, resolve] of pending) {
        clearTimeout(timer);
        resolve(false);
      }
      pending.clear();
    },
  };
}
