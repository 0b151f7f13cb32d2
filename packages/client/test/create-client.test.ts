import fc from "fast-check";
import { afterEach, describe, expect, test, vi } from "vitest";
import { createClient, DEFAULT_BASE_URL, UnsafeIntegerError } from "../src/index.js";
import { type LoopbackServer, sendJson, startLoopbackServer } from "./support/loopback-server.js";
import { SEED_RESPONSE } from "./support/seed-response.js";

// Property tests: generous against a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const ORDER_LIST_PATH = "/sapi/v1/margin/orderList";


/** The seed body with one id made too large for a double, as raw JSON text. */
const SEED_WITH_HUGE_ORDER_ID = JSON.stringify(SEED_RESPONSE).replace('"orderId":3,"orderListId"', '"orderId":12345678901234567890,"orderListId"');

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * Echoes the decoded query back so tests can compare what the server understood.
 * The body satisfies both operations' required fields (cancel and server time).
 */
async function startEchoServer(): Promise<LoopbackServer> {
  return startLoopbackServer((request, response) => {
    const query = [...new URL(request.url, "http://127.0.0.1").searchParams];
    sendJson(response, 200, JSON.stringify({ ...SEED_RESPONSE, serverTime: 1574040868128, query }));
  });
}

describe("createClient: preset and pass-through", () => {
  test("defaults baseUrl to Binance production", async () => {
    const urls: string[] = [];
    // A fetch that answers locally: nothing leaves the machine.
    const client = createClient({
      fetch: async (request) => {
        urls.push(request.url);
        return Response.json(SEED_RESPONSE);
      },
    });
    await client.DELETE(ORDER_LIST_PATH, { params: { query: { symbol: "LTCBTC", orderListId: 0 } } });
    expect(DEFAULT_BASE_URL).toBe("https://api.binance.com");
    expect(urls).toEqual([`${DEFAULT_BASE_URL}${ORDER_LIST_PATH}?symbol=LTCBTC&orderListId=0`]);
  });

  test("baseUrl is overridable and the seed-shaped body comes back as data", async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 200, JSON.stringify(SEED_RESPONSE)));
    const client = createClient({ baseUrl: server.baseUrl });
    const { data, error, response } = await client.DELETE(ORDER_LIST_PATH, {
      params: { query: { symbol: "LTCBTC", isIsolated: "TRUE", listClientOrderId: "C3wyj4WVEktd7u9aVBRXcN" } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(SEED_RESPONSE);
    expect(server.requests).toMatchObject([
      { method: "DELETE", url: `${ORDER_LIST_PATH}?symbol=LTCBTC&isIsolated=TRUE&listClientOrderId=C3wyj4WVEktd7u9aVBRXcN` },
    ]);
  });

  test("passes openapi-fetch options through: custom fetch and headers", async () => {
    server = await startEchoServer();
    const seen: string[] = [];
    const client = createClient({
      baseUrl: server.baseUrl,
      headers: { "X-MBX-APIKEY": "public-api-key" },
      fetch: (request) => {
        seen.push(request.method);
        return globalThis.fetch(request);
      },
    });
    await client.DELETE(ORDER_LIST_PATH, { params: { query: { symbol: "LTCBTC", orderListId: 1 } } });
    expect(seen).toEqual(["DELETE"]);
    expect(server.requests[0]?.headers["x-mbx-apikey"]).toBe("public-api-key");
  });

  test("a caller's querySerializer replaces the preset", async () => {
    server = await startEchoServer();
    const client = createClient({ baseUrl: server.baseUrl, querySerializer: () => "custom=1" });
    await client.DELETE(ORDER_LIST_PATH, { params: { query: { symbol: "LTCBTC", orderListId: 1 } } });
    expect(server.requests[0]?.url).toBe(`${ORDER_LIST_PATH}?custom=1`);
  });

  test("middleware can be used and ejected", async () => {
    server = await startEchoServer();
    const client = createClient({ baseUrl: server.baseUrl });
    const tag = {
      onRequest: ({ request }: { request: Request }) => {
        request.headers.set("x-tag", "on");
        return request;
      },
    };
    client.use(tag);
    await client.GET("/api/v3/time");
    client.eject(tag);
    await client.GET("/api/v3/time");
    expect(server.requests.map((r) => r.headers["x-tag"])).toEqual(["on", undefined]);
  });
});

