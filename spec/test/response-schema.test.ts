import { readFileSync } from "node:fs";
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
    for (const field of ["orderListId", "listStatusType", "orderReports"]) {
      const missing = seedExample();
      delete missing[field];
      expect(errorsOf(validate, missing), field).toContain(` must have required property '${field}'`);
    }
  });

  it("accepts a cancel without isIsolated: Binance marks it 'if isolated margin' and leaves it out of some order lists", () => {
    const { isIsolated: _omitted, ...withoutIsolated } = seedExample();
    expect(errorsOf(validateClosed, withoutIsolated)).toEqual([]);
    expect(spec.components.schemas.MarginCancelOcoResponse.required).not.toContain("isIsolated");
  });

  it.each([
    ["isIsolated as a string", ["isIsolated"], "false"],
    ["a decimal as a number", ["orderReports", 0, "price"], 1],
    ["a malformed decimal", ["orderReports", 0, "origQty"], "1.0.0"],
    ["an id as a string", ["orders", 0, "orderId"], "2"],
    ["a fractional transactionTime", ["transactionTime"], 1.5],
    ["a listOrderStatus that is not a string", ["listOrderStatus"], 1],
    ["an order status that is not a string", ["orderReports", 1, "status"], null],
    ["a selfTradePreventionMode that is not a string", ["orderReports", 0, "selfTradePreventionMode"], false],
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

describe("open response enums", () => {
  // Values Binance added in 2024-25; an older client must still read them.
  it.each([
    ["listStatusType", ["listStatusType"], "SOMETHING_NEW"],
    ["contingencyType", ["contingencyType"], "OTOCO"],
    ["order status", ["orderReports", 0, "status"], "PENDING_SOMETHING"],
    ["order type", ["orderReports", 0, "type"], "PEGGED"],
    ["selfTradePreventionMode", ["orderReports", 0, "selfTradePreventionMode"], "TRANSFER_ALL"],
  ] as [string, (string | number)[], string][])("accept a %s Binance adds later", (_name, path, value) => {
    const example = seedExample();
    const parent = path.slice(0, -1).reduce((node: Json, key) => node[key], example);
    parent[path[path.length - 1] as string | number] = value;
    expect(errorsOf(validateClosed, example)).toEqual([]);
  });

  it("list the documented values, including those Binance added in 2024-25, as a closed component", () => {
    const schemas = spec.components.schemas;
    expect(schemas.ListStatusType.enum).toContain("UPDATED");
    expect(schemas.ContingencyType.enum).toEqual(["OCO", "OTO", "OTOCO"]);
    expect(schemas.SelfTradePreventionMode.enum).toContain("TRANSFER");
    expect(schemas.OrderStatus.enum).toContain("EXPIRED_IN_MATCH");
  });

  it("every enum in a response is open (known values or any string), every request enum closed", () => {
    const open = { anyOf: [{ $ref: expect.stringMatching(/^#\/components\/schemas\//) }, { type: "string" }] };
    const responseSchemas = Object.entries<Json>(spec.components.schemas).filter(([, schema]) => schema.type === "object");
    expect(responseSchemas.map(([name]) => name)).toEqual(
      expect.arrayContaining(["MarginCancelOcoResponse", "OrderReport", "MarginOrderListPlacement", "OrderListPlacementReport", "MarginOrderList"]),
    );
    for (const [, schema] of responseSchemas) {
      for (const [name, property] of Object.entries<Json>(schema.properties)) {
        expect(property.enum, name).toBeUndefined();
        if (property.anyOf) expect(property, name).toMatchObject({ type: "string", ...open });
      }
    }
    const isIsolated = spec.components.parameters.isIsolated.schema;
    expect(isIsolated).toMatchObject({ type: "string", enum: ["TRUE", "FALSE"] });
    expect(isIsolated.anyOf).toBeUndefined();
  });
});

describe("conditional order-report fields", () => {
  // An OCO report as Binance's margin Cancel-All example shows it: with
  // icebergQty and without selfTradePreventionMode (the object is copied
  // from that example; see test/fixtures/cancel-all-oco-report.json).
  const cancelAllReport = JSON.parse(readFileSync(new URL("./fixtures/cancel-all-oco-report.json", import.meta.url), "utf8"));
  const validateReport = compileComponentSchema(spec, "OrderReport", { closed: true });

  it("accept the Cancel-All page's OCO report, with icebergQty and no selfTradePreventionMode", () => {
    expect(cancelAllReport.report.selfTradePreventionMode).toBeUndefined();
    expect(cancelAllReport.report.icebergQty).toBeDefined();
    expect(errorsOf(validateReport, cancelAllReport.report)).toEqual([]);
  });

  it.each([
    ["stopPrice", /STOP_LOSS, TAKE_PROFIT, STOP_LOSS_LIMIT and\s+TAKE_PROFIT_LIMIT/, /STOP_LOSS、TAKE_PROFIT、STOP_LOSS_LIMIT/],
    ["icebergQty", /only if an iceberg\s+quantity was sent/, /仅在下单时发送了冰山数量参数时出现/],
    ["selfTradePreventionMode", /Not always present/, /并非总会返回/],
    ["preventedMatchId", /only if the order\s+expired because of STP/, /仅在因 STP 导致订单失效时出现/],
    ["preventedQuantity", /only if the order expired because of STP/, /仅在因 STP 导致订单失效时出现/],
  ])("%s is optional and says when it appears, in English and Chinese", (field, english, chinese) => {
    const report = spec.components.schemas.OrderReport;
    expect(report.required).not.toContain(field);
    expect(report.properties[field].description).toMatch(english);
    expect(report.properties[field]["x-description-zh-CN"]).toMatch(chinese);
  });

  it("type the STP fields as Binance sends them, null included", () => {
    const report = seedExample().orderReports[0];
    expect(errorsOf(validateReport, { ...report, preventedMatchId: 12, preventedQuantity: "1.20000000" })).toEqual([]);
    expect(errorsOf(validateReport, { ...report, preventedMatchId: null, preventedQuantity: null })).toEqual([]);
    expect(errorsOf(validateReport, { ...report, preventedQuantity: 1.2 })).not.toEqual([]);
    expect(errorsOf(validateReport, { ...report, icebergQty: "1.0.0" })).not.toEqual([]);
  });
});
