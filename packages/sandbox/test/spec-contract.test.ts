import { describe, expect, it } from "vitest";
import {
  CANCEL_OCO_PATH,
  cancelOcoParameters,
  cancelOcoRequiredOneOf,
  cancelOcoWeight,
  SERVER_TIME_PATH,
  type WireType,
} from "../src/index.js";
import { RECV_WINDOW_MAX_MS } from "../src/cancel-oco-contract.js";
import { operation, type SpecNode, spec } from "./helpers/openapi-spec.js";
import { responseProblems } from "./helpers/response-validator.js";

/** How the spec's JSON Schema of a query parameter maps onto the sandbox's wire types. */
function wireType(schema: SpecNode): WireType {
  if (schema.type === "integer" && schema.format === "int64") return "LONG";
  if (schema.type === "string" && JSON.stringify(schema.enum) === JSON.stringify(["TRUE", "FALSE"])) return "ENUM_TRUE_FALSE";
  if (schema.type === "string") return "STRING";
  throw new Error(`unmapped schema ${JSON.stringify(schema)}`);
}

describe("the sandbox's parameter rules are the spec's", () => {
  const cancelOperation = operation("DELETE", CANCEL_OCO_PATH);

  it("has the same query parameters, in order, with the same types and required flags", () => {
    // `signature` is a security scheme (apiKey in query), not a parameter, in the spec: see spec/README.md.
    const querySchemes = (cancelOperation.security ?? spec.security ?? [])
      .flatMap((requirement: SpecNode) => Object.keys(requirement))
      .map((name: string) => spec.components.securitySchemes[name])
      .filter((scheme: SpecNode) => scheme.type === "apiKey" && scheme.in === "query")
      .map((scheme: SpecNode) => ({ name: scheme.name, type: "STRING", required: true }));
    const fromSpec = [
      ...cancelOperation.parameters.map((parameter: SpecNode) => ({
        name: parameter.name,
        type: wireType(parameter.schema),
        required: parameter.required === true,
      })),
      ...querySchemes,
    ];
    expect(cancelOcoParameters).toEqual(fromSpec);
    expect(cancelOperation.parameters.every((parameter: SpecNode) => parameter.in === "query")).toBe(true);
  });

  it("enforces the spec's x-required-one-of and x-weight", () => {
    expect(cancelOcoRequiredOneOf).toEqual(cancelOperation["x-required-one-of"]);
    expect(cancelOcoWeight).toEqual(cancelOperation["x-weight"]);
  });

  it("caps recvWindow where the spec does", () => {
    const recvWindow = cancelOperation.parameters.find((parameter: SpecNode) => parameter.name === "recvWindow");
    expect(recvWindow.schema.maximum).toBe(RECV_WINDOW_MAX_MS);
  });

  it("serves the spec's server-time operation", () => {
    expect(operation("GET", SERVER_TIME_PATH)?.operationId).toBe("getServerTime");
  });
});

describe("the response validator used by every test", () => {
  const entry = { seq: 0, receivedAt: 0, method: "DELETE", path: CANCEL_OCO_PATH, query: "", body: "", executed: false };

  it("accepts the seed's error body and flags bodies that break the schema", () => {
    expect(responseProblems({ ...entry, status: 400, responseBody: '{"code":-2011,"msg":"Unknown order sent."}' })).toEqual([]);
    expect(responseProblems({ ...entry, status: 400, responseBody: '{"code":"-2011"}' })).not.toEqual([]);
    expect(responseProblems({ ...entry, status: 200, responseBody: '{"orderListId":0}' })).not.toEqual([]);
    expect(responseProblems({ ...entry, status: 200, responseBody: "{" })).not.toEqual([]);
  });

  it("flags statuses the spec does not document and headers that break their schema", () => {
    expect(responseProblems({ ...entry, status: 302, responseBody: "{}" })).not.toEqual([]);
    const headers = { "Retry-After": "soon" };
    expect(responseProblems({ ...entry, status: 429, responseBody: '{"code":-1003,"msg":"x"}', responseHeaders: headers })).not.toEqual([]);
  });
});
