export function formatTable(results: unknown): string;
export function formatRuntimes(runtimes: readonly unknown[]): string[];
export function formatHeap(heap: unknown): string[];
