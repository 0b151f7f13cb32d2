import type { BinanceAnswer } from "../binance/binance-api.js";
import { decodeFormComponent } from "../binance/raw-query.js";
import type { SandboxRequest } from "../binance/sandbox-request.js";

/**
 * The sandbox's own HTTP routes, so that clients in any language can drive
 * the small market without the JS API. Sandbox-only: Binance has nothing like
 * them, so they live under `/sandbox/v1/`, a prefix no Binance path uses, and
 * they need no key or signature. They answer loopback clients only, are never
 * faulted, rate-limited or counted as Binance weight, and are logged like any
 * other request.
 *
 * - `POST /sandbox/v1/price` with `symbol` and `price` (query string, form
 *   body or JSON body): moves the last price; open lists fill / trigger.
 *   Answers `{ symbol, price, changedOrderListIds }`.
 * - `GET /sandbox/v1/price?symbol=X`: `{ symbol, price }`.
 * - `GET /sandbox/v1/symbols`: the symbol table (filters and last prices).
 */
export const ADMIN_PREFIX = "/sandbox/v1/";

/** What the admin routes move and read (the order-list engine, adapted by `start-sandbox.ts`). */
export interface AdminMarket {
  /** Throws TypeError for an unlisted symbol or a price that is not a positive decimal. */
  setPrice(symbol: string, price: string): number[];
  lastPrice(symbol: string): string | undefined;
  symbols(): unknown[];
}

const JSON_CONTENT_TYPE = "application/json;charset=UTF-8";

function answer(status: number, body: unknown, executed = false): BinanceAnswer {
  return { status, headers: { "Content-Type": JSON_CONTENT_TYPE }, body: JSON.stringify(body), executed };
}

/** The sandbox's own error shape, `{ code, msg }` like Binance's so that clients can read it the same way. */
const adminError = (status: number, code: number, msg: string) => ({ ...answer(status, { code, msg }), code });

/** 127.0.0.0/8, ::1 and their IPv4-mapped IPv6 forms. */
export function isLoopbackAddress(address: string): boolean {
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return address === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function readParameters(request: SandboxRequest): Map<string, string> | undefined {
  const values = new Map<string, string>();
  const addForm = (text: string) => {
    for (const segment of text.split("&")) {
      if (segment === "") continue;
      const [rawName = "", rawValue = ""] = segment.split("=", 2);
      values.set(decodeFormComponent(rawName) ?? rawName, decodeFormComponent(rawValue) ?? rawValue);
    }
  };
  addForm(request.query);
  if (request.body === "") return values;
  if (request.contentType?.toLowerCase().includes("json")) {
    try {
      const parsed: unknown = JSON.parse(request.body);
      if (parsed === null || typeof parsed !== "object") return undefined;
      for (const [name, value] of Object.entries(parsed)) {
        if (typeof value === "string" || typeof value === "number") values.set(name, String(value));
      }
    } catch {
      return undefined;
    }
  } else {
    addForm(request.body);
  }
  return values;
}

export function createAdminRoutes(market: AdminMarket): (request: SandboxRequest) => BinanceAnswer | undefined {
  return function admin(request) {
    if (!request.path.startsWith(ADMIN_PREFIX)) return undefined;
    if (!isLoopbackAddress(request.remoteAddress)) return adminError(403, -1, "Sandbox admin routes answer loopback clients only.");
    const route = `${request.method} ${request.path}`;
    if (route === "GET /sandbox/v1/symbols") return answer(200, market.symbols());
    if (request.path !== "/sandbox/v1/price" || (request.method !== "GET" && request.method !== "POST")) {
      return adminError(404, -1, `No sandbox admin route ${route}.`);
    }
    const params = readParameters(request);
    if (!params) return adminError(400, -1, "The body is not a JSON object.");
    const symbol = params.get("symbol");
    if (!symbol) return adminError(400, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
    if (request.method === "GET") {
      const price = market.lastPrice(symbol);
      return price === undefined ? adminError(400, -1121, "Invalid symbol.") : answer(200, { symbol, price });
    }
    const price = params.get("price");
    if (!price) return adminError(400, -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed.");
    if (market.lastPrice(symbol) === undefined) return adminError(400, -1121, "Invalid symbol.");
    try {
      const changedOrderListIds = market.setPrice(symbol, price);
      return answer(200, { symbol, price: market.lastPrice(symbol), changedOrderListIds }, true);
    } catch (error) {
      return adminError(400, -1100, error instanceof TypeError ? error.message : "Invalid price.");
    }
  };
}
