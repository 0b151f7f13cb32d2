/**
 * Per-IP weight per minute, reported in `X-MBX-USED-WEIGHT-1M`. The sandbox
 * reports it but does not enforce an IP limit: the endpoint under test is
 * limited per UID.
 */
export interface IpWeightCounter {
  add(ip: string, weight: number): number;
}

export function createIpWeightCounter(now: () => number): IpWeightCounter {
  const usage = new Map<string, { window: number; used: number }>();
  return {
    add(ip, weight) {
      const window = Math.floor(now() / 60_000);
      const entry = usage.get(ip);
      if (!entry || entry.window !== window) {
        usage.set(ip, { window, used: weight });
        return weight;
      }
      entry.used += weight;
      return entry.used;
    },
  };
}
