// A hand-written slice of the Binance paths, so these tests do not depend on
// the generated client package (written concurrently, and not under test here).
interface BinanceError {
  code: number;
  msg: string;
}

interface CancelQuery {
  symbol: string;
  isIsolated?: "TRUE" | "FALSE";
  orderListId?: number;
  listClientOrderId?: string;
  newClientOrderId?: string;
  recvWindow?: number;
  // Present only so tests can prove the signer rejects them at runtime.
  timestamp?: number;
  signature?: string;
}

export interface TestPaths {
  "/sapi/v1/margin/orderList": {
    delete: {
      parameters: { query: CancelQuery };
      responses: {
        200: { content: { "application/json": { orderListId: number; symbol: string } } };
        400: { content: { "application/json": BinanceError } };
      };
    };
    post: {
      parameters: { query?: { symbol?: string } };
      requestBody: { content: { "application/x-www-form-urlencoded": Record<string, string> } };
      responses: {
        200: { content: { "application/json": { ok: boolean } } };
        400: { content: { "application/json": BinanceError } };
      };
    };
  };
  "/api/v3/time": {
    get: {
      responses: { 200: { content: { "application/json": { serverTime: number } } } };
    };
  };
}
