import type { AccountRecord, AccountRegistry } from "../state/accounts.js";
import type { SandboxClock } from "../state/sandbox-clock.js";
import { rejections } from "./binance-error.js";
import { readLong, readText } from "./parameter-text.js";
import type { RawQueryPair } from "./raw-query.js";
import type { SandboxRequest } from "./sandbox-request.js";
import { verifySignature } from "./signature-verification.js";
import { FUTURE_TOLERANCE_MS, RECV_WINDOW_DEFAULT_MS, RECV_WINDOW_MAX_MS } from "./timing-rules.js";
import { collectTotalParams } from "./total-params.js";

export interface SignedRequestDependencies {
  readonly accounts: AccountRegistry;
  readonly clock: SandboxClock;
}

export interface AuthenticatedRequest {
  readonly account: AccountRecord;
  readonly params: ReadonlyMap<string, RawQueryPair>;
}

/** Binance's timestamp rule: `timestamp < serverTime + 1000` and `serverTime - timestamp <= recvWindow`. */
export function assertTimestampInWindow(timestamp: number, recvWindow: number, serverTime: number): void {
  if (timestamp >= serverTime + FUTURE_TOLERANCE_MS) throw rejections.timestampAhead(FUTURE_TOLERANCE_MS);
  if (serverTime - timestamp > recvWindow) throw rejections.timestampOutsideRecvWindow();
}

/**
 * The SIGNED (TRADE, USER_DATA) security pipeline, in the order the sandbox
 * applies it: API key (401) -> `onAccount` (the caller's ban check, 418) ->
 * body content type (-1100) -> duplicates (-1101) -> a GET's form body
 * (-1104) -> timestamp/signature sent (-1102) -> recvWindow (-1100/-1131) ->
 * timestamp window (-1021) -> signature
 * over totalParams, i.e. query string + body (-1022). The caller then charges
 * the weight (429/418) and validates the operation's parameters.
 *
 * `onAccount` fires as soon as the account is known, so even rejections carry
 * the account's weight header.
 */
export function authenticateSignedRequest(
  request: SandboxRequest,
  dependencies: SignedRequestDependencies,
  onAccount: (account: AccountRecord) => void,
): AuthenticatedRequest {
  const { accounts, clock } = dependencies;
  if (request.apiKey === undefined || request.apiKey.trim() === "") throw rejections.apiKeyFormatInvalid();
  const account = accounts.find(request.apiKey);
  if (!account) throw rejections.apiKeyRejected();
  onAccount(account);

  const { params, signedPayload, signature } = collectTotalParams(request);
  // The /sapi timing rules (LONG milliseconds) are explained in the README, "Timing on /sapi".
  const timestamp = readLong(params, "timestamp");
  if (timestamp === undefined) throw rejections.mandatoryParameterMissing("timestamp");
  // An empty `signature=` is an empty mandatory parameter like any other: -1102.
  if (readText(params, "signature") === undefined) throw rejections.mandatoryParameterMissing("signature");
  const recvWindow = readLong(params, "recvWindow") ?? BigInt(RECV_WINDOW_DEFAULT_MS);
  if (recvWindow > BigInt(RECV_WINDOW_MAX_MS)) throw rejections.recvWindowTooLarge(RECV_WINDOW_MAX_MS);

  assertTimestampInWindow(Number(timestamp), Number(recvWindow), clock.serverTime());

  if (
    signedPayload === undefined ||
    signature === undefined ||
    !verifySignature(account.verificationKey, signedPayload, signature)
  ) {
    throw rejections.invalidSignature();
  }

  return { account, params };
}
