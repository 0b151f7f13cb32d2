import { describe, expect, it } from "vitest";
import { RECV_WINDOW_MAX_MS } from "../../src/binance/timing-rules.js";
import { operationContracts } from "../../src/index.js";
import { operation, spec } from "../helpers/openapi-spec.js";
import { responseProblems } from "../helpers/response-validator.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

const CANCEL_PATH = "/sapi/v1/margin/orderList";

describe("the sandbox serves the spec's operations", () => {
  it("enforces a generated contract for every operation of the spec, and only those", () => {
    const fromSpec = Object.entries<Record<string, { operationId: string }>>(spec.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => ["get", "post", "put", "delete"].includes(method))
        .map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`),
    );
    expect(operationContracts.map((contract) => `${contract.method} ${contract.path} ${contract.operationId}`).sort()).toEqual(
      fromSpec.sort(),
    );
  });

  it("routes every operation to a behaviour: none answers the 'not simulated' 404", async () => {
    const sandbox = await startTestSandbox();
    for (const contract of operationContracts) {
      const response = await fetch(`${sandbox.url}${contract.path}`, { method: contract.method });
      const body = (await response.json()) as { msg?: string };
      expect(`${contract.operationId}: ${body.msg ?? ""}`).not.toContain("does not simulate");
      expect(response.status, contract.operationId).not.toBe(404);
    }
  });

  it("caps recvWindow where the spec does", () => {
    const recvWindow = operation("DELETE", CANCEL_PATH).parameters.find(
      (parameter: { name: string }) => parameter.name === "recvWindow",
    );
    expect(recvWindow.schema.maximum).toBe(RECV_WINDOW_MAX_MS);
  });
});

describe("the response validator used by every test", () => {
  const entry = { seq: 0, receivedAt: 0, method: "DELETE", path: CANCEL_PATH, query: "", body: "", executed: false };

  it("accepts the seed's error body and flags bodies that break the schema", () => {
    expect(responseProblems({ ...entry, status: 400, responseBody: '{"code":-2011,"msg":"Unknown order sent."}' })).toEqual([]);
    expect(responseProblems({ ...entry, status: 400, responseBody: '{"code":"-2011"}' })).not.toEqual([]);
    expect(responseProblems({ ...entry, status: 200, responseBody: '{"orderListId":0}' })).not.toEqual([]);
    expect(responseProblems({ ...entry, status: 200, responseBody: "{" })).not.toEqual([]);
  });

  it("flags a rate-limit header other than the one the spec declares for that response", () => {
    const query = { ...entry, method: "GET", path: "/sapi/v1/margin/openOrderList", status: 400, responseBody: '{"code":-1102,"msg":"x"}' };
    expect(responseProblems({ ...query, responseHeaders: { "X-SAPI-USED-IP-WEIGHT-1M": "10" } })).toEqual([]);
    expect(responseProblems({ ...query, responseHeaders: { "X-SAPI-USED-UID-WEIGHT-1M": "10" } })).toEqual([
      "GET /sapi/v1/margin/openOrderList -> 400: sent X-SAPI-USED-UID-WEIGHT-1M, the spec declares X-SAPI-USED-IP-WEIGHT-1M",
    ]);
  });

  it("flags statuses the spec does not document and headers that break their schema", () => {
    expect(responseProblems({ ...entry, status: 302, responseBody: "{}" })).not.toEqual([]);
    const headers = { "Retry-After": "soon" };
    expect(responseProblems({ ...entry, status: 429, responseBody: '{"code":-1003,"msg":"x"}', responseHeaders: headers })).not.toEqual([]);
  });
});
