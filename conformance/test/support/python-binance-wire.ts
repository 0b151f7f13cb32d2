// python-binance's wire format for a signed call (GET, POST, PUT, DELETE),
// rebuilt byte for byte from its source, so that the sandbox can be checked
// against the most used Python client without running Python.
//
// Source: sammchardy/python-binance at commit b697c97a94901d79786dd5d899a40268953aa0f5
// (2026-03-31), https://github.com/sammchardy/python-binance/blob/b697c97a94901d79786dd5d899a40268953aa0f5/binance/client.py
// and .../binance/base_client.py:
// - The margin order-list methods all call
//   `_request_margin_api(method, path, signed=True, data=params)`, sent to
//   https://api.binance.com/sapi/v1/<path>: `create_margin_oco_order` ("post",
//   "margin/order/oco"), `get_margin_oco_order` ("get", "margin/orderList"),
//   `get_open_margin_oco_orders` ("get", "margin/openOrderList"),
//   `margin_v1_get_margin_all_order_list` ("get", "margin/allOrderList"; the
//   client has no `get_all_margin_oco_orders`), `cancel_margin_oco_order`
//   ("delete", "margin/orderList"). There is no margin OTO / OTOCO method.
// - The margin order methods call the same `_request_margin_api(method, path,
//   signed=True, data=params)`: `get_margin_order` ("get", "margin/order"),
//   `get_open_margin_orders` ("get", "margin/openOrders"),
//   `get_all_margin_orders` ("get", "margin/allOrders"), `get_margin_trades`
//   ("get", "margin/myTrades"), `cancel_margin_order` ("delete",
//   "margin/order") and `cancel_all_open_margin_orders` ("delete",
//   "margin/openOrders"), so their wire form is the one below: the queries a
//   sorted, signed query string, the two cancels a form body.
// - `BaseClient._get_request_kwargs` adds `timestamp` (int(time.time() * 1000))
//   and `recvWindow` (REQUEST_RECVWINDOW, 10000), then `signature`
//   (`_generate_signature`), then sorts the pairs by key with `signature` last
//   (`_order_params`). A "get" joins them into the query string
//   ("%s=%s", only `symbol` percent-quoted, as signed); for POST / PUT / DELETE
//   they stay the request BODY and there is no query string.
// - `_generate_signature` signs `"&".join(f"{k}={v}")` over the sorted pairs
//   (only `symbol` percent-quoted): hex HMAC-SHA256, or with `private_key`
//   (`_init_private_key`: longer than 120 characters is RSA, else Ed25519)
//   base64 PKCS#1 v1.5 SHA-256 / Ed25519. The signature is then
//   `quote(sig, safe="~()*!.'")`.
// - `Client._request` sets `Content-Type: application/x-www-form-urlencoded`
//   for POST / PUT / DELETE. With an HMAC secret, `requests` form-encodes the
//   sorted pairs (`urllib.parse.urlencode`); with a private key it builds the
//   body itself: `urlencode(pairs without signature) + "&signature=" + signature`.
// - Session headers (`BaseClient._get_headers`): Accept, `Content-Type:
//   application/json` (what a GET carries), a browser User-Agent, X-MBX-APIKEY;
//   `requests` adds Accept-Encoding and Connection.
// - `requests` (models.py `prepare_url`) appends a string `params` to the URL
//   as it is, then `requote_uri` (utils.py) quotes what a URL cannot hold;
//   `prepare_content_length` sends no Content-Length for a GET without a body.
import { createHmac, sign } from "node:crypto";

/** The commit the replay is rebuilt from (see above); the replay tests name it in their titles. */
export const PYTHON_BINANCE_COMMIT = "b697c97a94901d79786dd5d899a40268953aa0f5";
/** BaseClient.REQUEST_RECVWINDOW. */
const PYTHON_BINANCE_RECV_WINDOW = 10000;
const USER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/56.0.2924.87 Safari/537.36";

export interface PythonBinanceCredentials {
  readonly apiKey: string;
  /** `api_secret`, for HMAC. */
  readonly apiSecret?: string;
  /** `private_key` (PEM), for RSA or Ed25519; python-binance tells them apart by length. */
  readonly privateKeyPem?: string;
}

export interface WireRequest {
  readonly method: "GET" | "DELETE" | "POST" | "PUT";
  /** Path and query exactly as sent (python-binance sends a query only for GET). */
  readonly path: string;
  /** In the order `requests` sends them; Host and Content-Length come from the transport. */
  readonly headers: readonly (readonly [string, string])[];
  /** The body bytes; undefined: no body at all (and no Content-Length), as for a GET. */
  readonly body?: string;
}

