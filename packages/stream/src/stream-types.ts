import type { KnownUserDataEvent, SapiClient, UnknownUserDataEvent } from "@sapi-kit/client";

/** A margin account whose user data the stream follows: the cross account, or the isolated account of one symbol. */
export type StreamAccount = { type: "cross" } | { type: "isolated"; symbol: string };

/** What the stream needs of a WebSocket: the platform's (WHATWG) interface, which `ws` implements too. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: "open" | "error", listener: () => void): void;
  addEventListener(type: "close", listener: (event: { code: number }) => void): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

/** A WebSocket constructor: `globalThis.WebSocket`, `ws`'s `WebSocket`, or any with the same shape. */
export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface ReconnectOptions {
  /** The first delay before reconnecting (or retrying a failed subscribe), in ms; it doubles on each failure. Default 500. */
  initialDelayMs?: number;
  /** The longest delay, in ms. Default 30,000. */
  maxDelayMs?: number;
}

export interface UserDataStreamOptions {
  /** A client from @sapi-kit/client with @sapi-kit/signer's middleware: the stream creates its listenTokens through it. */
  client: SapiClient;
  /** The WebSocket API address. Default `wss://ws-api.binance.com:443/ws-api/v3`; on the sandbox, `sandbox.streamUrl`. */
  url?: string;
  /** The accounts to follow, all on one connection. Default `[{ type: "cross" }]`. */
  accounts?: readonly StreamAccount[];
  /** The tokens' `validity` in ms (1 to 86,400,000); left out, Binance's default (24 hours). */
  validityMs?: number;
  /** Renew a token this long before it expires, in ms. Default 5 minutes. */
  renewBeforeMs?: number;
  /** How often renewal deadlines are checked against `now()`, in ms. Default 1,000. */
  checkIntervalMs?: number;
  /** The server-time estimate (ms) compared with the tokens' expiration times, also the times of a `gap`. Default `Date.now`. */
  now?: () => number;
  /** Backoff of reconnections and of failed subscriptions. */
  reconnect?: ReconnectOptions;
  /** Aborting it closes the stream, as `close()` does. */
  signal?: AbortSignal;
  /** The WebSocket constructor. Default `globalThis.WebSocket`; on Node without one (Node 20), `ws`. */
  WebSocket?: WebSocketConstructor;
}

/** A known event (`known: true`): `switch (message.event.e)` narrows it to that event's fields. */
export interface KnownEventMessage {
  type: "event";
  known: true;
  account: StreamAccount;
  subscriptionId: number;
  event: KnownUserDataEvent;
}

/** An event of a type spec/asyncapi.yaml does not list (Binance adds them over time), delivered as received. */
export interface UnknownEventMessage {
  type: "event";
  known: false;
  account: StreamAccount;
  subscriptionId: number;
  event: UnknownUserDataEvent;
}

/** An event of one of the subscribed accounts. Check `known` first to narrow `event` on `e`. */
export type EventMessage = KnownEventMessage | UnknownEventMessage;

/** An account is subscribed (first time, after a reconnection, or a renewal with a new token). */
export interface SubscribedMessage {
  type: "subscribed";
  account: StreamAccount;
  subscriptionId: number;
  /** When the subscription ends unless renewed, in ms since the Unix epoch (server time). */
  expirationTime: number;
  /** True when this renewed a running subscription (a new token before the old one expired). */
  renewal: boolean;
}

/** Why events may have been missed. */
export type GapReason = "closed" | "error" | "serverShutdown" | "connectionLimit" | "terminated";

/**
 * Events of `accounts` between `from` and `to` (times of `now()`, ms) may
 * have been missed: reported once they are subscribed again. Reconcile with
 * the REST queries (open order lists, trades) for that interval.
 */
export interface GapMessage {
  type: "gap";
  from: number;
  to: number;
  accounts: StreamAccount[];
  reason: GapReason;
}

/** A frame that could not be read (bad JSON, an unexpected shape, an integer beyond 2^53): skipped. */
export interface MalformedMessage {
  type: "malformed";
  /** The frame's text, cut to 200 characters. */
  frame: string;
  error: Error;
}

/** A failure the stream recovers from by retrying after its backoff: a rejected subscribe (WsApiError), a failed token request. */
export interface ErrorMessage {
  type: "error";
  error: Error;
  /** The account whose token or subscription failed, if it is one account's. */
  account?: StreamAccount;
}

export type StreamMessage = EventMessage | SubscribedMessage | GapMessage | MalformedMessage | ErrorMessage;

/** The user data stream: iterate it with `for await`; `close()` (or the signal) unsubscribes and ends it. */
export interface UserDataStream extends AsyncIterable<StreamMessage> {
  /** Unsubscribes every subscription, closes the connection and ends the iteration. Idempotent. */
  close(): Promise<void>;
}
