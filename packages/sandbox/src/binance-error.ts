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

/** Binance's error catalogue, limited to what this endpoint can produce. */
export const rejections = {
  apiKeyFormatInvalid: () => new BinanceRejection(401, -2014, "API-key format invalid."),
  apiKeyRejected: () =>
    new BinanceRejection(401, -2015, "Invalid API-key, IP, or permissions for action."),
  invalidSignature: () =>
    new BinanceRejection(400, -1022, "Signature for this request is not valid."),
  mandatoryParameterMissing: (name: string) =>
    new BinanceRejection(
      400,
      -1102,
      `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.`,
    ),
  illegalCharacters: (name: string, legalRange: string) =>
    new BinanceRejection(
      400,
      -1100,
      `Illegal characters found in parameter '${name}'; legal range is '${legalRange}'.`,
    ),
  duplicateParameter: (name: string) =>
    new BinanceRejection(400, -1101, `Duplicate values for parameter '${name}'.`),
  unreadParameters: (read: number, sent: number) =>
    new BinanceRejection(
      400,
      -1104,
      `Not all sent parameters were read; read '${read}' parameter(s) but was sent '${sent}'.`,
    ),
  recvWindowTooLarge: (max: number) =>
    new BinanceRejection(400, -1131, `recvWindow must be less than ${max}`),
  timestampOutsideRecvWindow: () =>
    new BinanceRejection(400, -1021, "Timestamp for this request is outside of the recvWindow."),
  timestampAhead: (toleranceMs: number) =>
    new BinanceRejection(
      400,
      -1021,
      `Timestamp for this request was ${toleranceMs}ms ahead of the server's time.`,
    ),
  requiredOneOfMissing: (names: readonly string[]) =>
    new BinanceRejection(400, -11016, `Either ${names.join(" or ")} must be provided.`),
  unknownOrder: () => new BinanceRejection(400, -2011, "Unknown order sent."),
  tooManyRequests: (limit: number, retryAfterSeconds: number) =>
    new BinanceRejection(
      429,
      -1003,
      `Too much request weight used; current limit is ${limit} request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.`,
      { "Retry-After": String(retryAfterSeconds) },
    ),
  banned: (bannedUntil: number, retryAfterSeconds: number) =>
    new BinanceRejection(
      418,
      -1003,
      `Way too much request weight used; IP banned until ${bannedUntil}. Please use WebSocket Streams for live updates to avoid bans.`,
      { "Retry-After": String(retryAfterSeconds) },
    ),
  executionTimeout: (status: number) =>
    new BinanceRejection(
      status,
      -1007,
      "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
    ),
  internalError: (status: number) =>
    new BinanceRejection(
      status,
      -1001,
      "Internal error; unable to process your request. Please try again.",
    ),
  unknownPath: () => new BinanceRejection(404, -1000, "Unknown path or method."),
} as const;
