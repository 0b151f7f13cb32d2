import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { ServerResponse } from "node:http";
import { inspect } from "node:util";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, test } from "vitest";
import { createClient, ResponseUnreadableError, SapiKitError, UnsafeIntegerError } from "../src/index.js";
import { createClient as createNodeClient } from "../src/node.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { SEED_RESPONSE } from "./support/seed-response.js";

const ORDER_LIST_PATH = "/sapi/v1/margin/orderList";
const CANCEL = { params: { query: { symbol: "LTCBTC", orderListId: 0 } } } as const;

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Answers every request with exactly these bytes, content type and framing. */
function answer(status: number, body: string, contentType?: string, chunked = false) {
  return (_request: unknown, response: ServerResponse) => {
    const headers: Record<string, string> = contentType ? { "content-type": contentType } : {};
    if (!chunked) headers["content-length"] = String(Buffer.byteLength(body));
    response.writeHead(status, headers);
    response.end(body);
  };
}

async function cancelAgainst(status: number, body: string, contentType?: string, chunked = false) {
  server = await startLoopbackServer(answer(status, body, contentType, chunked));
  const client = createClient({ baseUrl: server.baseUrl });
  return client.DELETE(ORDER_LIST_PATH, CANCEL).catch((error: unknown) => error);
}

const { orderReports: _dropped, ...seedWithoutReports } = SEED_RESPONSE;
const HTML = "<html><body><h1>Bad Gateway</h1></body></html>";

describe("a 2xx whose body is unreadable: the cancel executed, and the error says so", () => {
  test.each([
    ["an empty body (Content-Length: 0)", 200, "", "application/json", false, { kind: "empty" }],
    ["an empty chunked body", 200, "", "application/json", true, { kind: "empty" }],
    ["HTTP 204", 204, "", undefined, false, { kind: "empty" }],
    ["HTML", 200, HTML, "text/html; charset=utf-8", false, { kind: "not-json", contentType: "text/html; charset=utf-8" }],
    ["truncated JSON", 200, JSON.stringify(SEED_RESPONSE).slice(0, 120), "application/json", true, { kind: "not-json", contentType: "application/json" }],
    ["no content type and not JSON", 200, "OK", undefined, false, { kind: "not-json" }],
    ["a JSON array", 200, "[]", "application/json", false, { kind: "not-object" }],
    ["JSON null", 200, "null", "application/json", false, { kind: "not-object" }],
    ["a JSON string", 200, '"done"', "application/json", false, { kind: "not-object" }],
    ["a body missing an identifying field (x-identifying-fields)", 200, JSON.stringify(seedWithoutReports), "application/json", false, { kind: "missing-field", field: "orderReports" }],
  ])("%s", async (_label, status, body, contentType, chunked, reason) => {
    const error = await cancelAgainst(status, body, contentType, chunked);
    expect(error).toBeInstanceOf(ResponseUnreadableError);
    expect(error).toBeInstanceOf(SapiKitError);
    expect(error).toMatchObject({ code: "RESPONSE_UNREADABLE", status, method: "DELETE", path: ORDER_LIST_PATH, outcome: "executed" });
    // The reason as data, exactly: its kind and, where there is one, where it failed.
    expect((error as ResponseUnreadableError).reason).toEqual(reason);
    expect((error as Error).message).toContain(`response unreadable (${reason.kind}`);
    expect((error as Error).message).toContain("executed, reconcile before any retry");
    // Path only: never the query (with a signer, it carries the signature), never the body.
    expect((error as Error).message).not.toMatch(/symbol=|<html>/);
    expect(server?.requests).toHaveLength(1);
  });

  test("a complete body comes back as data, with nothing thrown", async () => {
    const result = (await cancelAgainst(200, JSON.stringify(SEED_RESPONSE), "application/json", true)) as { data?: unknown; error?: unknown };
    expect(result.data).toEqual(SEED_RESPONSE);
    expect(result.error).toBeUndefined();
  });

  test("a cancel without isIsolated is complete: Binance marks the field 'if isolated margin' (spec/README.md)", async () => {
    const { isIsolated: _absent, ...withoutIsolated } = SEED_RESPONSE;
    const result = (await cancelAgainst(200, JSON.stringify(withoutIsolated), "application/json")) as { data?: unknown; error?: unknown };
    expect(result.data).toEqual(withoutIsolated);
  });

  test("a body missing a field the spec requires but does not name as identifying is data: the types and the spec hold the full shape", async () => {
    const { contingencyType: _absent, ...withoutContingency } = SEED_RESPONSE;
    const result = (await cancelAgainst(200, JSON.stringify(withoutContingency), "application/json")) as { data?: unknown; error?: unknown };
    expect(result.data).toEqual(withoutContingency);
  });

  // Binance's General Info: every endpoint returns a JSON object or array, so no body is never an answer there.
  test.each([
    ["an operation the spec does not describe", "/sapi/v1/margin/undescribed"],
    ["an array operation", "/sapi/v1/margin/openOrders"],
    ["an /api/ path", "/api/v3/ping"],
  ])("an empty 200 on a Binance path (%s) is empty, executed", async (_label, path) => {
    server = await startLoopbackServer(answer(200, "", "application/json"));
    const client = createClient({ baseUrl: server.baseUrl });
    await expect(client.request("get", path as "/sapi/v1/margin/openOrders", { params: { query: {} } } as never)).rejects.toMatchObject({
      reason: { kind: "empty" },
      method: "GET",
      path,
      outcome: "executed",
    });
  });

  test("every call method is checked (request(), lower-case method)", async () => {
    server = await startLoopbackServer(answer(200, HTML, "text/html"));
    const client = createClient({ baseUrl: server.baseUrl });
    await expect(client.request("delete", ORDER_LIST_PATH, CANCEL)).rejects.toMatchObject({
      method: "DELETE",
      path: ORDER_LIST_PATH,
      outcome: "executed",
    });
  });

  test("an operation the spec does not describe: any JSON is accepted, non-JSON is still typed", async () => {
    server = await startLoopbackServer(answer(200, "[1,2]", "application/json"));
    const client = createClient({ baseUrl: server.baseUrl });
    const call = (path: string) => client.request("get", path as "/api/v3/time");
    expect((await call("/api/v3/ping")).data).toEqual([1, 2]);
    await server.close();
    server = await startLoopbackServer(answer(200, HTML, "text/html"));
    const other = createClient({ baseUrl: server.baseUrl });
    await expect(other.request("get", "/api/v3/ping" as "/api/v3/time")).rejects.toMatchObject({
      reason: { kind: "not-json", contentType: "text/html" },
      outcome: "executed",
    });
  });

  test("parseAs other than json is the caller's business: the raw body comes back", async () => {
    server = await startLoopbackServer(answer(200, HTML, "text/html"));
    const client = createClient({ baseUrl: server.baseUrl });
    const { data } = await client.DELETE(ORDER_LIST_PATH, { ...CANCEL, parseAs: "text" });
    expect(data).toBe(HTML);
  });
});

