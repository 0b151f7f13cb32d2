import { describe, expect, it } from "vitest";
import { FORM, raw, sendForm } from "../helpers/http.js";
import { encodeStrict, signPayload, unsignedQuery } from "../helpers/independent-signing.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

const NOW = 1_700_000_000_000;

async function setup() {
  const sandbox = await startTestSandbox({ now: () => NOW });
  const account = await sandbox.createAccount({ type: "hmac" });
  const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
  const isOpen = () => sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status === "OPEN";
  const sig = (payload: string) => `signature=${encodeStrict(signPayload(account, payload))}`;
  return { sandbox, account, list, isOpen, sig };
}

describe("form bodies: totalParams = query string + body (plain concatenation)", () => {
  it("accepts everything in the body, signature last (python-binance's wire format)", async () => {
    const { sandbox, account, list, isOpen, sig } = await setup();
    const body = unsignedQuery({ symbol: "LTCBTC", orderListId: list.orderListId, recvWindow: 5000 }, NOW);
    const result = await sendForm(sandbox, account, "", `${body}&${sig(body)}`);
    expect(result.status).toBe(200);
    expect(result.body.orderListId).toBe(list.orderListId);
    expect(isOpen()).toBe(false);
    expect(sandbox.requests.at(-1)?.body).toBe(`${body}&${sig(body)}`);
  });

  it("accepts a split request: signature over query + body with no '&' between them, signature in the body", async () => {
    const { sandbox, account, list, isOpen, sig } = await setup();
    const query = `symbol=LTCBTC&orderListId=${list.orderListId}`;
    const body = `timestamp=${NOW}`;
    const result = await sendForm(sandbox, account, query, `${body}&${sig(query + body)}`);
    expect(result.status).toBe(200);
    expect(isOpen()).toBe(false);
  });

  it("accepts a split request with the signature at the end of the query string", async () => {
    const { sandbox, account, list, isOpen, sig } = await setup();
    const query = `symbol=LTCBTC&timestamp=${NOW}`;
    const body = `orderListId=${list.orderListId}`;
    const result = await sendForm(sandbox, account, `${query}&${sig(query + body)}`, body);
    expect(result.status).toBe(200);
    expect(isOpen()).toBe(false);
  });

  it("rejects (-1022) a signed query whose extra body parameters the signature does not cover", async () => {
    const { sandbox, account, list, isOpen, sig } = await setup();
    const query = `symbol=LTCBTC&orderListId=${list.orderListId}&timestamp=${NOW}`;
    const result = await sendForm(sandbox, account, `${query}&${sig(query)}`, "newClientOrderId=injected");
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ code: -1022, msg: "Signature for this request is not valid." });
    expect(isOpen()).toBe(true);
  });

  it("rejects (-1022) a signature computed with an '&' joining query and body", async () => {
    const { sandbox, account, list, isOpen, sig } = await setup();
    const query = `symbol=LTCBTC&orderListId=${list.orderListId}`;
    const body = `timestamp=${NOW}`;
    const result = await sendForm(sandbox, account, query, `${body}&${sig(`${query}&${body}`)}`);
    expect(result.body.code).toBe(-1022);
    expect(isOpen()).toBe(true);
  });

  it("uses the query string's copy when a parameter is in both places (documented rule)", async () => {
    const { sandbox, account, list, isOpen, sig } = await setup();
    const other = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const query = `symbol=LTCBTC&orderListId=${list.orderListId}&timestamp=${NOW}`;
    const body = `orderListId=${other.orderListId}`;
    const result = await sendForm(sandbox, account, query, `${body}&${sig(query + body)}`);
    expect(result.status).toBe(200);
    expect(result.body.orderListId).toBe(list.orderListId);
    expect(isOpen()).toBe(false);
    expect(sandbox.getOrderList(account.apiKey, { orderListId: other.orderListId })?.status).toBe("OPEN");
  });

  it("rejects (-1101) a parameter sent twice within the body, and a signature sent in both places", async () => {
    const { sandbox, account, list, isOpen, sig } = await setup();
    const body = `symbol=LTCBTC&orderListId=${list.orderListId}&orderListId=${list.orderListId}&timestamp=${NOW}`;
    const twice = await sendForm(sandbox, account, "", `${body}&${sig(body)}`);
    expect(twice.body).toEqual({ code: -1101, msg: "Duplicate values for a parameter detected." });

    const single = `symbol=LTCBTC&orderListId=${list.orderListId}&timestamp=${NOW}`;
    const both = await sendForm(sandbox, account, sig(single), `${single}&${sig(single)}`);
    expect(both.body).toEqual({ code: -1101, msg: "Duplicate values for a parameter detected." });
    expect(isOpen()).toBe(true);
  });

  it("rejects (-1022) a body whose signature is not its last parameter", async () => {
    const { sandbox, account, list, isOpen, sig } = await setup();
    const body = `symbol=LTCBTC&orderListId=${list.orderListId}&timestamp=${NOW}`;
    const result = await sendForm(sandbox, account, "", `${sig(body)}&${body}`);
    expect(result.body.code).toBe(-1022);
    expect(isOpen()).toBe(true);
  });

  it("accepts a charset parameter and any letter case in the form content type", async () => {
    const { sandbox, account, list, isOpen, sig } = await setup();
    const body = unsignedQuery({ symbol: "LTCBTC", orderListId: list.orderListId }, NOW);
    const result = await sendForm(sandbox, account, "", `${body}&${sig(body)}`, "Application/X-WWW-Form-URLEncoded; charset=UTF-8");
    expect(result.status).toBe(200);
    expect(isOpen()).toBe(false);
  });

  it.each(["application/json", "text/plain;charset=UTF-8", "multipart/form-data; boundary=x"])(
    "rejects (-1100) a non-empty body of content type %s, whatever the query says",
    async (contentType) => {
      const { sandbox, account, list, isOpen, sig } = await setup();
      const query = `symbol=LTCBTC&orderListId=${list.orderListId}&timestamp=${NOW}`;
      const result = await sendForm(sandbox, account, `${query}&${sig(query)}`, '{"newClientOrderId":"x"}', contentType);
      expect(result.status).toBe(400);
      expect(result.body).toEqual({ code: -1100, msg: "Illegal characters found in a parameter." });
      expect(isOpen()).toBe(true);
    },
  );

  it("ignores an empty body whatever its content type", async () => {
    const { sandbox, account, list, isOpen, sig } = await setup();
    const query = `symbol=LTCBTC&orderListId=${list.orderListId}&timestamp=${NOW}`;
    const result = await sendForm(sandbox, account, `${query}&${sig(query)}`, "", "application/json");
    expect(result.status).toBe(200);
    expect(isOpen()).toBe(false);
  });

  it("answers -1102 when the only signature is an empty one in the body", async () => {
    const { sandbox, account, list, isOpen } = await setup();
    const body = `symbol=LTCBTC&orderListId=${list.orderListId}&timestamp=${NOW}&signature=`;
    const result = await sendForm(sandbox, account, "", body, FORM);
    expect(result.body).toEqual({ code: -1102, msg: "Mandatory parameter 'signature' was not sent, was empty/null, or malformed." });
    expect(isOpen()).toBe(true);
  });
});

