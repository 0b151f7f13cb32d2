// POST /sapi/v1/userListenToken through the real clients' own methods, the
// two ways they send it (both work on Binance, so both must on the sandbox):
// - ccxt 4.5 (`sapiPostUserListenToken`, what its pro `watch*` methods call for
//   margin, ensureUserDataStreamWsSubscribeListenToken): the API key header
//   only, no timestamp or signature, the parameters as a form body
//   (js/src/binance.js `sign`, the `userListenToken` special case), and
//   `isIsolated: true`, which it sends as `isIsolated=true`;
// - binance 3.6.5 (tiagosiebler, `MainClient#getMarginListenToken`): a signed
//   POST, parameters, `timestamp`, `recvWindow` and `signature` in the query.
// The subscription that uses the token, through each client's own streaming
// code: ccxt-watch-orders.test.ts and binance-user-data-stream.test.ts.
import type { SandboxAccount } from "@sapi-kit/sandbox";
import { MainClient } from "binance";
import { binance } from "ccxt";
import { describe, expect, it } from "vitest";
import { useConformanceSandbox } from "./support/conformance-sandbox.js";

const conformance = useConformanceSandbox();
const PATH = "/sapi/v1/userListenToken";
const DAY_MS = 86_400_000;

const tokenRequests = () =>
  conformance.sandbox.requests
    .filter((entry) => entry.path === PATH)
    .map(({ method, status, query, body }) => ({ method, status, query, body }));

function ccxtExchange(account: SandboxAccount): binance {
  const exchange = new binance({
    apiKey: account.apiKey,
    secret: account.apiSecret,
    enableRateLimit: false,
    options: { adjustForTimeDifference: false },
  });
  exchange.urls.api = { ...exchange.urls.api, sapi: `${conformance.sandbox.url}/sapi/v1` };
  return exchange;
}

describe("ccxt: sapiPostUserListenToken (API key only, form body)", () => {
  it("gets an isolated token, sending isIsolated=true and the symbol in a form body, unsigned", async () => {
    const account = await conformance.account("hmac");
    const before = conformance.sandbox.serverTime();
    const response = (await ccxtExchange(account).sapiPostUserListenToken({ isIsolated: true, symbol: "BTCUSDT" })) as {
      token: string;
      expirationTime: number;
    };
    expect(response.token).toMatch(/^[A-Za-z0-9]{70}$/);
    expect(response.expirationTime).toBeGreaterThanOrEqual(before + DAY_MS);
    expect(tokenRequests().at(-1)).toEqual({
      method: "POST",
      status: 200,
      query: "",
      body: "isIsolated=true&symbol=BTCUSDT",
    });
  });

  it("gets a cross margin token with an empty form body", async () => {
    const account = await conformance.account("hmac");
    const response = (await ccxtExchange(account).sapiPostUserListenToken({})) as { token: string };
    expect(response.token).toMatch(/^[A-Za-z0-9]{70}$/);
    expect(tokenRequests().at(-1)).toMatchObject({ status: 200, query: "", body: "" });
  });
});

describe("binance (tiagosiebler): getMarginListenToken (signed)", () => {
  it.each(["hmac", "ed25519"] as const)("%s: gets a token with a signed query, validity honoured", async (keyType) => {
    const account = await conformance.account(keyType);
    const client = new MainClient({
      api_key: account.apiKey,
      api_secret: keyType === "hmac" ? account.apiSecret : account.privateKeyPem,
      baseUrl: conformance.sandbox.url,
      disableTimeSync: true,
    });
    const before = conformance.sandbox.serverTime();
    const response = (await client.getMarginListenToken({ validity: 3_600_000 })) as { token: string; expirationTime: number };
    expect(response.token).toMatch(/^[A-Za-z0-9]{70}$/);
    expect(response.expirationTime).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(response.expirationTime).toBeLessThan(before + DAY_MS);
    const [request] = tokenRequests().slice(-1);
    expect(request).toMatchObject({ method: "POST", status: 200 });
    expect(request?.query).toMatch(/^validity=3600000&timestamp=\d+&recvWindow=5000&signature=\S+$/);
  });
});
