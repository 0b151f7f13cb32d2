/**
 * A rejection in Binance's wire format: an HTTP status plus `{ code, msg }`.
 *
 * Handlers throw it; the request pipeline turns it into the response. Messages
 * are built only from parameter names and public values, never from secrets.
 */
export class BinanceRejection extends Error {
  readonly status: number;
  readonly code: number;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, code: number, msg: string, headers: Record<string, string> = {}) {
    super(msg);
    this.name = "BinanceRejection";
    this.status = status;
    this.code = code;
    this.headers = headers;
  }

  get body(): { code: number; msg: string } {
    return { code: this.code, msg: this.message };
  }
}

/*
 * Sources of every code below (each entry repeats the one it uses):
 * - SPOT_ERRORS: Binance's error-code list, https://developers.binance.com/docs/binance-spot-api-docs/errors
 *   (the margin page https://developers.binance.com/docs/margin_trading/error-code shares the 10xx-2xxx codes;
 *   its stored copy ends at -1016, so the full list is cited).
 * - SPOT_GENERAL_INFO: https://github.com/binance/binance-spot-api-docs/blob/a5e0bc3ddc0fd7e6bb696849323b74423fa3a54d/rest-api.md
 *   (HTTP 418 / 429 with Retry-After, 5XX = execution status unknown).
 * Messages are Binance's documented templates, or the text of a public report
 * of a real response where that is closer to what the margin endpoint answers.
 */

