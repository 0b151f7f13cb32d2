import { rejections } from "./binance-error.js";

export interface RateLimitOptions {
  /** UID weight allowed per minute window. Default 1200. */
  uidWeightPerMinute?: number;
  /** How long a 418 ban lasts once requests continue after a 429. Default 120000 ms. */
  banMs?: number;
}

const MINUTE_MS = 60_000;

interface UidUsage {
  window: number;
  used: number;
  /** Set when this window already answered 429: the next over-limit request is banned (418). */
  warned: boolean;
  bannedUntil: number;
}

export interface UidRateLimiter {
  /**
   * Admits a request of `weight` for `uid` or throws 429 / 418 with
   * `Retry-After`. Returns the weight used in the current window.
   */
  admit(uid: string, weight: number): number;
  /** Weight used in the current window (for the X-SAPI-USED-UID-WEIGHT-1M header). */
  used(uid: string): number;
  /** Throws 418 while `uid` is banned. */
  assertNotBanned(uid: string): void;
}

const secondsUntil = (now: number, until: number) => Math.max(1, Math.ceil((until - now) / 1000));

/**
 * A fixed one-minute window per UID, as Binance counts `X-SAPI-USED-UID-WEIGHT-1M`.
 * Windows follow the unskewed base clock: skew only models the matching
 * engine's clock, not the limiter's.
 */
export function createUidRateLimiter(now: () => number, options: RateLimitOptions = {}): UidRateLimiter {
  const limit = options.uidWeightPerMinute ?? 1200;
  const banMs = options.banMs ?? 120_000;
  const usage = new Map<string, UidUsage>();

  function current(uid: string): UidUsage {
    const window = Math.floor(now() / MINUTE_MS);
    let entry = usage.get(uid);
    if (!entry) {
      entry = { window, used: 0, warned: false, bannedUntil: 0 };
      usage.set(uid, entry);
    } else if (entry.window !== window) {
      entry.window = window;
      entry.used = 0;
      entry.warned = false;
    }
    return entry;
  }

  function assertNotBanned(uid: string): void {
    const entry = current(uid);
    const time = now();
    if (entry.bannedUntil > time) {
      throw rejections.banned(entry.bannedUntil, secondsUntil(time, entry.bannedUntil));
    }
  }

  return {
    assertNotBanned,
    used: (uid) => current(uid).used,
    admit(uid, weight) {
      assertNotBanned(uid);
      const entry = current(uid);
      const time = now();
      if (entry.used + weight <= limit) {
        entry.used += weight;
        return entry.used;
      }
      if (entry.warned) {
        entry.bannedUntil = time + banMs;
        throw rejections.banned(entry.bannedUntil, secondsUntil(time, entry.bannedUntil));
      }
      entry.warned = true;
      const windowEnd = (entry.window + 1) * MINUTE_MS;
      throw rejections.tooManyRequests(limit, secondsUntil(time, windowEnd));
    },
  };
}
