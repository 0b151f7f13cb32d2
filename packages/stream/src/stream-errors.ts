import { SapiKitError } from "@sapi-kit/client/errors";

/**
 * The WebSocket API refused a request, e.g. -1209 for an invalid or expired
 * listenToken. `code` is the family's ("WS_API_ERROR"); Binance's own code is
 * `binanceCode`, as in the signer's errors.
 */
export class WsApiError extends SapiKitError {
  declare readonly binanceCode: number;
  declare readonly status: number;
  declare readonly msg: string;

  constructor(details: { binanceCode: number; status: number; msg: string; method: string }) {
    super("WS_API_ERROR", `${details.method}: ${details.status} ${details.binanceCode} ${details.msg}`);
    Object.assign(this, { binanceCode: details.binanceCode, status: details.status, msg: details.msg });
  }
}

/**
 * `POST /sapi/v1/userListenToken` was answered with an error: no token.
 * `binanceCode` and `msg` are Binance's `code` and `msg`, as received, when
 * the answer carried them.
 */
export class ListenTokenError extends SapiKitError {
  declare readonly binanceCode: number | undefined;
  declare readonly status: number;
  declare readonly msg: string | undefined;

  constructor(details: { status: number; binanceCode?: number; msg?: string }) {
    super("LISTEN_TOKEN", `listenToken: HTTP ${details.status} ${details.binanceCode ?? ""} ${details.msg ?? ""}`);
    Object.assign(this, { binanceCode: details.binanceCode, status: details.status, msg: details.msg });
  }
}

/** A frame that is not JSON, or not one of the WebSocket API's messages: skipped. */
export class MalformedFrameError extends SapiKitError {
  constructor(reason: string) {
    super("MALFORMED_FRAME", reason);
  }
}

/** The connection ended before the request was answered. */
export class StreamConnectionError extends SapiKitError {
  constructor(message: string) {
    super("STREAM_CONNECTION", message);
  }
}

/** Invalid options of createUserDataStream. */
export class StreamConfigError extends SapiKitError {
  constructor(message: string) {
    super("STREAM_CONFIG", message);
  }
}
