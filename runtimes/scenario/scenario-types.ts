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

export interface ScenarioReport {
  readonly runtime: RuntimeIdentity;
  readonly cases: readonly CancelOutcome[];
}
