export type RecordedAnswer = { status: number; headers: Record<string, string>; body: string };
export function startReplayServer(options: { apiKey: string; apiSecret: string; answer: RecordedAnswer }): Promise<{
  baseUrl: string;
  takeCounts: () => { verified: number; refused: number };
  close: () => Promise<void>;
}>;
export function recordCancelAnswer(target: unknown): Promise<RecordedAnswer>;
