export const CYCLE: number;
export const BASE_TIME: number;
export function eventFrameTexts(subscriptionId: number): string[];
export function textFrame(text: string): Buffer;
export function frameRun(frames: readonly Buffer[], from: number, count: number): Buffer;
export function expectedEventTime(n: number): number;
