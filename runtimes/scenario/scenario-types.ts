// The contract between the host (vitest on Node) and the scenario running
// inside each runtime: what goes in, what comes back. JSON only, so it can
// cross a process, a Worker binding or a browser page.
import type { KeyType } from "@sapi-kit/sandbox";

/**
 * One account's calls, the README's quick start with this account's key:
 * place an OCO, query it, then cancel it by its listClientOrderId.
 */
export interface CancelCase {
  readonly keyType: KeyType;
  readonly apiKey: string;
  /** HMAC secret; undefined for RSA and Ed25519. */
  readonly apiSecret?: string;
  /** PKCS#8 PEM private key (RSA or Ed25519); undefined for HMAC. */
  readonly privateKey?: string;
  /** The OCO to place, query, then cancel by the listClientOrderId it gets. */
  readonly place: PlaceOco;
}

/** A SELL OCO on `symbol`: limit maker above the market, stop below (as Binance requires for SELL). */
export interface PlaceOco {
  readonly listClientOrderId: string;
  readonly quantity: string;
  readonly price: string;
  readonly stopPrice: string;
  readonly stopLimitPrice: string;
}

export interface ScenarioInput {
  /** The sandbox, e.g. http://127.0.0.1:54321. */
  readonly baseUrl: string;
  readonly symbol: string;
  readonly cases: readonly CancelCase[];
  /** The subscribe-place-fill round trip through @sapi-kit/stream, after the cases. */
  readonly stream: StreamRoundTripInput;
}

/**
 * The user data stream's round trip: subscribe (cross margin) with an HMAC account of its own,
 * place an OCO, wait for its fill (the host moves the price once the sandbox holds the list),
 * then close the stream.
 */
export interface StreamRoundTripInput {
  /** The sandbox's WebSocket API, e.g. ws://127.0.0.1:54321/ws-api/v3. */
  readonly streamUrl: string;
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly place: PlaceOco;
  /** How long to wait for the fill's events before reporting what arrived (generous: a busy machine). */
  readonly waitMs: number;
}

/** Which runtime actually ran the scenario, as it reports itself. */
export interface RuntimeIdentity {
  readonly name: "node" | "bun" | "deno" | "workerd" | "browser";
  /** Its own version string (Node's `process.version`, `Bun.version`, ...), or its user agent. */
  readonly version: string;
}

/** What one call returned. */
export interface CallOutcome {
  /** HTTP status; undefined when the call threw. */
  readonly status?: number;
  /** The typed success body (`data`), as the client returned it. */
  readonly data?: unknown;
  /** The typed Binance error body (`error`), as the client returned it. */
  readonly error?: unknown;
  /** `${name} ${code}: ${message}` of an exception (sapi-kit's messages never carry secrets). */
  readonly thrown?: string;
}

/** The cancel's outcome, and the place and the query that came before it. */
export interface CancelOutcome extends CallOutcome {
  readonly keyType: KeyType;
  readonly placed: CallOutcome;
  /** Skipped (undefined) when the place did not return an orderListId. */
  readonly queried?: CallOutcome;
}

/** One user data event as the loop received it: the fields the host checks. */
export interface ReceivedEvent {
  /** Event type: "executionReport", "listStatus", ... */
  readonly e: string;
  /** orderListId. */
  readonly g?: number;
  /** executionReport: execution type, order status, orderId, order type. */
  readonly x?: string;
  readonly X?: string;
  readonly i?: number;
  readonly o?: string;
  /** listStatus: list status type and list order status. */
  readonly l?: string;
  readonly L?: string;
}

/** Which WebSocket the stream used: the platform's is counted as it is constructed. */
export interface WebSocketUse {
  /** `globalThis.WebSocket` existed when the scenario started. */
  readonly platformPresent: boolean;
  /** Connections the stream opened through `globalThis.WebSocket` (0: it used something else, `ws` on Node 20). */
  readonly platformConnections: number;
  /** Whether the `ws` package was loaded; reported by the process entry (Node, Bun, Deno) only. */
  readonly wsLoaded?: boolean;
}

export interface StreamRoundTripReport {
  readonly webSocket: WebSocketUse;
  /** The "subscribed" messages, in order. */
  readonly subscribed: readonly { readonly subscriptionId: number; readonly renewal: boolean }[];
  readonly placed: CallOutcome;
  /** Every event the loop received before close() was called, in order. */
  readonly events: readonly ReceivedEvent[];
  /** Events received once close() was called. */
  readonly eventsWhileClosing: readonly ReceivedEvent[];
  /** Any message other than "subscribed" and "event" (gap, malformed, error), by type and text. */
  readonly others: readonly string[];
  /** The fill's executionReport and the list's ALL_DONE both arrived within waitMs. */
  readonly filled: boolean;
  /** close() resolved and the for-await loop ended. */
  readonly closed: boolean;
  /** An exception anywhere in the round trip. */
  readonly thrown?: string;
}

export interface ScenarioReport {
  readonly runtime: RuntimeIdentity;
  readonly cases: readonly CancelOutcome[];
  readonly stream: StreamRoundTripReport;
}
