import { afterEach, describe, expect, it } from "vitest";
import { type UsageHeaders, createSigner } from "../src/index.js";
import { API_KEY, API_SECRET } from "./support/keys.js";
import { type LoopbackServer, sendJson, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient } from "./support/signed-client.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("rate-limit usage headers", () => {
  it("onUsage receives X-SAPI-USED-* and X-MBX-USED-* as numbers after each call; the response keeps them", async () => {
    let weight = 0;
    server = await startLoopbackServer((_request, response) => {
      weight += 1;
      sendJson(
        response,
        weight === 1 ? 200 : 400,
        weight === 1 ? { orderListId: 0, symbol: "LTCBTC" } : { code: -2011, msg: "Unknown order sent." },
        {
          "X-SAPI-USED-UID-WEIGHT-1M": String(weight),
          "X-SAPI-USED-IP-WEIGHT-1M": String(weight * 10),
          "X-MBX-USED-WEIGHT-1M": "3",
          "X-Unrelated": "7",
        },
      );
    });
    const seen: UsageHeaders[] = [];
    const client = createTestClient(
      server.baseUrl,
      createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, onUsage: (usage) => seen.push(usage) }),
    );
    const query = { symbol: "LTCBTC", orderListId: 0 };

    const first = await client.DELETE("/sapi/v1/margin/orderList", { params: { query } });
    await client.DELETE("/sapi/v1/margin/orderList", { params: { query } });

    expect(seen).toEqual([
      { "X-SAPI-USED-UID-WEIGHT-1M": 1, "X-SAPI-USED-IP-WEIGHT-1M": 10, "X-MBX-USED-WEIGHT-1M": 3 },
      { "X-SAPI-USED-UID-WEIGHT-1M": 2, "X-SAPI-USED-IP-WEIGHT-1M": 20, "X-MBX-USED-WEIGHT-1M": 3 },
    ]);
    expect(first.response.headers.get("x-sapi-used-uid-weight-1m")).toBe("1");
  });

  it("is called before a thrown rate-limit error, so the counters are never lost", async () => {
    server = await startLoopbackServer((_request, response) =>
      sendJson(response, 429, { code: -1003, msg: "Too many requests." }, { "X-SAPI-USED-UID-WEIGHT-1M": "180000" }),
    );
    const seen: UsageHeaders[] = [];
    const client = createTestClient(
      server.baseUrl,
      createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, onUsage: (usage) => seen.push(usage) }),
    );
    await expect(
      client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } }),
    ).rejects.toThrow(/HTTP 429/);
    expect(seen).toEqual([{ "X-SAPI-USED-UID-WEIGHT-1M": 180000 }]);
  });
});
