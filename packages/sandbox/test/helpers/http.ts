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
): Promise<HttpResult> {
  const response = await fetch(`${sandbox.url}${pathAndQuery}`, {
    method,
    headers: apiKey === undefined ? {} : { "X-MBX-APIKEY": apiKey },
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
