import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";
import { describe, expect, it } from "vitest";
import { FORM, send } from "../helpers/http.js";
import { eventLine, subscribe } from "../helpers/stream-fixture.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";
import { connectWsApi } from "../helpers/ws-api-client.js";

const PATH = "/sapi/v1/userListenToken";
const DAY_MS = 86_400_000;
const NOW = 1_760_000_000_000;

async function sandboxWithAccount() {
  const sandbox = await startTestSandbox({ now: () => NOW });
  const account = await sandbox.createAccount({ type: "hmac" });
  return { sandbox, account };
}

describe("POST /sapi/v1/userListenToken (marginCreateListenToken)", () => {
  // ccxt (pro binance, ensureUserDataStreamWsSubscribeListenToken): API key only, form body, isIsolated=true.
  it("serves ccxt's form: API key only, no signature, parameters in a form body", async () => {
    const { sandbox, account } = await sandboxWithAccount();
    const isolated = await send(sandbox, "POST", PATH, account.apiKey, { text: "symbol=BTCUSDT&isIsolated=true", contentType: FORM });
    expect(isolated.status).toBe(200);
    expect(isolated.body).toEqual({ token: expect.stringMatching(/^[A-Za-z0-9]{70}$/), expirationTime: NOW + DAY_MS });
    expect(isolated.headers.get("X-SAPI-USED-UID-WEIGHT-1M")).toBe("1");

    // Cross margin: ccxt sends an empty form body.
    const cross = await send(sandbox, "POST", PATH, account.apiKey, { text: "", contentType: FORM });
    expect(cross.status).toBe(200);
    expect(cross.body.token).not.toBe(isolated.body.token);
  });

  // binance (tiagosiebler) and @sapi-kit/signer sign every private call, this one included.
  it("serves a signed request: the typed client with the signer, validity in the query", async () => {
    const { sandbox, account } = await sandboxWithAccount();
    const client = createClient({ baseUrl: sandbox.url });
    client.use(createSigner({ apiKey: account.apiKey, apiSecret: account.apiSecret ?? "", syncClock: true }));
    const { data, error } = await client.POST(PATH, { params: { query: { validity: 3_600_000 } } });
    expect(error).toBeUndefined();
    expect(data?.expirationTime).toBe(NOW + 3_600_000);
    // The clock sync first (the sandbox's clock is fixed in the past), then one signed POST.
    expect(sandbox.requests.map((entry) => `${entry.method} ${entry.path}`)).toEqual(["GET /api/v3/time", `POST ${PATH}`]);
    expect(sandbox.requests.at(-1)?.query).toMatch(/^validity=3600000&timestamp=\d+&signature=[0-9a-f]{64}$/);
  });

  it("refuses a signed request whose signature is wrong (-1022), as any SIGNED request", async () => {
    const { sandbox, account } = await sandboxWithAccount();
    const answer = await send(sandbox, "POST", `${PATH}?timestamp=${NOW}&signature=${"0".repeat(64)}`, account.apiKey);
    expect([answer.status, answer.body.code]).toEqual([400, -1022]);
  });

  it.each([
    ["no API key", undefined, "", 401, -2014],
    ["isolated without symbol", "key", "isIsolated=true", 400, -1102],
    ["a symbol for the cross account", "key", "symbol=BTCUSDT", 400, -1106],
    ["a symbol the sandbox does not list", "key", "isIsolated=true&symbol=NOPEUSDT", 400, -1121],
    ["isolated in upper case without symbol", "key", "isIsolated=TRUE", 400, -1102],
    ["isIsolated neither true nor false", "key", "isIsolated=yes&symbol=BTCUSDT", 400, -1100],
    ["validity above 24 hours", "key", `validity=${DAY_MS + 1}`, 400, -1130],
    ["validity 0", "key", "validity=0", 400, -1130],
  ])("refuses %s", async (_name, key, body, status, code) => {
    const { sandbox, account } = await sandboxWithAccount();
    const answer = await send(sandbox, "POST", PATH, key === undefined ? undefined : account.apiKey, { text: body, contentType: FORM });
    expect([answer.status, answer.body.code]).toEqual([status, code]);
  });

  // Binance types isIsolated BOOLEAN here and reads it in any letter case (spec/README.md, S12).
  it("gives a token for the isolated account for isIsolated=TRUE, True and true alike", async () => {
    const { sandbox, account } = await sandboxWithAccount();
    const connections = [];
    for (const isIsolated of ["TRUE", "True", "true"]) {
      const answer = await send(sandbox, "POST", PATH, account.apiKey, { text: `isIsolated=${isIsolated}&symbol=BTCUSDT`, contentType: FORM });
      expect(answer.status).toBe(200);
      const ws = await connectWsApi(sandbox);
      await subscribe(ws, answer.body.token);
      connections.push(ws);
    }
    // A cross order and an isolated order on another symbol reach none of them; the isolated BTCUSDT order reaches each.
    sandbox.createOrder(account.apiKey, { symbol: "BTCUSDT", price: "50000" });
    sandbox.createOrder(account.apiKey, { symbol: "BNBUSDT", price: "250", isIsolated: true });
    sandbox.createOrder(account.apiKey, { symbol: "BTCUSDT", price: "50001", isIsolated: true });
    for (const ws of connections) expect((await ws.drainEvents()).map(eventLine)).toEqual(["0 BTCUSDT order 3 NEW NEW"]);
  });

  it("accepts validity at its bounds, 1 ms and 24 hours, on the sandbox clock", async () => {
    const { sandbox, account } = await sandboxWithAccount();
    for (const validity of [1, DAY_MS]) {
      const answer = await send(sandbox, "POST", PATH, account.apiKey, { text: `validity=${validity}`, contentType: FORM });
      expect(answer.body.expirationTime).toBe(NOW + validity);
    }
  });
});
