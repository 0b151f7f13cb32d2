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
