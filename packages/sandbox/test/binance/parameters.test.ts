import { describe, expect, it } from "vitest";
import { SYMBOL, SYMBOL_RANGE } from "../../src/index.js";
import { CANCEL_PATH, cancel, send, sendSignedQuery } from "../helpers/http.js";
import { withSignature } from "../helpers/independent-signing.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

const NOW = 1_700_000_000_000;

async function setup() {
  const sandbox = await startTestSandbox({ now: () => NOW });
  const account = await sandbox.createAccount({ type: "hmac" });
  const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
  const nothingCancelled = () => sandbox.orderLists().every((entry) => entry.status === "OPEN");
  return { sandbox, account, list, nothingCancelled };
}

describe("parameter validation (Binance codes; a rejected request cancels nothing)", () => {
  it.each([
    ["symbol", `orderListId=0&timestamp=${NOW}`],
    ["symbol", `symbol=&orderListId=0&timestamp=${NOW}`],
    ["timestamp", "symbol=LTCBTC&orderListId=0"],
  ])("answers -1102 when mandatory '%s' is missing or empty", async (name, payload) => {
    const { sandbox, account, nothingCancelled } = await setup();
    const result = await sendSignedQuery(sandbox, account, payload);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ code: -1102, msg: `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.` });
    expect(nothingCancelled()).toBe(true);
  });

  it("answers -1102 for a missing signature", async () => {
    const { sandbox, account, nothingCancelled } = await setup();
    const result = await send(sandbox, "DELETE", `${CANCEL_PATH}?symbol=LTCBTC&orderListId=0&timestamp=${NOW}`, account.apiKey);
    expect(result.body).toEqual({ code: -1102, msg: "Mandatory parameter 'signature' was not sent, was empty/null, or malformed." });
    expect(nothingCancelled()).toBe(true);
  });

  it("answers -1102 for an empty signature, like every other empty mandatory parameter", async () => {
    const { sandbox, account, nothingCancelled } = await setup();
    for (const query of [`symbol=LTCBTC&orderListId=0&timestamp=${NOW}&signature=`, `symbol=LTCBTC&orderListId=0&timestamp=${NOW}&signature`]) {
      const result = await send(sandbox, "DELETE", `${CANCEL_PATH}?${query}`, account.apiKey);
      expect(result.status).toBe(400);
      expect(result.body).toEqual({ code: -1102, msg: "Mandatory parameter 'signature' was not sent, was empty/null, or malformed." });
    }
    expect(nothingCancelled()).toBe(true);
  });

  it("answers -11016 when neither orderListId nor listClientOrderId is sent (or both are empty)", async () => {
    const { sandbox, account, nothingCancelled } = await setup();
    for (const payload of [`symbol=LTCBTC&timestamp=${NOW}`, `symbol=LTCBTC&orderListId=&listClientOrderId=&timestamp=${NOW}`]) {
      const result = await sendSignedQuery(sandbox, account, payload);
      expect(result.status).toBe(400);
      expect(result.body).toEqual({ code: -11016, msg: "Either orderListId or listClientOrderId must be provided." });
    }
    expect(nothingCancelled()).toBe(true);
  });

  it.each([
    ["orderListId", "abc", "^[0-9]{1,20}$"],
    ["orderListId", "-1", "^[0-9]{1,20}$"],
    ["orderListId", "1.5", "^[0-9]{1,20}$"],
    ["recvWindow", "5s", "^[0-9]{1,20}$"],
    ["isIsolated", "1", "TRUE, FALSE"],
    ["isIsolated", "YES", "TRUE, FALSE"],
    ["symbol", "ltcbtc", "^[\\w\\-._&&[^a-z]]{1,50}$"],
    ["symbol", "LTC BTC", "^[\\w\\-._&&[^a-z]]{1,50}$"],
    ["symbol", "X".repeat(51), "^[\\w\\-._&&[^a-z]]{1,50}$"],
    ["newClientOrderId", "has space", "^[\\.A-Z\\:/a-z0-9_-]{1,36}$"],
  ])("answers -1100 for %s=%s", async (name, value, range) => {
    const { sandbox, account, list, nothingCancelled } = await setup();
    const params: Record<string, string | number> = { symbol: "LTCBTC", orderListId: list.orderListId, [name]: value };
    const result = await cancel(sandbox, account, params, NOW);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ code: -1100, msg: `Illegal characters found in parameter '${name}'; legal range is '${range}'.` });
    expect(nothingCancelled()).toBe(true);
  });

  it("exports the symbol rule its requests are checked with (SYMBOL, SYMBOL_RANGE), for the CLI", async () => {
    const { sandbox, account, nothingCancelled } = await setup();
    for (const symbol of ["LTCBTC", "币安人生USDT", "１２３４５６", "A_B-C.D", "ltcbtc", "LTC BTC", "", "X".repeat(50), "X".repeat(51)]) {
      const result = await cancel(sandbox, account, { symbol, orderListId: 999 }, NOW);
      // A legal symbol gets past the format check (then finds no list of that symbol: -2011; an empty one is -1102).
      const refusedAsIllegal = result.body.code === -1100;
      expect([symbol, refusedAsIllegal]).toEqual([symbol, symbol !== "" && !SYMBOL.test(symbol)]);
      if (refusedAsIllegal) expect(result.body.msg).toBe(`Illegal characters found in parameter 'symbol'; legal range is '${SYMBOL_RANGE}'.`);
    }
    expect(nothingCancelled()).toBe(true);
  });

  it("answers -1100 for a timestamp that is not a LONG", async () => {
    const { sandbox, account, nothingCancelled } = await setup();
    const result = await sendSignedQuery(sandbox, account, "symbol=LTCBTC&orderListId=0&timestamp=now");
    expect(result.body.code).toBe(-1100);
    expect(nothingCancelled()).toBe(true);
  });

  it.each(["orderListId", "symbol", "timestamp"])("answers -1101 when '%s' is sent twice", async (name) => {
    const { sandbox, account, list, nothingCancelled } = await setup();
    const duplicate = name === "symbol" ? "symbol=LTCBTC" : name === "timestamp" ? `timestamp=${NOW}` : `orderListId=${list.orderListId}`;
    const payload = `symbol=LTCBTC&orderListId=${list.orderListId}&timestamp=${NOW}&${duplicate}`;
    const result = await sendSignedQuery(sandbox, account, payload);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ code: -1101, msg: "Duplicate values for a parameter detected." });
    expect(nothingCancelled()).toBe(true);
  });

  it("answers -1104 for a parameter the endpoint does not read", async () => {
    const { sandbox, account, list, nothingCancelled } = await setup();
    const result = await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: list.orderListId, side: "SELL" }, NOW);
    expect(result.status).toBe(400);
    // symbol, orderListId, timestamp, signature were read; side was not.
    expect(result.body).toEqual({ code: -1104, msg: "Not all sent parameters were read; read '4' parameter(s) but was sent '5'." });
    expect(nothingCancelled()).toBe(true);
  });

  it("treats a signature that does not verify before looking at business parameters", async () => {
    const { sandbox, account, nothingCancelled } = await setup();
    const query = withSignature(account, `symbol=LTCBTC&timestamp=${NOW}`).replace("signature=", "signature=00");
    const result = await send(sandbox, "DELETE", `${CANCEL_PATH}?${query}`, account.apiKey);
    expect(result.body.code).toBe(-1022);
    expect(nothingCancelled()).toBe(true);
  });
});