// Binance's General Info: "For GET endpoints, parameters must be sent as a query string."
// A form body on a GET is refused (-1104, the sandbox's recorded decision; see the README,
// "Query string and form body"), so a client that puts GET parameters there learns it at once.
describe("GET parameters go in the query string only", () => {
  const OPEN = "/sapi/v1/margin/openOrderList";

  it("refuses (-1104) a signed GET whose parameters are all in a form body, or split between query and body", async () => {
    const { sandbox, account, sig } = await setup();
    const all = unsignedQuery({ symbol: "LTCBTC", isIsolated: "TRUE" }, NOW);
    const headers = { "X-MBX-APIKEY": account.apiKey, "Content-Type": FORM };
    const inBody = await raw(sandbox, "GET", OPEN, headers, `${all}&${sig(all)}`);
    expect(inBody.status).toBe(400);
    expect(inBody.body).toEqual({ code: -1104, msg: "Not all sent parameters were read; read '0' parameter(s) but was sent '4'." });
    const query = `timestamp=${NOW}`;
    const body = "isIsolated=TRUE&symbol=LTCBTC";
    const split = await raw(sandbox, "GET", `${OPEN}?${query}&${sig(query + body)}`, headers, body);
    expect(split.body).toEqual({ code: -1104, msg: "Not all sent parameters were read; read '2' parameter(s) but was sent '4'." });
    expect(sandbox.requests.map((entry) => entry.status)).toEqual([400, 400]);
  });

  it("keeps accepting GETs without a body whatever their Content-Type (python-binance sends application/json)", async () => {
    const { sandbox, account, sig } = await setup();
    const query = unsignedQuery({}, NOW);
    for (const contentType of ["application/json", FORM, undefined]) {
      const headers = { "X-MBX-APIKEY": account.apiKey, ...(contentType ? { "Content-Type": contentType } : {}) };
      const result = await raw(sandbox, "GET", `${OPEN}?${query}&${sig(query)}`, headers);
      expect([contentType, result.status]).toEqual([contentType, 200]);
    }
  });
});
