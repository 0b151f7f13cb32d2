// @binance/connector 3.6.1 ships no type declarations. These cover only what
// the conformance tests call, as read from its source (src/spot.js,
// src/APIBase.js, src/modules/restful/margin.js).
declare module "@binance/connector" {
  export interface SpotOptions {
    baseURL?: string;
    /** PEM private key; when set, requests are signed with it instead of the HMAC secret. */
    privateKey?: string;
    privateKeyPassphrase?: string;
    /** "RSA" (default) or "Ed25519" (src/helpers/privateKeyAlgo.js). */
    privateKeyAlgo?: "RSA" | "Ed25519";
    timeout?: number;
  }

  export interface CancelMarginOcoOptions {
    isIsolated?: "TRUE" | "FALSE";
    orderListId?: number;
    listClientOrderId?: string;
    newClientOrderId?: string;
    recvWindow?: number;
  }

  /** Options of `marginOCOOrder` (src/modules/restful/margin.js); the five required values are positional. */
  export interface NewMarginOcoOptions {
    isIsolated?: "TRUE" | "FALSE";
    listClientOrderId?: string;
    limitClientOrderId?: string;
    limitIcebergQty?: number;
    stopClientOrderId?: string;
    /** If provided, stopLimitTimeInForce is required. */
    stopLimitPrice?: number;
    stopIcebergQty?: number;
    stopLimitTimeInForce?: "GTC" | "FOK" | "IOC";
    newOrderRespType?: "ACK" | "RESULT" | "FULL";
    sideEffectType?: string;
    recvWindow?: number;
  }

  /** Options of `getMarginOCOOrder`: one of `orderListId` / `origClientOrderId` is required. */
  export interface GetMarginOcoOptions {
    isIsolated?: "TRUE" | "FALSE";
    /** Mandatory for isolated margin, not supported for cross margin. */
    symbol?: string;
    orderListId?: number;
    origClientOrderId?: string;
    recvWindow?: number;
  }

  /** Options of `getMarginOCOOrders` (all lists). */
  export interface GetMarginOcoOrdersOptions {
    isIsolated?: "TRUE" | "FALSE";
    symbol?: string;
    fromId?: number;
    startTime?: number;
    endTime?: number;
    limit?: number;
    recvWindow?: number;
  }

  /** Options of `getMarginOpenOCOOrders`. */
  export interface GetMarginOpenOcoOptions {
    isIsolated?: "TRUE" | "FALSE";
    symbol?: string;
    recvWindow?: number;
  }

  /** Options of `marginOrder` / `cancelMarginOrder` (symbol is positional). */
  export interface MarginOrderOptions {
    isIsolated?: "TRUE" | "FALSE";
    orderId?: number;
    origClientOrderId?: string;
    /** `cancelMarginOrder` only: the cancel's own id, generated when absent. */
    newClientOrderId?: string;
    recvWindow?: number;
  }

  /** Options of `marginOpenOrders` (symbol optional here) and `cancelAllOpenMarginOrder` (symbol positional). */
  export interface MarginOpenOrdersOptions {
    symbol?: string;
    isIsolated?: "TRUE" | "FALSE";
    recvWindow?: number;
  }

  /** Options of `marginAllOrders` and `marginMyTrades` (symbol is positional). */
  export interface MarginOrderHistoryOptions {
    isIsolated?: "TRUE" | "FALSE";
    orderId?: number;
    fromId?: number;
    startTime?: number;
    endTime?: number;
    limit?: number;
    recvWindow?: number;
  }

  /** An axios response. */
  export interface ConnectorResponse<T = unknown> {
    status: number;
    data: T;
  }

  export class Spot {
    constructor(apiKey?: string, apiSecret?: string, options?: SpotOptions);
    cancelMarginOCOOrder(symbol: string, options?: CancelMarginOcoOptions): Promise<ConnectorResponse>;
    /** POST /sapi/v1/margin/order/oco. */
    marginOCOOrder(
      symbol: string,
      side: "BUY" | "SELL",
      quantity: number,
      price: number,
      stopPrice: number,
      options?: NewMarginOcoOptions,
    ): Promise<ConnectorResponse>;
    /** GET /sapi/v1/margin/orderList. */
    getMarginOCOOrder(options?: GetMarginOcoOptions): Promise<ConnectorResponse>;
    /** GET /sapi/v1/margin/allOrderList. */
    getMarginOCOOrders(options?: GetMarginOcoOrdersOptions): Promise<ConnectorResponse>;
    /** GET /sapi/v1/margin/openOrderList. */
    getMarginOpenOCOOrders(options?: GetMarginOpenOcoOptions): Promise<ConnectorResponse>;
    /** GET /sapi/v1/margin/order. */
    marginOrder(symbol: string, options?: MarginOrderOptions): Promise<ConnectorResponse>;
    /** GET /sapi/v1/margin/openOrders. */
    marginOpenOrders(options?: MarginOpenOrdersOptions): Promise<ConnectorResponse>;
    /** GET /sapi/v1/margin/allOrders. */
    marginAllOrders(symbol: string, options?: MarginOrderHistoryOptions): Promise<ConnectorResponse>;
    /** GET /sapi/v1/margin/myTrades. */
    marginMyTrades(symbol: string, options?: MarginOrderHistoryOptions): Promise<ConnectorResponse>;
    /** DELETE /sapi/v1/margin/order. */
    cancelMarginOrder(symbol: string, options?: MarginOrderOptions): Promise<ConnectorResponse>;
    /** DELETE /sapi/v1/margin/openOrders. */
    cancelAllOpenMarginOrder(symbol: string, options?: MarginOpenOrdersOptions): Promise<ConnectorResponse>;
  }
}
