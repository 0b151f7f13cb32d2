import { describe, expect, it } from "vitest";
import { cancel } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

const SERVER_NOW = 1_700_000_000_000;

async function setup() {
  const sandbox = await startTestSandbox({ now: () => SERVER_NOW });
  const account = await sandbox.createAccount({ type: "hmac" });
  const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
  const attempt = (timestamp: number, extra: Record<string, string | number> = {}) =>
    cancel(sandbox, account, { symbol: "LTCBTC", orderListId: list.orderListId, ...extra }, timestamp);
  const isOpen = () => sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status === "OPEN";
  return { sandbox, attempt, isOpen };
}

describe("timestamp rule: timestamp < serverTime + 1000 and serverTime - timestamp <= recvWindow", () => {
  it("rejects a timestamp 1000 ms or more ahead with -1021 and accepts 999 ms ahead", async () => {
    const { attempt, isOpen } = await setup();
    const ahead = await attempt(SERVER_NOW + 1000);
    expect(ahead.status).toBe(400);
    expect(ahead.body).toEqual({ code: -1021, msg: "Timestamp for this request was 1000ms ahead of the server's time." });
    expect(isOpen()).toBe(true);
    expect((await attempt(SERVER_NOW + 999)).status).toBe(200);
  });

  it("rejects a timestamp older than the default 5000 ms recvWindow with -1021 and accepts exactly 5000", async () => {
    const { attempt, isOpen } = await setup();
    const late = await attempt(SERVER_NOW - 5001);
    expect(late.body).toEqual({ code: -1021, msg: "Timestamp for this request is outside of the recvWindow." });
    expect(isOpen()).toBe(true);
    expect((await attempt(SERVER_NOW - 5000)).status).toBe(200);
  });

  it("honours an explicit recvWindow up to 60000", async () => {
    const { attempt, isOpen } = await setup();
    expect((await attempt(SERVER_NOW - 10_001, { recvWindow: 10_000 })).body.code).toBe(-1021);
    expect(isOpen()).toBe(true);
    expect((await attempt(SERVER_NOW - 60_000, { recvWindow: 60_000 })).status).toBe(200);
  });

  it("rejects recvWindow above 60000 with -1131", async () => {
    const { attempt, isOpen } = await setup();
    const result = await attempt(SERVER_NOW, { recvWindow: 60_001 });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ code: -1131, msg: "recvWindow must be less than 60000" });
    expect(isOpen()).toBe(true);
  });

  it("judges timestamps by the skewed server clock", async () => {
    const { sandbox, attempt, isOpen } = await setup();
    sandbox.setClockSkew(-3000);
    // The client's clock (SERVER_NOW) is now 3 s ahead of the server's.
    expect((await attempt(SERVER_NOW)).body.code).toBe(-1021);
    expect(isOpen()).toBe(true);
    expect((await attempt(sandbox.serverTime())).status).toBe(200);
  });

  // The /sapi timing decision: margin pages type recvWindow and timestamp as LONG milliseconds.
  it("rejects a fractional recvWindow with -1100 (LONG on the margin pages)", async () => {
    const { attempt, isOpen } = await setup();
    const result = await attempt(SERVER_NOW, { recvWindow: "6000.346" });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ code: -1100, msg: "Illegal characters found in parameter 'recvWindow'; legal range is '^[0-9]{1,20}$'." });
    expect(isOpen()).toBe(true);
  });

  it.each(["1700000000000.5", "-1", "1.7e12"])("rejects timestamp %s with -1100", async (timestamp) => {
    const { attempt, isOpen } = await setup();
    const result = await attempt(SERVER_NOW, { timestamp });
    expect(result.body).toEqual({ code: -1100, msg: "Illegal characters found in parameter 'timestamp'; legal range is '^[0-9]{1,20}$'." });
    expect(isOpen()).toBe(true);
  });

  it("reads a microsecond timestamp as milliseconds: far ahead, so -1021", async () => {
    const { attempt, isOpen } = await setup();
    const result = await attempt(SERVER_NOW * 1000);
    expect(result.body).toEqual({ code: -1021, msg: "Timestamp for this request was 1000ms ahead of the server's time." });
    expect(isOpen()).toBe(true);
  });

  it("accepts recvWindow 0 (undocumented minimum) only for a timestamp equal to the server time", async () => {
    const { attempt, isOpen } = await setup();
    expect((await attempt(SERVER_NOW - 1, { recvWindow: 0 })).body.code).toBe(-1021);
    expect(isOpen()).toBe(true);
    expect((await attempt(SERVER_NOW, { recvWindow: 0 })).status).toBe(200);
  });
});
