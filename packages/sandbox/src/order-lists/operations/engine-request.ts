import type { OperationCall } from "../../binance/binance-api.js";
import type { MarginAccountRef } from "../engine/index.js";

/**
 * How validated wire parameters become the engine's request objects. The
 * engine's request fields are named as on the wire, decimals and enums stay
 * wire text, so a placement is the sent values with two readings:
 * `isIsolated` ("TRUE" / "FALSE" in any letter case) becomes a boolean and LONG values (trailing
 * deltas) their decimal text.
 */
export function wireRequest(call: OperationCall): Record<string, string | boolean> {
  const request: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(call.params.values)) {
    request[name] = typeof value === "boolean" ? value : String(value);
  }
  const isIsolated = call.params.flag("isIsolated");
  if (isIsolated !== undefined) request.isIsolated = isIsolated;
  return request;
}

/**
 * The margin account a query addresses: cross, or the isolated account of
 * `symbol`. The generated rules have already required `symbol` for isolated
 * and refused it for cross.
 */
export function marginAccount(call: OperationCall): MarginAccountRef {
  const symbol = call.params.text("symbol");
  return call.params.flag("isIsolated") === true && symbol !== undefined
    ? { isIsolated: true, symbol }
    : { isIsolated: false };
}

/** Signed operations always know the account; the pipeline guarantees it. */
export function apiKeyOf(call: OperationCall): string {
  if (!call.account) throw new TypeError(`${call.operation.operationId} reached its behaviour without an account.`);
  return call.account.apiKey;
}

/**
 * The symbol and margin mode of an order call (`symbol` mandatory there, `isIsolated`
 * "TRUE" / "FALSE", default FALSE), as the engine's order requests take them.
 */
export function orderAccount(call: OperationCall): { symbol: string; isIsolated: boolean } {
  return { symbol: call.params.text("symbol") ?? "", isIsolated: call.params.flag("isIsolated") ?? false };
}

/** The optional parameters a call sent, by name, read with `read`; absent ones are left out. */
export function sentParameters<T>(
  names: readonly string[],
  read: (name: string) => T | undefined,
): Record<string, T> {
  const sent: Record<string, T> = {};
  for (const name of names) {
    const value = read(name);
    if (value !== undefined) sent[name] = value;
  }
  return sent;
}

/** A LONG time in ms as a number (every time the sandbox stores is a safe integer). */
export const toMs = (value: bigint | undefined): number | undefined => (value === undefined ? undefined : Number(value));
