import type { IncomingHttpHeaders } from "node:http";
import type { BinanceAnswer } from "../binance/binance-api.js";
import { BinanceRejection } from "../binance/binance-error.js";
import { mediaType } from "../binance/media-type.js";
import { parametersByName, splitRawQuery } from "../binance/raw-query.js";
import type { SandboxRequest } from "../binance/sandbox-request.js";
import { adminRefusal } from "./admin-guard.js";

export { isLoopbackAddress, isLoopbackHost } from "./admin-guard.js";

/**
 * The sandbox's own HTTP routes, so that clients in any language can drive
 * the small market without the JS API. Sandbox-only: Binance has nothing like
 * them, so they live under `/sandbox/v1/`, a prefix no Binance path uses, and
 * they need no key or signature. They answer programs on this machine only,
 * never web pages (`admin-guard.ts`), are never faulted, rate-limited or
 * counted as Binance weight, and are logged like any other request.
 *
 * - `POST /sandbox/v1/price` with `Content-Type: application/json` and the
 *   body `{"symbol":"BTCUSDT","price":"61000"}` (nothing in the query
 *   string): moves the last price; open lists fill / trigger. Answers
 *   `{ symbol, price, changedOrderListIds }`. JSON only, because a page
 *   cannot send it cross-origin without a CORS preflight, which the sandbox
 *   never approves for these routes.
 * - `GET /sandbox/v1/price?symbol=X`: `{ symbol, price }`.
 * - `GET /sandbox/v1/symbols`: the symbol table (filters and last prices).
 * - `POST /sandbox/v1/clock` with `Content-Type: application/json` and the
 *   body `{"advanceMs":3600000}`: moves the sandbox clock forward (token
 *   expiry, `eventStreamTerminated`, the WebSocket API's 24-hour limit and
 *   every server time follow it). Answers `{ serverTime }`.
 */
export const ADMIN_PREFIX = "/sandbox/v1/";

export const isAdminPath = (path: string): boolean => path.startsWith(ADMIN_PREFIX);

/** What the admin routes move and read (the order-list engine, adapted by `start-sandbox.ts`). */
export interface AdminMarket {
  /**
   * Throws TypeError for an unlisted symbol or a refused price; a `reason`
   * of "PRICE_FILTER" on it marks a decimal the symbol's filter refuses.
   */
  setPrice(symbol: string, price: string): number[];
  lastPrice(symbol: string): string | undefined;
  symbols(): unknown[];
  /** Moves the sandbox clock forward by `ms` (a non-negative finite number); returns the new server time. */
  advanceClock(ms: number): number;
}

const JSON_CONTENT_TYPE = "application/json;charset=UTF-8";

function answer(status: number, body: unknown, executed = false): BinanceAnswer {
  return { status, headers: { "Content-Type": JSON_CONTENT_TYPE }, body: JSON.stringify(body), executed };
}

/** The sandbox's own error shape, `{ code, msg }` like Binance's so that clients can read it the same way. */
const adminError = (status: number, code: number, msg: string) => ({ ...answer(status, { code, msg }), code });

const missing = (name: string) => adminError(400, -1102, `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.`);

const isJsonContentType = (contentType: string | undefined) => mediaType(contentType) === "application/json";

/**
 * A POST route's body: a JSON object (Content-Type application/json, nothing
 * in the query string) holding only the route's `fields`; each route then
 * checks its own values.
 */
function readJsonFields(request: SandboxRequest, route: string, example: string, fields: readonly string[]): { fields: Record<string, unknown> } | { refusal: BinanceAnswer } {
  if (!isJsonContentType(request.contentType)) {
    const refusal = adminError(
      415,
      -1,
      `${route} takes Content-Type: application/json with a body such as ${example}; got ${request.contentType === undefined ? "no Content-Type" : JSON.stringify(request.contentType)}.`,
    );
    return { refusal };
  }
  if (request.query !== "") return { refusal: adminError(400, -1, `${route} reads its parameters from the JSON body only; send no query string.`) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body);
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { refusal: adminError(400, -1, `The body is not a JSON object such as ${example}.`) };
  }
  const unknown = Object.keys(parsed).filter((name) => !fields.includes(name));
  if (unknown.length > 0) {
    return { refusal: adminError(400, -1104, `Unknown field(s) ${unknown.map((name) => `'${name}'`).join(", ")}: send only ${fields.join(" and ")}.`) };
  }
  return { fields: parsed as Record<string, unknown> };
}

