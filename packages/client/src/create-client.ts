import type { Client, ClientOptions } from "openapi-fetch";
import type { CallerPaths } from "./caller-paths.js";
import { checkEveryCall } from "./check-every-call.js";
import { DEFAULT_BASE_URL } from "./default-base-url.js";
import { createFetchClient } from "./openapi-fetch-factory.js";
import { serializeQuery } from "./query-serializer.js";

/** The typed client `createClient` returns: openapi-fetch over the caller-facing paths. */
export type SapiClient = Client<CallerPaths>;

/**
 * An openapi-fetch client preset for Binance: `baseUrl` defaults to
 * https://api.binance.com, and the query serializer sends parameters in the
 * order written, strictly percent-encoded. Every openapi-fetch option passes
 * through and wins over the preset (including `querySerializer`).
 *
 * Long ids are never silently rounded: an integer outside ±(2^53-1) in the
 * query is refused before sending, and one in a parsed response body throws
 * {@link UnsafeIntegerError} (the request completed; reconcile before retrying).
 * A custom `querySerializer` takes over the request-side check.
 *
 * Bodies are checked against the spec: a 2xx that is empty, not JSON or
 * missing a required top-level field, and an error status whose body is not
 * Binance's `{ code, msg }`, throw {@link ResponseUnreadableError} with the
 * outcome the status proves ("executed", "rejected" or "unknown").
 */
export function createClient(options?: ClientOptions): SapiClient {
  return checkEveryCall(
    createFetchClient<CallerPaths>({ baseUrl: DEFAULT_BASE_URL, querySerializer: serializeQuery, ...options }),
  );
}
