import type { OperationContract } from "@sapi-kit/contract";
import { describe, expect, it } from "vitest";
import { createBinanceApi } from "../../src/binance/binance-api.js";
import { BinanceRejection } from "../../src/binance/binance-error.js";
import { validateParameters } from "../../src/binance/parameter-validation.js";
import { createIpRateLimiter, createSapiIpRateLimiter, createUidRateLimiter } from "../../src/binance/rate-limiter.js";
import { parametersByName, splitRawQuery } from "../../src/binance/raw-query.js";
import { requestWeight } from "../../src/binance/request-weight.js";
import { operationContracts } from "../../src/index.js";
import { createAccountRegistry } from "../../src/state/accounts.js";
import { createSandboxClock } from "../../src/state/sandbox-clock.js";

/**
 * An eighth operation, as the generator would write it for a scratch spec
 * entry: nothing in the validator names it, yet every rule applies.
 */
const scratch: OperationContract = {
  operationId: "scratchNewThing",
  method: "POST",
  path: "/sapi/v1/scratch/thing",
  signed: false,
  apiKey: false,
  weight: { type: "IP", value: 3, variants: [{ value: 50, when: { parameter: "mode", in: ["HEAVY"] } }] },
  parameters: [
    { name: "symbol", wire: "STRING", required: true, signerManaged: false, minLength: 1 },
    { name: "mode", wire: "ENUM", required: false, signerManaged: false, enum: ["LIGHT", "HEAVY"], default: "LIGHT" },
    { name: "amount", wire: "DECIMAL", required: false, signerManaged: false, pattern: "^[0-9]+(\\.[0-9]+)?$" },
    { name: "fromId", wire: "LONG", required: false, signerManaged: false, minimum: 0 },
    { name: "startTime", wire: "LONG", required: false, signerManaged: false },
    { name: "endTime", wire: "LONG", required: false, signerManaged: false },
    { name: "limit", wire: "INT", required: false, signerManaged: false, minimum: 1, maximum: 1000, default: 500 },
    { name: "keep", wire: "BOOLEAN", required: false, signerManaged: false, default: "true" },
    { name: "note", wire: "STRING", required: false, signerManaged: false, pattern: "^[a-z]{1,5}$" },
    { name: "tag", wire: "STRING", required: false, signerManaged: false, minLength: 3, maxLength: 5 },
    { name: "a", wire: "STRING", required: false, signerManaged: false },
    { name: "b", wire: "STRING", required: false, signerManaged: false },
    { name: "heavyNote", wire: "STRING", required: false, signerManaged: false },
    { name: "newClientOrderId", wire: "STRING", required: false, signerManaged: false },
  ],
  requiredOneOf: [["a", "b"]],
  rules: [
    { kind: "excludes", if: "fromId", parameters: ["startTime"] },
    { kind: "requires", if: "amount", parameters: ["note"] },
    { kind: "required-when", when: { parameter: "mode", in: ["HEAVY"] }, parameters: ["heavyNote"] },
    { kind: "forbidden-when", when: { parameter: "mode", in: ["LIGHT"] }, parameters: ["heavyNote"] },
    { kind: "max-span", from: "startTime", to: "endTime", maximum: 86_400_000 },
  ],
};

const paramsOf = (query: string) => parametersByName(splitRawQuery(query));

function rejectionOf(query: string, operation: OperationContract = scratch) {
  try {
    validateParameters(operation, paramsOf(query));
  } catch (error) {
    if (error instanceof BinanceRejection) return error.body;
    throw error;
  }
  return undefined;
}

