import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReplayServer } from "../lib/replay-server.mjs";

// The heap check counts only calls this server verified; a call it answers
// without checking the key and the HMAC would make that count meaningless.
describe("replay server for the heap check", () => {
  const apiKey = "replay-key";
  const apiSecret = "replay-secret";
  const answer = { status: 200, headers: { "content-type": "application/json;charset=UTF-8", "x-sapi-used-uid-weight-1m": "1" }, body: '{"listOrderStatus":"ALL_DONE"}' };
  let server: Awaited<ReturnType<typeof startReplayServer>>;

  beforeAll(async () => {
    server = await startReplayServer({ apiKey, apiSecret, answer });
  });
  afterAll(() => server.close());

  const signed = (query: string, secret = apiSecret) => `${query}&signature=${createHmac("sha256", secret).update(query).digest("hex")}`;
  const call = (pathAndQuery: string, init: RequestInit = {}) =>
    fetch(`${server.baseUrl}${pathAndQuery}`, { method: "DELETE", headers: { "X-MBX-APIKEY": apiKey }, ...init });

  it("answers a correctly signed cancel with the recorded status, headers and body, and counts it", async () => {
    server.takeCounts();
    const response = await call(`/sapi/v1/margin/orderList?${signed("symbol=LTCBTC&orderListId=7&timestamp=1")}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(answer.headers["content-type"]);
    expect(response.headers.get("x-sapi-used-uid-weight-1m")).toBe("1");
    expect(await response.text()).toBe(answer.body);
    expect(server.takeCounts()).toEqual({ verified: 1, refused: 0 });
  });

  it("refuses a wrong signature, a wrong key, another path or method, and an unsigned query", async () => {
    server.takeCounts();
    const query = "symbol=LTCBTC&orderListId=7&timestamp=1";
    const refused = [
      await call(`/sapi/v1/margin/orderList?${signed(query, "other-secret")}`),
      await call(`/sapi/v1/margin/orderList?${signed(query)}`, { headers: { "X-MBX-APIKEY": "other-key" } }),
      await call(`/sapi/v1/margin/order?${signed(query)}`),
      await call(`/sapi/v1/margin/orderList?${signed(query)}`, { method: "GET" }),
      await call(`/sapi/v1/margin/orderList?${query}`),
    ];
    for (const response of refused) {
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: -1022 });
    }
    expect(server.takeCounts()).toEqual({ verified: 0, refused: 5 });
  });
});
