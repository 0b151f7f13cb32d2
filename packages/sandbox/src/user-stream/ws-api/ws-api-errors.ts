/**
 * The WebSocket API errors the sandbox answers, each with its source. A
 * refused request is answered `{ id, status, error: { code, msg } }`
 * (spot WebSocket API, "Response format" and "Status codes",
 * https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/general-api-information).
 * SPOT_ERRORS = https://developers.binance.com/docs/binance-spot-api-docs/errors.
 */
export interface WsApiError {
  readonly status: number;
  readonly code: number;
  readonly msg: string;
}

export const wsApiErrors = {
  // -1135 INVALID_JSON "Invalid JSON Request" (SPOT_ERRORS): a frame that is not a JSON object.
  invalidJson: (): WsApiError => ({ status: 400, code: -1135, msg: "Invalid JSON Request" }),
  // -1102 MANDATORY_PARAM_EMPTY_OR_MALFORMED (SPOT_ERRORS).
  mandatory: (name: string): WsApiError => ({
    status: 400,
    code: -1102,
    msg: `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.`,
  }),
  // -1104 NOT_ALL_PARAMS_READ (SPOT_ERRORS): a parameter the method does not define.
  notAllRead: (read: number, sent: number): WsApiError => ({
    status: 400,
    code: -1104,
    msg: `Not all sent parameters were read; read '${read}' parameter(s) but was sent '${sent}'.`,
  }),
  // -1020 UNSUPPORTED_OPERATION "This operation is not supported." (SPOT_ERRORS): a method the
  // sandbox does not serve (it serves the two listenToken methods only).
  unknownMethod: (): WsApiError => ({ status: 400, code: -1020, msg: "This operation is not supported." }),
  // -1209: "If the listenToken is invalid, an error -1209 will be returned." (Listen-Token-Websocket-API);
  // the message is sapi-kit's (no error list defines -1209; spec/README.md S2). Expired is invalid.
  invalidListenToken: (): WsApiError => ({ status: 400, code: -1209, msg: "Invalid listenToken." }),
  // The subscription limits ("up to 1,000 active subscriptions", "a maximum of 65,535 total
  // subscriptions over its lifetime", spot WebSocket API "User Data Stream subscription") come
  // with no error code; the sandbox answers -1020 with the limit named (README, "Decisions").
  tooManySubscriptions: (limit: number): WsApiError => ({
    status: 400,
    code: -1020,
    msg: `This operation is not supported: this connection already has ${limit} active subscriptions.`,
  }),
  lifetimeSubscriptions: (limit: number): WsApiError => ({
    status: 400,
    code: -1020,
    msg: `This operation is not supported: this connection started ${limit} subscriptions; open a new connection.`,
  }),
} as const;
