import { ClockSyncError } from "./errors.js";

export type FetchFunction = (request: Request) => Promise<Response>;

export const SERVER_TIME_PATH = "/api/v3/time";

/**
 * Local clock corrected by the offset to Binance's clock. The offset is
 * estimated from one `GET /api/v3/time` round trip, assuming the server read
 * its clock halfway through it (the NTP midpoint estimate).
 */
export interface ServerClock {
  /** Milliseconds since the epoch on the server's clock, as best known. */
  timestamp(): number;
  offsetMs(): number;
  /** Concurrent callers share one round trip. */
  sync(origin: string, fetch: FetchFunction): Promise<void>;
}

export function createServerClock(now: () => number): ServerClock {
  let offset = 0;
  let inFlight: Promise<void> | undefined;

  async function measure(origin: string, fetch: FetchFunction): Promise<void> {
    const url = origin + SERVER_TIME_PATH;
    const sentAt = now();
    let serverTime: unknown;
    try {
      const response = await fetch(new Request(url));
      serverTime = response.ok ? (await response.json()).serverTime : `HTTP ${response.status}`;
    } catch (cause) {
      serverTime = cause;
    }
    const receivedAt = now();
    if (typeof serverTime !== "number") {
      // `cause` is the network error, the bad body, or the HTTP status.
      throw new ClockSyncError(
        `Cannot read the server time from ${url}${typeof serverTime === "string" ? ` (${serverTime})` : ""}.`,
        { cause: serverTime },
      );
    }
    offset = serverTime - (sentAt + receivedAt) / 2;
  }

  return {
    timestamp: () => Math.round(now() + offset),
    offsetMs: () => offset,
    sync(origin, fetch) {
      inFlight ??= measure(origin, fetch).finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
}
