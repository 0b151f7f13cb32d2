import type { WebSocket } from "ws";
import type { ListenTokenAccount } from "../listen-token-store.js";

/** One listenToken subscription of a connection: whose account, and until when (sandbox clock, ms). */
export interface StreamSubscription {
  readonly subscriptionId: number;
  readonly apiKey: string;
  readonly account: ListenTokenAccount;
  expirationTime: number;
}

/**
 * One WebSocket API connection: its subscriptions, how many it ever started
 * (the lifetime limit), when it opened (the 24-hour limit, sandbox clock) and
 * its unanswered pings.
 */
export interface StreamSession {
  readonly socket: WebSocket;
  readonly remoteAddress: string;
  readonly connectedAt: number;
  readonly subscriptions: Map<number, StreamSubscription>;
  started: number;
  unansweredPings: number;
  closed: boolean;
}

export function createStreamSession(socket: WebSocket, remoteAddress: string, connectedAt: number): StreamSession {
  return { socket, remoteAddress, connectedAt, subscriptions: new Map(), started: 0, unansweredPings: 0, closed: false };
}

/** Whether a subscription's account is the account an order or list belongs to. */
export function subscribedTo(subscription: StreamSubscription, owner: { apiKey: string; isIsolated: boolean; symbol: string }): boolean {
  if (subscription.apiKey !== owner.apiKey || subscription.account.isIsolated !== owner.isIsolated) return false;
  return !subscription.account.isIsolated || subscription.account.symbol === owner.symbol;
}

/** The subscription of this connection for the same account as `account`, if any (one per account). */
export function subscriptionFor(session: StreamSession, apiKey: string, account: ListenTokenAccount): StreamSubscription | undefined {
  for (const subscription of session.subscriptions.values()) {
    if (subscription.apiKey !== apiKey || subscription.account.isIsolated !== account.isIsolated) continue;
    if (!account.isIsolated || (subscription.account.isIsolated && subscription.account.symbol === account.symbol)) return subscription;
  }
  return undefined;
}