describe("the generic validator (spec-driven; Binance's codes)", () => {
  it("accepts a valid request and types each value by its wire type; defaults are not filled in", () => {
    const valid = validateParameters(scratch, paramsOf("symbol=BTCUSDT&a=x&fromId=12345678901234567890&limit=7&keep=FALSE&amount=1.5&note=ok"));
    expect(valid.values).toEqual({ symbol: "BTCUSDT", a: "x", fromId: 12345678901234567890n, limit: 7, keep: false, amount: "1.5", note: "ok" });
    expect(valid.effective("mode")).toBe("LIGHT");
    expect(valid.flag("keep")).toBe(false);
    expect(valid.long("fromId")).toBe(12345678901234567890n);
  });

  it.each([
    ["a=x", -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed."],
    ["symbol=&a=x", -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed."],
    ["symbol=btcusdt&a=x", -1100, "Illegal characters found in parameter 'symbol'; legal range is '^[\\w\\-._&&[^a-z]]{1,50}$'."],
    ["symbol=X&a=x&mode=MEDIUM", -1100, "Illegal characters found in parameter 'mode'; legal range is 'LIGHT, HEAVY'."],
    ["symbol=X&a=x&amount=1e3", -1100, "Illegal characters found in parameter 'amount'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'."],
    ["symbol=X&a=x&amount=-1", -1100, "Illegal characters found in parameter 'amount'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'."],
    ["symbol=X&a=x&fromId=-1", -1100, "Illegal characters found in parameter 'fromId'; legal range is '^[0-9]{1,20}$'."],
    ["symbol=X&a=x&limit=1001", -1130, "Data sent for parameter 'limit' is not valid."],
    ["symbol=X&a=x&limit=0", -1130, "Data sent for parameter 'limit' is not valid."],
    ["symbol=X&a=x&keep=yes", -1100, "Illegal characters found in parameter 'keep'; legal range is 'true, false'."],
    ["symbol=X&a=x&note=NOPE", -1100, "Illegal characters found in parameter 'note'; legal range is '^[a-z]{1,5}$'."],
    ["symbol=X&a=x&tag=ab", -1100, "Illegal characters found in parameter 'tag'; legal range is 'at least 3 characters'."],
    ["symbol=X&a=x&tag=abcdef", -1100, "Illegal characters found in parameter 'tag'; legal range is 'at most 5 characters'."],
    ["symbol=X&a=x&newClientOrderId=has space", -1100, "Illegal characters found in parameter 'newClientOrderId'; legal range is '^[\\.A-Z\\:/a-z0-9_-]{1,36}$'."],
    ["symbol=X&a=x&side=BUY&other=1", -1104, "Not all sent parameters were read; read '2' parameter(s) but was sent '4'."],
    ["symbol=X", -1102, "Param 'a' or 'b' must be sent, but both were empty/null!"],
    ["symbol=X&a=&b=", -1102, "Param 'a' or 'b' must be sent, but both were empty/null!"],
    ["symbol=X&a=x&fromId=1&startTime=2", -1128, "Combination of optional parameters invalid."],
    ["symbol=X&a=x&amount=1", -1128, "Combination of optional parameters invalid."],
    ["symbol=X&a=x&mode=HEAVY", -1102, "Mandatory parameter 'heavyNote' was not sent, was empty/null, or malformed."],
    // forbidden-when holds on the default too: mode is absent, its default LIGHT forbids heavyNote.
    ["symbol=X&a=x&heavyNote=n", -1106, "Parameter 'heavyNote' sent when not required."],
    // max-span: the margin order and trade lists' 24-hour window (spec/README.md, "x-parameter-rules").
    ["symbol=X&a=x&startTime=1000&endTime=86401001", -1127, "More than 24 hours between startTime and endTime."],
  ])("%s -> %s", (query, code, msg) => {
    expect(rejectionOf(query)).toEqual({ code, msg });
  });

  it("accepts startTime and endTime exactly 24 hours apart", () => {
    expect(rejectionOf("symbol=X&a=x&startTime=1000&endTime=86401000")).toBeUndefined();
  });

  it("checks parameters in spec order, then unknown names, then one-of groups, then rules", () => {
    expect(rejectionOf("mode=BAD&extra=1")?.code).toBe(-1102); // symbol first
    expect(rejectionOf("symbol=X&mode=BAD&extra=1")?.code).toBe(-1100);
    expect(rejectionOf("symbol=X&extra=1")?.code).toBe(-1104);
    expect(rejectionOf("symbol=X&fromId=1&startTime=2")?.code).toBe(-1102);
  });

  it("keeps the cancel's observed -11016 for its one-of group", () => {
    const cancel = operationContracts.find((operation) => operation.operationId === "marginCancelOco");
    expect(cancel && rejectionOf("symbol=LTCBTC", cancel)).toEqual({
      code: -11016,
      msg: "Either orderListId or listClientOrderId must be provided.",
    });
  });

  it("weighs a request by the first variant whose condition holds, on the sent or default value", () => {
    expect(requestWeight(scratch, paramsOf("symbol=X"))).toBe(3);
    expect(requestWeight(scratch, paramsOf("symbol=X&mode=HEAVY"))).toBe(50);
    const oco = operationContracts.find((operation) => operation.operationId === "marginNewOco");
    if (!oco) throw new Error("marginNewOco missing from the generated contract");
    expect(requestWeight(oco, paramsOf("sideEffectType=NO_SIDE_EFFECT"))).toBe(6);
    expect(requestWeight(oco, paramsOf("sideEffectType=MARGIN_BUY"))).toBe(1500);
    expect(requestWeight(oco, paramsOf("sideEffectType=AUTO_BORROW_REPAY"))).toBe(1500);
  });

  it("weighs open orders without a symbol once per trading symbol, with one at the base weight", () => {
    const openOrders = operationContracts.find((operation) => operation.operationId === "marginGetOpenOrders");
    if (!openOrders) throw new Error("marginGetOpenOrders missing from the generated contract");
    expect(requestWeight(openOrders, paramsOf("symbol=BTCUSDT"), 5)).toBe(10);
    expect(requestWeight(openOrders, paramsOf(""), 5)).toBe(50);
    expect(requestWeight(openOrders, paramsOf("symbol="), 5)).toBe(50);
    expect(requestWeight(openOrders, paramsOf(""))).toBe(10);
  });

  it("serves an operation with no behaviour: validated, charged, then 404 'not simulated'", () => {
    const now = () => 1_700_000_000_000;
    const answer = createBinanceApi([scratch], {}, {
      accounts: createAccountRegistry(),
      clock: createSandboxClock(now, 0),
      limiters: { "sapi-uid": createUidRateLimiter(now), "sapi-ip": createSapiIpRateLimiter(now), "api-ip": createIpRateLimiter(now) },
    });
    const request = (query: string) =>
      answer({ method: "POST", path: scratch.path, query, body: "", contentType: undefined, apiKey: undefined, remoteAddress: "127.0.0.1" });
    const invalid = request("symbol=X&mode=HEAVY");
    expect([invalid.status, invalid.code, invalid.headers["X-SAPI-USED-IP-WEIGHT-1M"]]).toEqual([400, -1102, "50"]);
    const valid = request("symbol=X&a=1");
    expect([valid.status, valid.code, valid.headers["X-SAPI-USED-IP-WEIGHT-1M"]]).toEqual([404, -1000, "53"]);
  });
});
