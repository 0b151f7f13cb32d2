import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";
import { afterEach, expect } from "vitest";
import type { Sandbox, SandboxAccount, SandboxOptions } from "../../src/index.js";
import { FORM, send } from "./http.js";
import { startTestSandbox } from "./test-sandbox.js";
import { closeWsApiClients, type WsApiTestClient } from "./ws-api-client.js";

afterEach(() => closeWsApiClients());

/** A sandbox, an HMAC account and the documented client (signer with clock sync) for it. */
export async function streamSetup(options: SandboxOptions = {}) {
  const sandbox = await startTestSandbox(options);
  const account = await sandbox.createAccount({ type: "hmac" });
  return { sandbox, account, client: signedClient(sandbox, account) };
}

export function signedClient(sandbox: Sandbox, account: SandboxAccount) {
  const client = createClient({ baseUrl: sandbox.url });
  client.use(createSigner({ apiKey: account.apiKey, apiSecret: account.apiSecret ?? "", syncClock: true }));
  return client;
}

/** A listenToken as ccxt asks for one (API key only, form body): cross, or the isolated account of `symbol`. */
export async function listenToken(sandbox: Sandbox, account: SandboxAccount, options: { symbol?: string; validity?: number } = {}) {
  const fields = [
    ...(options.symbol === undefined ? [] : [`isIsolated=true&symbol=${options.symbol}`]),
    ...(options.validity === undefined ? [] : [`validity=${options.validity}`]),
  ];
  const answer = await send(sandbox, "POST", "/sapi/v1/userListenToken", account.apiKey, { text: fields.join("&"), contentType: FORM });
  expect(answer.status).toBe(200);
  return answer.body as { token: string; expirationTime: number };
}

/** Subscribes and returns the subscription id; fails the test on an error. */
export async function subscribe(ws: WsApiTestClient, token: string): Promise<number> {
  const response = await ws.request("userDataStream.subscribe.listenToken", { listenToken: token });
  expect(response.status, JSON.stringify(response)).toBe(200);
  return response.result.subscriptionId;
}

/** Each event as one short line, what the order of events tests read. */
// biome-ignore lint/suspicious/noExplicitAny: events are arbitrary JSON.
export function eventLine({ subscriptionId, event }: any): string {
  switch (event.e) {
    case "executionReport":
      return `${subscriptionId} ${event.s} order ${event.i} ${event.x} ${event.X}${event.t === -1 ? "" : ` trade ${event.t}`}${event.eR ? ` ${event.eR}` : ""}`;
    case "listStatus":
      return `${subscriptionId} ${event.s} list ${event.g} ${event.l} ${event.L}`;
    default:
      return `${subscriptionId} ${event.e}`;
  }
}