const ALWAYS_SAFE = /[A-Za-z0-9_.\-~]/;

/** `urllib.parse.quote(value, safe)`: UTF-8, upper-case hex, letters, digits and `_.-~` never quoted. */
function pythonQuote(value: string, safe: string): string {
  let quoted = "";
  for (const byte of Buffer.from(value, "utf8")) {
    const char = String.fromCharCode(byte);
    quoted += byte < 0x80 && (ALWAYS_SAFE.test(char) || safe.includes(char)) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return quoted;
}

/** `urllib.parse.urlencode(pairs)`: `quote_plus` on keys and values (space becomes `+`, `/` is quoted). */
function pythonUrlencode(pairs: readonly (readonly [string, string])[]): string {
  const quotePlus = (text: string) => pythonQuote(text, " ").replaceAll(" ", "+");
  return pairs.map(([key, value]) => `${quotePlus(key)}=${quotePlus(value)}`).join("&");
}

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * `requests.utils.requote_uri`: un-escape %XX of unreserved characters, then
 * `quote(uri, safe="!#$%&'()*+,/:;=?@[]~")`, so existing escapes stay and
 * anything a URL cannot hold (a space, say) gets escaped.
 */
function pythonRequoteUri(uri: string): string {
  const parts = uri.split("%");
  const unquoted = [
    parts[0] ?? "",
    ...parts.slice(1).map((part) => {
      const hex = part.slice(0, 2);
      if (/^[0-9A-Za-z]{2}$/.test(hex)) {
        const char = String.fromCharCode(Number.parseInt(hex, 16));
        // Python's int(h, 16) raises on non-hex alphanumerics (requests turns that into InvalidURL); never here.
        if (UNRESERVED.test(char)) return char + part.slice(2);
      }
      return `%${part}`;
    }),
  ].join("");
  return pythonQuote(unquoted, "!#$%&'()*+,/:;=?@[]~");
}

function signPayload(payload: string, credentials: PythonBinanceCredentials): string {
  if (credentials.privateKeyPem === undefined) {
    if (credentials.apiSecret === undefined) throw new Error("python-binance needs api_secret or private_key to sign");
    return createHmac("sha256", credentials.apiSecret).update(payload).digest("hex");
  }
  const isRsa = credentials.privateKeyPem.length > 120;
  // RSA: PKCS#1 v1.5 with SHA-256 (pkcs1_15 + SHA256); Ed25519: RFC 8032 (eddsa "rfc8032").
  return sign(isRsa ? "sha256" : null, Buffer.from(payload, "utf8"), credentials.privateKeyPem).toString("base64");
}

/**
 * The request python-binance sends for a signed call with `params` (e.g.
 * `client.cancel_margin_oco_order(symbol="LTCBTC", orderListId=5)`), at
 * `timestampMs`.
 */
export function pythonBinanceSignedRequest(options: {
  readonly method: WireRequest["method"];
  /** e.g. "/sapi/v1/margin/orderList". */
  readonly path: string;
  readonly params: Readonly<Record<string, string | number | undefined>>;
  readonly credentials: PythonBinanceCredentials;
  readonly timestampMs: number;
}): WireRequest {
  const { method, path, params, credentials, timestampMs } = options;
  // Python `str()` of each value; None values are dropped (_order_params).
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) data[key] = String(value);
  data.timestamp = String(Math.trunc(timestampMs));
  data.recvWindow = String(PYTHON_BINANCE_RECV_WINDOW);
  // _order_params: sorted by key (Python compares code points, as JS's default sort does for these names).
  const sorted = Object.entries(data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const payload = sorted.map(([key, value]) => `${key}=${key === "symbol" ? pythonQuote(value, "/") : value}`).join("&");
  const signature = pythonQuote(signPayload(payload, credentials), "~()*!.'");

  const sessionHeaders = (contentType: string): [string, string][] => [
    ["User-Agent", USER_AGENT],
    ["Accept-Encoding", "gzip, deflate"],
    ["Accept", "application/json"],
    ["Connection", "keep-alive"],
    ["Content-Type", contentType],
    ["X-MBX-APIKEY", credentials.apiKey],
  ];

  if (method === "GET") {
    // _get_request_kwargs: params = the signed payload, then signature; no body.
    return { method, path: `${path}?${pythonRequoteUri(`${payload}&signature=${signature}`)}`, headers: sessionHeaders("application/json") };
  }
  const body =
    credentials.privateKeyPem === undefined
      ? pythonUrlencode([...sorted, ["signature", signature]])
      : `${pythonUrlencode(sorted)}&signature=${signature}`;
  return { method, path, headers: sessionHeaders("application/x-www-form-urlencoded"), body };
}