describe("createClient: query encoding on the wire", () => {
  test("the server decodes exactly the original values (space, +, ', CJK, emoji, anything)", async () => {
    server = await startEchoServer();
    const client = createClient({ baseUrl: server.baseUrl });
    const text = fc.oneof(fc.constantFrom("LTC BTC", "a+b", "it's", "币安", "😀👍🏽", "%20", "&=?#"), fc.string({ unit: "grapheme" }));
    await fc.assert(
      fc.asyncProperty(text, text, async (symbol, listClientOrderId) => {
        const { data } = await client.DELETE(ORDER_LIST_PATH, { params: { query: { symbol, listClientOrderId } } });
        expect((data as unknown as { query: unknown }).query).toEqual([
          ["symbol", symbol],
          ["listClientOrderId", listClientOrderId],
        ]);
      }),
      { numRuns: 40 },
    );
  });
});

describe("createClient: int64 policy (reject, never round)", () => {
  test("an unsafe orderListId is refused before anything is sent", async () => {
    server = await startEchoServer();
    const client = createClient({ baseUrl: server.baseUrl });
    await expect(
      client.DELETE(ORDER_LIST_PATH, { params: { query: { symbol: "LTCBTC", orderListId: 2 ** 53 } } }),
    ).rejects.toMatchObject({ name: "UnsafeIntegerError", source: "request", path: "orderListId" });
    expect(server.requests).toHaveLength(0);
  });

  test("an id JSON.parse rounded in a 200 body throws with its path and status", async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 200, SEED_WITH_HUGE_ORDER_ID));
    const client = createClient({ baseUrl: server.baseUrl });
    const call = client.DELETE(ORDER_LIST_PATH, { params: { query: { symbol: "LTCBTC", orderListId: 0 } } });
    await expect(call).rejects.toBeInstanceOf(UnsafeIntegerError);
    await expect(call).rejects.toMatchObject({
      source: "response",
      path: "orderReports[1].orderId",
      status: 200,
      message: expect.stringContaining("HTTP 200, response field orderReports[1].orderId = "),
    });
    expect(server.requests).toHaveLength(1);
  });

  test.each([
    ["an exponent", "1e20"],
    ["a negative 17-digit integer", "-12345678901234567"],
    ["a large decimal", "9007199254740993.5"],
  ])("%s beyond 2^53 in a 200 body is caught too (%s)", async (_label, literal) => {
    // The value as JSON.parse reads it (rounded).
    const value = JSON.parse(literal);
    const body = JSON.stringify(SEED_RESPONSE).replace('"orderListId":0', `"orderListId":${literal}`);
    expect(body).toContain(literal);
    server = await startLoopbackServer((_request, response) => sendJson(response, 200, body));
    const client = createClient({ baseUrl: server.baseUrl });
    await expect(
      client.DELETE(ORDER_LIST_PATH, { params: { query: { symbol: "LTCBTC", orderListId: 0 } } }),
    ).rejects.toMatchObject({ name: "UnsafeIntegerError", source: "response", path: "orderListId", value });
  });

  test("error bodies are guarded too, and every call method is wrapped (request())", async () => {
    server = await startLoopbackServer((_request, response) =>
      sendJson(response, 400, '{"code":-2011,"msg":"Unknown order sent.","orderListId":99999999999999999999}'),
    );
    const client = createClient({ baseUrl: server.baseUrl });
    await expect(
      client.request("delete", ORDER_LIST_PATH, { params: { query: { symbol: "LTCBTC", orderListId: 0 } } }),
    ).rejects.toMatchObject({ source: "response", path: "orderListId", status: 400 });
  });

  test("a text body is not inspected (nothing was parsed, nothing rounded)", async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 200, SEED_WITH_HUGE_ORDER_ID));
    const client = createClient({ baseUrl: server.baseUrl });
    const { data } = await client.DELETE(ORDER_LIST_PATH, {
      params: { query: { symbol: "LTCBTC", orderListId: 0 } },
      parseAs: "text",
    });
    expect(data).toBe(SEED_WITH_HUGE_ORDER_ID);
  });
});

describe("createClient: Binance errors", () => {
  test("a 4xx body comes back as the typed error, not a throw", async () => {
    server = await startLoopbackServer((_request, response) =>
      sendJson(response, 400, '{"code":-1102,"msg":"Param \'orderListId\' or \'listClientOrderId\' must be sent, but both were empty/null!"}'),
    );
    const client = createClient({ baseUrl: server.baseUrl });
    const { data, error, response } = await client.DELETE(ORDER_LIST_PATH, {
      params: { query: { symbol: "LTCBTC", orderListId: 0 } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error).toEqual({ code: -1102, msg: "Param 'orderListId' or 'listClientOrderId' must be sent, but both were empty/null!" });
  });
});
