// `binance` 3.6.5 (tiagosiebler, MainClient: axios + WebCrypto), against the sandbox.
//
// How it takes keys (lib/util/webCryptoAPI.js, getSignKeyType): one
// `api_secret` option. A plain string is an HMAC secret (hex signature); a PEM
// containing "PRIVATE KEY" is Ed25519 when at most 150 characters long, RSA
// (PKCS#1 v1.5) otherwise (base64 signature, percent-encoded).
// How it cancels: `MainClient#marginAccountCancelOCO(params)` sends
// DELETE /sapi/v1/margin/orderList with the parameters, a generated
// `newClientOrderId` ("x-U5D79M5B" + 22 characters), `timestamp`,
// `recvWindow` (5000) and `signature` last, all in the query string
// (lib/main-client.js, lib/util/BaseRestClient.js `_call`).
// Note: its `CancelOCOParams` type has no `isIsolated`, yet the parameter
// reaches the wire (every param is serialised), so isolated cancels work; the
// tests pass it through a wider type.
// How it fails: it throws a plain object `{ code, message, body, headers,
// requestUrl, ... }` with Binance's `code` and `msg` (parseException).
import type { SandboxAccount } from "@sapi-kit/sandbox";
import { type CancelOCOParams, MainClient } from "binance";
import { describe, expect, it } from "vitest";
import { acceptedBody, rejection, settle } from "./support/call-outcome.js";
import {
  ALL_KEY_TYPES,
  CANCEL_CASES,
  type CancelRequest,
  CROSS,
  SELECTORS,
  cancelRequestFor,
} from "./support/cancel-cases.js";
import { UNKNOWN_ORDER, useConformanceSandbox } from "./support/conformance-sandbox.js";

const conformance = useConformanceSandbox();

function connect(account: SandboxAccount): MainClient {
  const secret = account.keyType === "hmac" ? account.apiSecret : account.privateKeyPem;
  // disableTimeSync is its default; spelled out because a sync calls the server at construction.
  return new MainClient({ api_key: account.apiKey, api_secret: secret, baseUrl: conformance.sandbox.url, disableTimeSync: true });
}

async function cancel(client: MainClient, request: CancelRequest) {
  return settle(
    // `isIsolated` is missing from CancelOCOParams (see above); the wider type keeps it.
    () => client.marginAccountCancelOCO(request as CancelOCOParams & Pick<CancelRequest, "isIsolated">),
    // Only Binance's code and message: the thrown object also holds `requestUrl`, the signed URL.
    (error) => {
      const thrown = error as { code?: unknown; message?: unknown; body?: unknown };
      return { code: thrown?.code, message: thrown?.message, body: thrown?.body };
    },
  );
}

describe.each(ALL_KEY_TYPES)("binance (MainClient), %s key", (keyType) => {
  for (const { name, selector, mode } of CANCEL_CASES) {
    it(`cancels ${name}`, async () => {
      const account = await conformance.account(keyType);
      const list = conformance.seed(account, mode);

      const outcome = await cancel(connect(account), cancelRequestFor(list, selector, mode));

      conformance.expectCancelled(account, list, acceptedBody(outcome));
    });
  }
});

describe("binance (MainClient), repeated cancel", () => {
  it.each(SELECTORS)("by %s: the repeat throws { code: -2011, message, body }", async (selector) => {
    const account = await conformance.account("hmac");
    const mode = CROSS;
    const list = conformance.seed(account, mode);
    const client = connect(account);
    const request = cancelRequestFor(list, selector, mode);
    acceptedBody(await cancel(client, request));

    const repeat = await cancel(client, request);

    const refusal = conformance.expectRepeatRefused(account, list);
    expect(rejection(repeat)).toEqual({ code: UNKNOWN_ORDER.code, message: refusal.body.msg, body: refusal.body });
  });
});
