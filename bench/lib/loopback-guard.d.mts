export function isLoopbackHost(host: unknown): boolean;
export function fetchTargetHost(input: string | URL | { url: string }): string;
export function allowLoopbackOnly(): void;
export function guardFetch(origin: string): void;
