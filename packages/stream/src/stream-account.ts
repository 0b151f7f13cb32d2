import { StreamConfigError } from "./stream-errors.js";
import type { StreamAccount } from "./stream-types.js";

/**
 * Checks the accounts option: at least one, each valid, none twice (one
 * subscription per account and connection). The messages then carry the
 * caller's own objects, so `message.account === cross` works.
 */
export function checkAccounts(accounts: readonly StreamAccount[]): readonly StreamAccount[] {
  const seen = new Set<string>();
  for (const account of accounts) {
    const key = account?.type === "cross" ? "cross" : account?.type === "isolated" && typeof account.symbol === "string" ? account.symbol : "";
    if (!key || seen.has(key)) throw new StreamConfigError(`accounts: ${key ? `${key} twice` : 'each { type: "cross" } or { type: "isolated", symbol }'}`);
    seen.add(key);
  }
  if (!seen.size) throw new StreamConfigError("accounts: none");
  return accounts;
}
