import type { ListenTokenStore } from "../listen-token-store.js";
import { type StreamSession, type StreamSubscription, subscriptionFor } from "./stream-session.js";
import { type WsApiError, wsApiErrors } from "./ws-api-errors.js";

/** The two methods of spec/asyncapi.yaml, and their weight (2 each: spec/README.md S3). */
export const SUBSCRIBE_LISTEN_TOKEN = "userDataStream.subscribe.listenToken";
export const UNSUBSCRIBE = "userDataStream.unsubscribe";
export const METHOD_WEIGHT = 2;

export interface SubscriptionLimits {
  /** "up to 1,000 active subscriptions" per session. */
  readonly maxActive: number;
  /** "a maximum of 65,535 total subscriptions over its lifetime". */
  readonly maxLifetime: number;
}

/** What a request frame asked for, once read: its id (echoed), method and parameters. */
export interface WsApiRequest {
  readonly id: unknown;
  readonly method: string;
  readonly params: Record<string, unknown>;
  /** The `returnRateLimits` parameter (default true). */
  readonly returnRateLimits: boolean;
}

/** What a request did: the result or the error, and the subscriptions it ended (they get `eventStreamTerminated`). */
export type WsApiOutcome =
  | { readonly id: unknown; readonly result: Record<string, unknown>; readonly ended: StreamSubscription[]; readonly weight: number; readonly returnRateLimits: boolean }
  | { readonly id: unknown; readonly error: WsApiError; readonly weight: number; readonly returnRateLimits: boolean };

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Reads a text frame as Binance's request envelope `{ id, method, params }`
 * (spot WebSocket API, "Request format"). An id that is not an integer, a
 * string or null is echoed as null.
 */
export function readRequest(text: string): WsApiRequest | { readonly id: unknown; readonly error: WsApiError } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { id: null, error: wsApiErrors.invalidJson() };
  }
  if (!isObject(parsed)) return { id: null, error: wsApiErrors.invalidJson() };
  const rawId = parsed.id;
  const id = rawId === undefined || !(typeof rawId === "string" || Number.isSafeInteger(rawId) || rawId === null) ? null : rawId;
  if (typeof parsed.method !== "string" || parsed.method === "") return { id, error: wsApiErrors.mandatory("method") };
  if (parsed.params !== undefined && !isObject(parsed.params)) return { id, error: wsApiErrors.mandatory("params") };
  const { returnRateLimits, ...params } = parsed.params ?? {};
  if (returnRateLimits !== undefined && typeof returnRateLimits !== "boolean") return { id, error: wsApiErrors.mandatory("returnRateLimits") };
  return { id, method: parsed.method, params, returnRateLimits: returnRateLimits !== false };
}

function refuseExtra(params: Record<string, unknown>, known: readonly string[]): WsApiError | undefined {
  const sent = Object.keys(params);
  const read = sent.filter((name) => known.includes(name)).length;
  return read === sent.length ? undefined : wsApiErrors.notAllRead(read, sent.length);
}

/**
 * `userDataStream.subscribe.listenToken` (Listen-Token-Websocket-API): a valid
 * token subscribes the connection to its account until the token's
 * `expirationTime`; a token for an account the connection already follows
 * extends that subscription ("This will seamlessly extend your subscription
 * to the new expirationDate"; "only one active subscription for a given
 * account on a given connection") and answers its id. The answer's
 * `expirationTime` is in microseconds (spec/README.md S1).
 */
function subscribe(session: StreamSession, request: WsApiRequest, tokens: ListenTokenStore, limits: SubscriptionLimits) {
  const base = { id: request.id, weight: METHOD_WEIGHT, returnRateLimits: request.returnRateLimits };
  const token = request.params.listenToken;
  if (typeof token !== "string" || token === "") return { ...base, error: wsApiErrors.mandatory("listenToken") };
  const extra = refuseExtra(request.params, ["listenToken"]);
  if (extra) return { ...base, error: extra };
  const record = tokens.find(token);
  if (!record) return { ...base, error: wsApiErrors.invalidListenToken() };
  let subscription = subscriptionFor(session, record.apiKey, record.account);
  if (subscription) {
    subscription.expirationTime = Math.max(subscription.expirationTime, record.expirationTime);
  } else {
    if (session.subscriptions.size >= limits.maxActive) return { ...base, error: wsApiErrors.tooManySubscriptions(limits.maxActive) };
    if (session.started >= limits.maxLifetime) return { ...base, error: wsApiErrors.lifetimeSubscriptions(limits.maxLifetime) };
    subscription = { subscriptionId: session.started, apiKey: record.apiKey, account: record.account, expirationTime: record.expirationTime };
    session.started++;
    session.subscriptions.set(subscription.subscriptionId, subscription);
  }
  return {
    ...base,
    result: { subscriptionId: subscription.subscriptionId, expirationTime: subscription.expirationTime * 1000 },
    ended: [],
  };
}

/**
 * `userDataStream.unsubscribe` (spot WebSocket API, "Unsubscribe from User
 * Data Stream"): without `subscriptionId` every subscription of the
 * connection ends; with it, that one "if it exists" (an unknown id is no
 * error). Ended subscriptions get `eventStreamTerminated` (spot User Data
 * Streams, "Event Stream Terminated").
 */
function unsubscribe(session: StreamSession, request: WsApiRequest) {
  const base = { id: request.id, weight: METHOD_WEIGHT, returnRateLimits: request.returnRateLimits };
  const extra = refuseExtra(request.params, ["subscriptionId"]);
  if (extra) return { ...base, error: extra };
  const { subscriptionId } = request.params;
  if (subscriptionId !== undefined && !(Number.isSafeInteger(subscriptionId) && (subscriptionId as number) >= 0)) {
    return { ...base, error: wsApiErrors.mandatory("subscriptionId") };
  }
  const ended =
    subscriptionId === undefined
      ? [...session.subscriptions.values()]
      : [session.subscriptions.get(subscriptionId as number)].filter((each): each is StreamSubscription => each !== undefined);
  for (const subscription of ended) session.subscriptions.delete(subscription.subscriptionId);
  return { ...base, result: {}, ended };
}

export function answerRequest(session: StreamSession, request: WsApiRequest, tokens: ListenTokenStore, limits: SubscriptionLimits): WsApiOutcome {
  switch (request.method) {
    case SUBSCRIBE_LISTEN_TOKEN:
      return subscribe(session, request, tokens, limits);
    case UNSUBSCRIBE:
      return unsubscribe(session, request);
    default:
      return { id: request.id, error: wsApiErrors.unknownMethod(), weight: 0, returnRateLimits: request.returnRateLimits };
  }
}
