export const CONCURRENCY: number;
export type RoundConfig = { rounds: number; sequentialCalls: number; concurrentBatches: number; warmupCalls: number };
export type Order = { symbol: string; orderListId: number };
export type PerCallContender = {
  id: string;
  label: string;
  floor?: boolean;
  create: (options: { baseUrl: string; apiKey: string; apiSecret: string }) => Promise<(order: Order) => Promise<unknown>> | ((order: Order) => Promise<unknown>);
};
export type Timing = { medianUs: number; samples: number; ratio: number; ratioOfMedians: number };
export function callsPerContender(config: RoundConfig): number;
export function measurePerCall(
  options: RoundConfig & {
    contenders: readonly PerCallContender[];
    target: {
      baseUrl: string;
      credentials: { apiKey: string; apiSecret: string };
      seed: (count: number) => Order[];
      expectOnlyCancels: (calls: number, who: string) => void;
    };
    log?: (message: string) => void;
  },
): Promise<{ id: string; label: string; sequential: Timing; concurrent: Timing & { concurrency: number } }[]>;