/** The price move's body: exactly `{"symbol": "...", "price": "..."}`, both strings. */
function readPriceMove(request: SandboxRequest): { symbol: string; price: string } | BinanceAnswer {
  const body = readJsonFields(request, "POST /sandbox/v1/price", '{"symbol":"BTCUSDT","price":"61000"}', ["symbol", "price"]);
  if ("refusal" in body) return body.refusal;
  const { fields } = body;
  for (const name of ["symbol", "price"] as const) {
    const value = fields[name];
    if (value === undefined || value === "" || value === null) return missing(name);
    // A JSON number would go through a float ("0.00000001" -> 1e-8): decimals travel as text, as on Binance.
    if (typeof value !== "string") return adminError(400, -1100, `'${name}' must be a JSON string, e.g. "61000".`);
  }
  return { symbol: fields.symbol as string, price: fields.price as string };
}

/** The GET route's query: `symbol` and nothing else, parsed like Binance's query strings. */
function readSymbolQuery(request: SandboxRequest): string | BinanceAnswer {
  let params: ReturnType<typeof parametersByName>;
  try {
    params = parametersByName(splitRawQuery(request.query));
  } catch (error) {
    if (error instanceof BinanceRejection) return adminError(error.status, error.code, error.message);
    throw error;
  }
  const extra = [...params.keys()].filter((name) => name !== "symbol");
  if (extra.length > 0) return adminError(400, -1104, `Unknown parameter(s) ${extra.map((name) => `'${name}'`).join(", ")}: send only symbol.`);
  const symbol = params.get("symbol")?.value;
  return symbol ? symbol : missing("symbol");
}

/** `POST /sandbox/v1/clock`: exactly `{"advanceMs": <ms>}`, JSON only like the price route. */
function advanceClock(request: SandboxRequest, market: AdminMarket): BinanceAnswer {
  const body = readJsonFields(request, "POST /sandbox/v1/clock", '{"advanceMs":3600000}', ["advanceMs"]);
  if ("refusal" in body) return body.refusal;
  const { advanceMs } = body.fields;
  if (advanceMs === undefined || advanceMs === null) return missing("advanceMs");
  if (typeof advanceMs !== "number" || !Number.isSafeInteger(advanceMs) || advanceMs < 0) {
    return adminError(400, -1100, "'advanceMs' must be a non-negative integer number of milliseconds.");
  }
  return answer(200, { serverTime: market.advanceClock(advanceMs) }, true);
}

export function createAdminRoutes(
  market: AdminMarket,
): (request: SandboxRequest, headers: IncomingHttpHeaders) => BinanceAnswer | undefined {
  return function admin(request, headers) {
    if (!isAdminPath(request.path)) return undefined;
    const refusal = adminRefusal(request.remoteAddress, headers);
    if (refusal !== undefined) return adminError(403, -1, refusal);
    const route = `${request.method} ${request.path}`;
    if (route === "GET /sandbox/v1/symbols") return answer(200, market.symbols());
    if (route === "GET /sandbox/v1/price") {
      const symbol = readSymbolQuery(request);
      if (typeof symbol !== "string") return symbol;
      const price = market.lastPrice(symbol);
      return price === undefined ? adminError(400, -1121, "Invalid symbol.") : answer(200, { symbol, price });
    }
    if (route === "POST /sandbox/v1/clock") return advanceClock(request, market);
    if (route !== "POST /sandbox/v1/price") return adminError(404, -1, `No sandbox admin route ${route}.`);
    const move = readPriceMove(request);
    if (!("symbol" in move)) return move;
    const { symbol, price } = move;
    if (market.lastPrice(symbol) === undefined) return adminError(400, -1121, "Invalid symbol.");
    try {
      const changedOrderListIds = market.setPrice(symbol, price);
      return answer(200, { symbol, price: market.lastPrice(symbol), changedOrderListIds }, true);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      const filter = "reason" in error && error.reason === "PRICE_FILTER";
      return adminError(400, filter ? -1013 : -1100, error.message);
    }
  };
}
