import { ClockSyncError } from "./errors.js";

export type FetchFunction = (request: Request) => Promise<Response>;

export const SERVER_TIME_PATH = "/api/v3/time";

// Milliseconds since the epoch before the year 2286 (13 digits). Anything else
// (1e300, a negative, a microsecond reading) would make every timestamp absurd.
const LATEST_SERVER_TIME = 1e13;

/**
 * Local clock corrected by the offset to Binance's clock. The offset is
 * estimated from one `GET /api/v3/time` round trip, assuming the server read
 * its clock halfway through it (the NTP midpoint estimate).
 */
export interface ServerClock {
  /** Milliseconds since the epoch on the server's clock, as best known. */
  timestamp(): number;
  offsetMs(): number;
  /**
   * Concurrent callers share one round trip, bounded by the signal of the
   * caller that started it (a later caller's signal cannot cancel it for the others).
   */
  sync(origin: string, fetch: FetchFunction, signal?: AbortSignal): Promise<void>;
}

export function createServerClock(now: () => number): ServerClock {
  let offset = 0;
  let inFlight: Promise<void> | undefined;

  async function measure(origin: string, fetch: FetchFunction, signal?: AbortSignal): Promise<void> {
    const url = origin + SERVER_TIME_PATH;
    const sentAt = now();
    let serverTime: unknown;
    try {
      const response = await fetch(new Request(url, { signal }));
      serverTime = response.ok ? (await response.json()).serverTime : `HTTP ${response.status}`;
    } catch (cause) {
      // A network error, an abort or timeout of the caller's signal, an unparsable body.
      serverTime = cause;
    }
    const receivedAt = now();
    if (typeof serverTime !== "number" || !(serverTime >= 0 && serverTime < LATEST_SERVER_TIME)) {
      // `cause` is the error, the HTTP status or the unusable value.
      throw new ClockSyncError(
        `No usable serverTime from ${url}${typeof serverTime === "object" ? "" : ` (${serverTime})`}.`,
        { cause: serverTime },
      );
    }
    offset = serverTime - (sentAt + receivedAt) / 2;
  }

  return {
    timestamp: () => Math.round(now() + offset),
    offsetMs: () => offset,
    sync(origin, fetch, signal) {
      inFlight ??= measure(origin, fetch, signal).finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
}
