import { describe, expect, it } from "vitest";
import { compileComponentSchema } from "./support/response-validator.js";
import { readSeed } from "./support/seed.js";
import { cancelOcoOperation, type Json, readSourceSpec } from "./support/spec-document.js";

const seed = readSeed();
const spec = readSourceSpec();
const success = cancelOcoOperation(spec).responses["200"].content["application/json"];
const validate = compileComponentSchema(spec, "MarginCancelOcoResponse");
const validateClosed = compileComponentSchema(spec, "MarginCancelOcoResponse", { closed: true });

function errorsOf(validator: typeof validate, value: unknown): string[] {
  return validator(value) ? [] : (validator.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

function seedExample(): Json {
  return structuredClone(seed.en.responseExample);
}

describe("MarginCancelOcoResponse", () => {
  it("is the 200 response schema", () => {
    expect(success.schema.$ref).toBe("#/components/schemas/MarginCancelOcoResponse");
  });

  it("accepts the spec's 200 example", () => {
    expect(errorsOf(validate, success.example)).toEqual([]);
  });

  it("accepts the seed's response example, in both languages of the seed", () => {
    expect(errorsOf(validate, seed.en.responseExample)).toEqual([]);
    expect(errorsOf(validate, seed.zhCN.responseExample)).toEqual([]);
  });

  it("declares every field of the seed example (no undeclared field, checked with closed objects)", () => {
    expect(errorsOf(validateClosed, seed.en.responseExample)).toEqual([]);
  });

  it("has the seed example as its 200 example, without the comment", () => {
    expect(success.example).toEqual(seed.en.responseExample);
  });

  it("still accepts fields Binance may add later", () => {
    const withNewField = { ...seedExample(), someFutureField: 1 };
    expect(errorsOf(validate, withNewField)).toEqual([]);
    expect(errorsOf(validateClosed, withNewField)).not.toEqual([]);
  });

  it("accepts a leg without stopPrice and requires every field Binance always returns", () => {
    const example = seedExample();
    expect(example.orderReports[0].stopPrice).toBeDefined();
    delete example.orderReports[0].stopPrice;
    expect(errorsOf(validate, example)).toEqual([]);
    for (const field of ["orderListId", "listStatusType", "isIsolated", "orderReports"]) {
      const missing = seedExample();
      delete missing[field];
      expect(errorsOf(validate, missing), field).toContain(` must have required property '${field}'`);
    }
  });

  it.each([
    ["isIsolated as a string", ["isIsolated"], "false"],
    ["a decimal as a number", ["orderReports", 0, "price"], 1],
    ["a malformed decimal", ["orderReports", 0, "origQty"], "1.0.0"],
    ["an id as a string", ["orders", 0, "orderId"], "2"],
    ["a fractional transactionTime", ["transactionTime"], 1.5],
    ["an unknown listOrderStatus", ["listOrderStatus"], "DONE"],
    ["an unknown order status", ["orderReports", 1, "status"], "CANCELLED"],
    ["an unknown selfTradePreventionMode", ["orderReports", 0, "selfTradePreventionMode"], "X"],
  ] as [string, (string | number)[], unknown][])("rejects %s", (_name, path, value) => {
    const example = seedExample();
    const parent = path.slice(0, -1).reduce((node: Json, key) => node[key], example);
    parent[path[path.length - 1] as string | number] = value;
    const pointer = `/${path.join("/")}`;
    expect(errorsOf(validate, example).some((error) => error.startsWith(`${pointer} `))).toBe(true);
  });
});

describe("ServerTime", () => {
  it("accepts the getServerTime example", () => {
    const validateTime = compileComponentSchema(spec, "ServerTime", { closed: true });
    const example = spec.paths["/api/v3/time"].get.responses["200"].content["application/json"].example;
    expect(errorsOf(validateTime, example)).toEqual([]);
    expect(errorsOf(validateTime, { serverTime: "1499827319559" })).not.toEqual([]);
  });
});
