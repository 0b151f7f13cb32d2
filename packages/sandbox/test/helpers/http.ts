import { request } from "node:http";
import type { Sandbox, SandboxAccount } from "../../src/index.js";
import { type QueryParams, unsignedQuery, withSignature } from "./independent-signing.js";

export interface HttpResult {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies.
  body: any;
  text: string;
}

/** Plain fetch against the sandbox, nothing from @sapi-kit/client. */
export async function send(
  sandbox: Sandbox,
  method: string,
  pathAndQuery: string,
  apiKey?: string,
  requestBody?: { text: string; contentType?: string },
): Promise<HttpResult> {
  const headers: Record<string, string> = apiKey === undefined ? {} : { "X-MBX-APIKEY": apiKey };
  if (requestBody?.contentType !== undefined) headers["Content-Type"] = requestBody.contentType;
  const response = await fetch(`${sandbox.url}${pathAndQuery}`, {
    method,
    headers,
    ...(requestBody === undefined ? {} : { body: requestBody.text }),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies.
  body: any;
}

/**
 * node:http, so that Host and every other header are exactly what the test says,
 * and a GET may carry a body (fetch refuses both).
 */
export function raw(sandbox: Sandbox, method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    // An explicit Content-Length: node:http would send a GET's body with no framing at all.
    const framed = body === undefined ? headers : { "Content-Length": String(Buffer.byteLength(body)), ...headers };
    const outgoing = request({ host: sandbox.host, port: sandbox.port, method, path, headers: framed, agent: false }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        text += chunk;
      });
      response.on("end", () => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: parsed });
      });
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

export const CANCEL_PATH = "/sapi/v1/margin/orderList";

/** A correctly signed cancel; `timestamp` defaults to the sandbox's server time. */
export function cancel(
  sandbox: Sandbox,
  account: SandboxAccount,
  params: QueryParams,
  timestamp = sandbox.serverTime(),
): Promise<HttpResult> {
  return sendSignedQuery(sandbox, account, unsignedQuery(params, timestamp));
}

/** Signs an already-built query (exact bytes) and sends it as a cancel. */
export function sendSignedQuery(sandbox: Sandbox, account: SandboxAccount, payload: string): Promise<HttpResult> {
  return send(sandbox, "DELETE", `${CANCEL_PATH}?${withSignature(account, payload)}`, account.apiKey);
}

export const FORM = "application/x-www-form-urlencoded";

/** Sends `query` (may be "") and a form `body`, both exact bytes, as a cancel. */
export function sendForm(
  sandbox: Sandbox,
  account: SandboxAccount,
  query: string,
  body: string,
  contentType = FORM,
): Promise<HttpResult> {
  return send(sandbox, "DELETE", query === "" ? CANCEL_PATH : `${CANCEL_PATH}?${query}`, account.apiKey, { text: body, contentType });
}

/** A correctly signed request to any operation; `timestamp` defaults to the sandbox's server time. */
export function signed(
  sandbox: Sandbox,
  account: SandboxAccount,
  method: string,
  path: string,
  params: QueryParams,
  timestamp = sandbox.serverTime(),
): Promise<HttpResult> {
  return send(sandbox, method, `${path}?${withSignature(account, unsignedQuery(params, timestamp))}`, account.apiKey);
}
