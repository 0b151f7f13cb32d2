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

  /** An axios response. */
  export interface ConnectorResponse<T = unknown> {
    status: number;
    data: T;
  }

  export class Spot {
    constructor(apiKey?: string, apiSecret?: string, options?: SpotOptions);
    cancelMarginOCOOrder(symbol: string, options?: CancelMarginOcoOptions): Promise<ConnectorResponse>;
  }
}