// Both transports: fetch (the main entry), and node:http (the node entry, which
// takes a request with redirect "manual", as the signer's are).
const ENTRIES = [
  ["fetch", createClient, {}],
  ["node:http", createNodeClient, { redirect: "manual" }],
] as const;

/** The status line, then part of the body, then the connection is cut. */
const cutOff = (status: number) => (_request: unknown, response: ServerResponse) => {
  response.writeHead(status, { "content-type": "application/json", "content-length": "500" });
  response.write('{"orderListId":0,"contingencyType":"OCO",');
  setImmediate(() => response.socket?.destroy());
};

describe.each(ENTRIES)("the status arrived, the body did not (%s): the status decides", (_, create, init) => {
  test.each([
    [200, "executed"],
    [400, "rejected"],
    [503, "unknown"],
  ])("HTTP %s cut off mid-body: %s, never a raw TypeError", async (status, outcome) => {
    server = await startLoopbackServer(cutOff(status));
    const error = await create({ baseUrl: server.baseUrl })
      .DELETE(ORDER_LIST_PATH, { ...CANCEL, ...init })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ResponseUnreadableError);
    expect(error).toMatchObject({ status, outcome, reason: { kind: "not-received" }, method: "DELETE", path: ORDER_LIST_PATH });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect((error as Error).message).not.toContain("symbol=");
  });

  test("the caller's signal aborts while the 2xx body is still coming: executed, the reason as cause", async () => {
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"orderListId":0,'); // and never ends
    });
    const controller = new AbortController();
    const reason = new Error("gave up on the body");
    const client = create({ baseUrl: server.baseUrl });
    // Aborted once the status is in, without a timer: fetch hands the response to onResponse
    // before its body; node:http buffers the body, so its own diagnostics channel says when.
    client.use({ onResponse: () => void controller.abort(reason) });
    const abortOnStatus = () => controller.abort(reason);
    subscribe("http.client.response.finish", abortOnStatus);
    try {
      const error = await client.DELETE(ORDER_LIST_PATH, { ...CANCEL, ...init, signal: controller.signal }).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(ResponseUnreadableError);
      expect(error).toMatchObject({ status: 200, outcome: "executed", reason: { kind: "not-received" } });
    } finally {
      unsubscribe("http.client.response.finish", abortOnStatus);
    }
  });

  test("a gzip 2xx (compressed though nothing asked for it) is read as JSON", async () => {
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      response.end(gzipSync(JSON.stringify(SEED_RESPONSE)));
    });
    const { data } = await create({ baseUrl: server.baseUrl }).DELETE(ORDER_LIST_PATH, { ...CANCEL, ...init });
    expect(data).toEqual(SEED_RESPONSE);
  });
});

