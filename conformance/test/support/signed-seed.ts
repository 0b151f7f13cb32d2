// Places a list over HTTP with a signed request the test sends itself (the
// python-binance replay's bytes), for a step whose subject is another call:
// the cancel-all step needs a pending OTO, which most clients cannot place.
import type { SandboxAccount } from "@sapi-kit/sandbox";
import { expect } from "vitest";
import type { ConformanceSandbox } from "./conformance-sandbox.js";
import { type OtoRequest, PATHS } from "./lifecycle-cases.js";
import { pythonBinanceSignedRequest } from "./python-binance-wire.js";
import { sendWireRequest } from "./send-wire-request.js";

/** Places `request` as an OTO of `account` (HMAC) and returns its orderListId. */
export async function placeOtoOverHttp(conformance: ConformanceSandbox, account: SandboxAccount, request: OtoRequest): Promise<number> {
  if (account.apiSecret === undefined) throw new Error("placeOtoOverHttp signs with an HMAC account");
  const wire = pythonBinanceSignedRequest({
    method: "POST",
    path: PATHS.placeOto,
    params: { ...request },
    credentials: { apiKey: account.apiKey, apiSecret: account.apiSecret },
    timestampMs: conformance.sandbox.serverTime(),
  });
  const response = await sendWireRequest(conformance.sandbox.url, wire);
  expect(response.status, `placing the OTO: ${JSON.stringify(response.body)}`).toBe(200);
  return Number((response.body as { orderListId?: unknown }).orderListId);
}
