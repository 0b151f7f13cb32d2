import { StreamConfigError } from "./stream-errors.js";
import type { StreamAccount } from "./stream-types.js";

/** "cross" or "isolated:BTCUSDT": one key per account, to refuse the same account twice. */
export const accountKey = (account: StreamAccount): string => (account.type === "cross" ? "cross" : `isolated:${account.symbol}`);

/**
 * Checks the accounts option: at least one, each valid, none twice. The
 * messages then carry the caller's own objects, so `message.account === cross` works.
 */
export function checkAccounts(accounts: readonly StreamAccount[]): StreamAccount[] {
  if (accounts.length === 0) throw new StreamConfigError("accounts: none");
  const seen = new Set<string>();
  return accounts.map((account) => {
    if (account?.type !== "cross" && !(account?.type === "isolated" && typeof account.symbol === "string" && account.symbol !== "")) {
      throw new StreamConfigError('accounts: { type: "cross" } or { type: "isolated", symbol }');
    }
    const key = accountKey(account);
    if (seen.has(key)) throw new StreamConfigError(`accounts: ${key} twice`);
    seen.add(key);
    return account;
  });
}
