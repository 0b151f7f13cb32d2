// Placeholder replaced below once numbers are seen.
export function heapVerdict(readings) {
  return { readings };
}