describe("an error status whose body is not Binance's { code, msg }: never a string error or code undefined", () => {
  test.each([
    ["WAF 403 with HTML", 403, HTML, "text/html", "rejected", { kind: "not-json", contentType: "text/html" }],
    ["empty 403", 403, "", undefined, "rejected", { kind: "empty" }],
    ["empty 502", 502, "", undefined, "unknown", { kind: "empty" }],
    ["HTML 503", 503, HTML, "text/html", "unknown", { kind: "not-json", contentType: "text/html" }],
    ["JSON that is not a Binance error", 400, '{"error":"bad"}', "application/json", "rejected", { kind: "not-binance-error" }],
    ["a code that is not a number", 400, '{"code":"-1102","msg":"x"}', "application/json", "rejected", { kind: "not-binance-error" }],
    ["HTML 429", 429, HTML, "text/html", "rejected", { kind: "not-json", contentType: "text/html" }],
  ])("%s", async (_label, status, body, contentType, outcome, reason) => {
    const error = await cancelAgainst(status, body, contentType);
    expect(error).toBeInstanceOf(ResponseUnreadableError);
    expect(error).toMatchObject({ status, outcome, method: "DELETE", path: ORDER_LIST_PATH });
    expect((error as ResponseUnreadableError).reason).toEqual(reason);
  });

  test("a Binance error body is still the typed error", async () => {
    const result = (await cancelAgainst(400, '{"code":-2011,"msg":"Unknown order sent."}', "application/json")) as { data?: unknown; error?: unknown };
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual({ code: -2011, msg: "Unknown order sent." });
  });
});

describe("an integer beyond ±(2^53-1) in a 2xx body: UnsafeIntegerError names where", () => {
  test.each([
    ["a field of the cancel", JSON.stringify(SEED_RESPONSE).replace('"orderId":3', '"orderId":12345678901234567890'), "orders[1].orderId"],
    ["the whole body (an operation the spec does not describe)", "12345678901234567890", "(body)"],
  ])("%s", async (_label, body, path) => {
    server = await startLoopbackServer(answer(200, body, "application/json"));
    const client = createClient({ baseUrl: server.baseUrl });
    const target = path === "(body)" ? "/api/v3/ping" : ORDER_LIST_PATH;
    const error = await client.request("delete", target as typeof ORDER_LIST_PATH, CANCEL).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UnsafeIntegerError);
    expect(error).toMatchObject({ source: "response", path, status: 200 });
    expect((error as Error).message).toContain(`response field ${path} = `);
  });
});

describe("no error carries the request URL (with a signer, its query holds the signature)", () => {
  test.each([
    ["ResponseUnreadableError", 200, HTML],
    ["UnsafeIntegerError", 200, JSON.stringify(SEED_RESPONSE).replace('"orderId":3', '"orderId":12345678901234567890')],
  ])("%s", async (name, status, body) => {
    const error = await cancelAgainst(status, body, "application/json");
    expect(error).toMatchObject({ name });
    const visible = [inspect(error, { depth: 20, showHidden: true }), JSON.stringify(error), String(error)].join("\n");
    expect(visible).not.toContain("orderListId=0");
    expect(visible).not.toContain(server?.baseUrl);
  });
});