/** Binance's error catalogue, limited to what the sandbox can produce. */
export const rejections = {
  // -2014 BAD_API_KEY_FMT, SPOT_ERRORS.
  apiKeyFormatInvalid: () => new BinanceRejection(401, -2014, "API-key format invalid."),
  // -2015 REJECTED_MBX_KEY, SPOT_ERRORS.
  apiKeyRejected: () =>
    new BinanceRejection(401, -2015, "Invalid API-key, IP, or permissions for action."),
  // -1022 INVALID_SIGNATURE, SPOT_ERRORS.
  invalidSignature: () =>
    new BinanceRejection(400, -1022, "Signature for this request is not valid."),
  // -1102 MANDATORY_PARAM_EMPTY_OR_MALFORMED, SPOT_ERRORS.
  mandatoryParameterMissing: (name: string) =>
    new BinanceRejection(
      400,
      -1102,
      `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.`,
    ),
  // -1100 ILLEGAL_CHARS, SPOT_ERRORS (the template with the parameter and its legal range).
  illegalCharacters: (name: string, legalRange: string) =>
    new BinanceRejection(
      400,
      -1100,
      `Illegal characters found in parameter '${name}'; legal range is '${legalRange}'.`,
    ),
  // -1100 ILLEGAL_CHARS, SPOT_ERRORS (the template without a parameter): a body that is not form-encoded.
  illegalCharactersGeneric: () => new BinanceRejection(400, -1100, "Illegal characters found in a parameter."),
  // -1100 ILLEGAL_CHARS, SPOT_ERRORS, for a DECIMAL parameter (price, quantity, ...), with the range Binance
  // quotes for them in real answers: ccxt/ccxt#996 (https://github.com/ccxt/ccxt/issues/996) and
  // ccxt/binance-api-node#181 (https://github.com/ccxt/binance-api-node/issues/181).
  illegalDecimal: (name: string) =>
    new BinanceRejection(
      400,
      -1100,
      `Illegal characters found in parameter '${name}'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.`,
    ),
  // -1102 MANDATORY_PARAM_EMPTY_OR_MALFORMED, SPOT_ERRORS, its "Param '%s' or '%s' must be sent, but both
  // were empty/null!" message: an unconditional or conditional "one of these" group with none sent.
  eitherParameter: (names: readonly string[]) =>
    new BinanceRejection(
      400,
      -1102,
      `Param ${names.map((name) => `'${name}'`).join(" or ")} must be sent, but both were empty/null!`,
    ),
  // -1106 PARAM_NOT_REQUIRED "Parameter '%s' sent when not required.", SPOT_ERRORS.
  parameterNotRequired: (name: string) =>
    new BinanceRejection(400, -1106, `Parameter '${name}' sent when not required.`),
  // -1115 INVALID_TIF "Invalid timeInForce.", SPOT_ERRORS.
  invalidTimeInForce: () => new BinanceRejection(400, -1115, "Invalid timeInForce."),
  // -1116 INVALID_ORDER_TYPE "Invalid orderType.", SPOT_ERRORS.
  invalidOrderType: () => new BinanceRejection(400, -1116, "Invalid orderType."),
  // -1117 INVALID_SIDE "Invalid side.", SPOT_ERRORS.
  invalidSide: () => new BinanceRejection(400, -1117, "Invalid side."),
  // -1160 OCO_ICEBERGQTY_TIMEINFORCE "Parameter '%s' is not supported if aboveTimeInForce/belowTimeInForce
  // is not GTC.", SPOT_ERRORS: an iceberg quantity on a leg of an OCO pair whose time in force is not GTC.
  ocoIcebergNeedsGtc: (name: string) =>
    new BinanceRejection(
      400,
      -1160,
      `Parameter '${name}' is not supported if aboveTimeInForce/belowTimeInForce is not GTC.`,
    ),
  // -1127 MORE_THAN_XX_HOURS "More than %s hours between startTime and endTime.", SPOT_ERRORS: a `max-span`
  // rule (the 24-hour windows of the margin order and trade lists; spec/README.md, "x-parameter-rules").
  spanTooLong: (hours: number) => new BinanceRejection(400, -1127, `More than ${hours} hours between startTime and endTime.`),
  // -1128 OPTIONAL_PARAMS_BAD_COMBO "Combination of optional parameters invalid.", SPOT_ERRORS.
  badOptionalCombination: () => new BinanceRejection(400, -1128, "Combination of optional parameters invalid."),
  // -1130 INVALID_PARAMETER "Data sent for parameter '%s' is not valid.", SPOT_ERRORS: a number outside the
  // documented limits (e.g. `limit` above 1000).
  invalidParameter: (name: string) =>
    new BinanceRejection(400, -1130, `Data sent for parameter '${name}' is not valid.`),
  // -1101 TOO_MANY_PARAMETERS, SPOT_ERRORS ("Duplicate values for a parameter detected.").
  duplicateParameter: () => new BinanceRejection(400, -1101, "Duplicate values for a parameter detected."),
  // -1104 UNREAD_PARAMETERS, SPOT_ERRORS; a real answer to an OCO cancel is quoted in python-binance#1044
  // (https://github.com/sammchardy/python-binance/issues/1044).
  unreadParameters: (read: number, sent: number) =>
    new BinanceRejection(
      400,
      -1104,
      `Not all sent parameters were read; read '${read}' parameter(s) but was sent '${sent}'.`,
    ),
  // -1131 BAD_RECV_WINDOW "recvWindow must be less than 60000": Binance options error codes,
  // https://developers.binance.com/docs/derivatives/option/error-code, introduced for the REST API in the
  // spot CHANGELOG (2019, "NEW ERRORS -1131 BAD_RECV_WINDOW"). No longer on the spot errors page.
  recvWindowTooLarge: (max: number) =>
    new BinanceRejection(400, -1131, `recvWindow must be less than ${max}`),
  // -1021 INVALID_TIMESTAMP, SPOT_ERRORS (both documented messages).
  timestampOutsideRecvWindow: () =>
    new BinanceRejection(400, -1021, "Timestamp for this request is outside of the recvWindow."),
  timestampAhead: (toleranceMs: number) =>
    new BinanceRejection(
      400,
      -1021,
      `Timestamp for this request was ${toleranceMs}ms ahead of the server's time.`,
    ),
  // -11016: not in any stored Binance list; a real response of this endpoint quoted in
  // python-binance#1221 (https://github.com/sammchardy/python-binance/issues/1221):
  // "APIError(code=-11016): Either orderListId or listClientOrderId must be provided."
  requiredOneOfMissing: (names: readonly string[]) =>
    new BinanceRejection(400, -11016, `Either ${names.join(" or ")} must be provided.`),
  // -2011 CANCEL_REJECTED, SPOT_ERRORS. The message is the margin OCO cancel's real answer for an unknown
  // list, quoted in python-binance#1221 (https://github.com/sammchardy/python-binance/issues/1221):
  // "APIError(code=-2011): Unknown order list sent."
  unknownOrder: () => new BinanceRejection(400, -2011, "Unknown order list sent."),
  // -1003 TOO_MANY_REQUESTS, SPOT_ERRORS (429 template); 429 + Retry-After, SPOT_GENERAL_INFO "IP Limits".
  tooManyRequests: (limit: number, retryAfterSeconds: number) =>
    new BinanceRejection(
      429,
      -1003,
      `Too much request weight used; current limit is ${limit} request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.`,
      { "Retry-After": String(retryAfterSeconds) },
    ),
  // -1003 TOO_MANY_REQUESTS, SPOT_ERRORS (ban template); 418 + Retry-After, SPOT_GENERAL_INFO "IP Limits".
  banned: (bannedUntil: number, retryAfterSeconds: number) =>
    new BinanceRejection(
      418,
      -1003,
      `Way too much request weight used; IP banned until ${bannedUntil}. Please use WebSocket Streams for live updates to avoid bans.`,
      { "Retry-After": String(retryAfterSeconds) },
    ),
  // -1007 TIMEOUT, SPOT_ERRORS and SPOT_GENERAL_INFO ("Send status unknown; execution status unknown").
  executionTimeout: (status: number) =>
    new BinanceRejection(
      status,
      -1007,
      "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
    ),
  // -1001 DISCONNECTED, SPOT_ERRORS.
  internalError: (status: number) =>
    new BinanceRejection(
      status,
      -1001,
      "Internal error; unable to process your request. Please try again.",
    ),
  // -1000 UNKNOWN, SPOT_ERRORS, with its documented message. The 404 status for an unknown path is the
  // sandbox's choice (Binance documents no body for it).
  unknownPath: () => new BinanceRejection(404, -1000, "An unknown error occurred while processing the request."),
  // -1000 UNKNOWN, SPOT_ERRORS, HTTP 404: an operation of the spec the sandbox validates but does not
  // simulate. Status and message are the sandbox's.
  notSimulated: (operationId: string) =>
    new BinanceRejection(404, -1000, `The sandbox validates ${operationId} but does not simulate it.`),
  // -1000 UNKNOWN, SPOT_ERRORS: a sandbox bug, answered like Binance's generic error, without internals.
  unknownError: () => new BinanceRejection(500, -1000, "An unknown error occurred while processing the request."),
  // -1000 UNKNOWN, SPOT_ERRORS, HTTP 500: a test's own fault predicate threw. The message is the sandbox's
  // (it names the rule); the thrown error is kept in `sandbox.faults.errors`, never sent.
  faultPredicateFailed: (ruleId: number) =>
    new BinanceRejection(
      500,
      -1000,
      `Sandbox fault rule #${ruleId}: its match.when predicate threw; the request was not processed. See sandbox.faults.errors.`,
    ),
} as const;
