export type HmacCandidate = { id: string; sign: (query: string) => string | Promise<string> };
export type HmacTiming = { id: string; usPerSign: number };
export function hmacCandidates(secret: string): Promise<HmacCandidate[]>;
export function timeHmacs(candidates: readonly HmacCandidate[], options?: { passes?: number; signs?: number }): Promise<HmacTiming[]>;
export function fastestHmac(timings: readonly HmacTiming[]): HmacTiming;
