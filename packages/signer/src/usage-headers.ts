import type { UsageHeaders } from "./options.js";

/** Collects Binance's rate-limit usage counters, e.g. `X-SAPI-USED-UID-WEIGHT-1M: 1`. */
export function readUsageHeaders(headers: Headers): UsageHeaders {
  const usage: UsageHeaders = {};
  headers.forEach((value, name) => {
    // Headers iterate with lower-case names; upper case matches Binance's documentation.
    if (/^x-(sapi|mbx)-used-/.test(name)) usage[name.toUpperCase()] = Number(value);
  });
  return usage;
}
