import { rejections } from "./binance-error.js";

export interface RateLimitOptions {
  /**
   * UID weight allowed per minute window, per UID-weighed `/sapi` endpoint and account. Default
   * 180000, Binance's documented `/sapi` figure (see `SAPI_UID_WEIGHT_PER_MINUTE`).
   */
  uidWeightPerMinute?: number;
  /**
   * IP weight allowed per minute window, per IP-weighed `/sapi` endpoint and IP, reported in
   * `X-SAPI-USED-IP-WEIGHT-1M`. Default 12000 (see `SAPI_IP_WEIGHT_PER_MINUTE`). Over it: 429, never 418.
   */
  sapiIpWeightPerMinute?: number;
  /**
   * IP weight allowed per minute for `/api/*` (here `GET /api/v3/time`), reported in
   * `X-MBX-USED-WEIGHT-1M`. Default 6000, Binance's documented `/api/*` limit.
   */
  ipWeightPerMinute?: number;
  /** How long a `/api/*` 418 ban lasts once requests continue after a 429. Default 120000 ms. `/sapi` never bans. */
  banMs?: number;
}

/*
 * Limits from Binance's `/api/*` vs `/sapi/*` table
 * (https://developers.binance.com/zh-CN/docs/products/caas/basics/4.rate-limits): `/api/*` endpoints
 * "share 6,000 per minute per IP"; on `/sapi/*` "each IP-limited endpoint has an independent 12,000 per
 * minute; each UID-limited endpoint an independent 180,000 per minute", reported in
 * X-SAPI-USED-IP-WEIGHT-1M / X-SAPI-USED-UID-WEIGHT-1M, and "always 429" (no 418 escalation).
 */
export const API_IP_WEIGHT_PER_MINUTE = 6000;
export const SAPI_IP_WEIGHT_PER_MINUTE = 12_000;
export const SAPI_UID_WEIGHT_PER_MINUTE = 180_000;

const MINUTE_MS = 60_000;

interface WindowUsage {
  window: number;
  used: number;
  /** Set when this window already answered 429: the next over-limit request is banned (418). */
  warned: boolean;
  bannedUntil: number;
}

/** A per-key (UID or IP) weight limit over fixed one-minute windows. */
export interface WeightLimiter {
  /**
   * Admits a request of `weight` for `key` or throws 429 / 418 with
   * `Retry-After`. Returns the weight used in the current window.
   */
  admit(key: string, weight: number): number;
  /** Weight used in the current window (for the X-SAPI-USED-UID-WEIGHT-1M / X-MBX-USED-WEIGHT-1M header). */
  used(key: string): number;
  /** Throws 418 while `key` is banned. */
  assertNotBanned(key: string): void;
}

export type UidRateLimiter = WeightLimiter;

const secondsUntil = (now: number, until: number) => Math.max(1, Math.ceil((until - now) / 1000));

/**
 * A fixed one-minute window per UID, as Binance counts `X-SAPI-USED-UID-WEIGHT-1M`:
 * 429 over the limit, every time, never a 418 ban (the table above: on `/sapi/*` "always 429 — the
 * 418 IP-ban escalation does not apply"; spec/README.md, "418 on /sapi").
 * Windows follow the unskewed base clock: skew only models the matching
 * engine's clock, not the limiter's.
 */
export function createUidRateLimiter(now: () => number, options: RateLimitOptions = {}): WeightLimiter {
  return createWeightLimiter(now, options.uidWeightPerMinute ?? SAPI_UID_WEIGHT_PER_MINUTE, undefined);
}

/** A fixed one-minute window per IP for IP-weighed `/sapi` endpoints: 429 over the limit, no ban. */
export function createSapiIpRateLimiter(now: () => number, options: RateLimitOptions = {}): WeightLimiter {
  return createWeightLimiter(now, options.sapiIpWeightPerMinute ?? SAPI_IP_WEIGHT_PER_MINUTE, undefined);
}

/**
 * A fixed one-minute window per IP for `/api/*`, as Binance counts
 * `X-MBX-USED-WEIGHT-1M`: 429 over the limit, then a 418 ban for requests
 * that keep coming.
 */
export function createIpRateLimiter(now: () => number, options: RateLimitOptions = {}): WeightLimiter {
  return createWeightLimiter(now, options.ipWeightPerMinute ?? API_IP_WEIGHT_PER_MINUTE, options.banMs ?? 120_000);
}

/** `banMs` undefined: never ban, answer 429 each time. */
function createWeightLimiter(now: () => number, limit: number, banMs: number | undefined): WeightLimiter {
  const usage = new Map<string, WindowUsage>();

  function current(uid: string): WindowUsage {
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
      if (entry.warned && banMs !== undefined) {
        entry.bannedUntil = time + banMs;
        throw rejections.banned(entry.bannedUntil, secondsUntil(time, entry.bannedUntil));
      }
      entry.warned = true;
      const windowEnd = (entry.window + 1) * MINUTE_MS;
      throw rejections.tooManyRequests(limit, secondsUntil(time, windowEnd));
    },
  };
}
