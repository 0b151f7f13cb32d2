import { describe, expect, it } from "vitest";
import { compileComponentSchema } from "./support/response-validator.js";
import { type Json, readSourceSpec, resolveRef } from "./support/spec-document.js";

const spec = readSourceSpec();

// Issue 19's operations: Binance's title (EN and zh-CN page titles; the trade list
// has no Chinese page, so its Chinese title is ours), method, path, weight and
// parameters as Binance's pages list them (required ones marked "!").
const OPERATIONS = [
  {
    id: "marginGetOrder", method: "get", path: "/sapi/v1/margin/order", weight: { type: "IP", value: 10 },
    summary: "Query Margin Account's Order (USER_DATA)", zh: "查询杠杆账户订单(USER_DATA)",
    parameters: "symbol! isIsolated orderId origClientOrderId",
  },
  {
    id: "marginGetOpenOrders", method: "get", path: "/sapi/v1/margin/openOrders", weight: { type: "IP", value: 10 },
    summary: "Query Margin Account's Open Orders (USER_DATA)", zh: "查询杠杆账户挂单记录(USER_DATA)",
    parameters: "symbol isIsolated",
  },
  {
    id: "marginGetAllOrders", method: "get", path: "/sapi/v1/margin/allOrders", weight: { type: "IP", value: 200 },
    summary: "Query Margin Account's All Orders (USER_DATA)", zh: "查询杠杆账户的所有订单(USER_DATA)",
    parameters: "symbol! isIsolated orderId startTime endTime limit",
  },
  {
    id: "marginGetMyTrades", method: "get", path: "/sapi/v1/margin/myTrades", weight: { type: "IP", value: 10 },
    summary: "Query Margin Account's Trade List (USER_DATA)", zh: "查询杠杆账户成交历史(USER_DATA)",
    parameters: "symbol! isIsolated orderId startTime endTime fromId limit",
  },
  {
    id: "marginCancelOrder", method: "delete", path: "/sapi/v1/margin/order", weight: { type: "IP", value: 10 },
    summary: "Margin Account Cancel Order (TRADE)", zh: "杠杆账户撤销订单(TRADE)",
    parameters: "symbol! isIsolated orderId origClientOrderId newClientOrderId",
  },
  {
    id: "marginCancelOpenOrders", method: "delete", path: "/sapi/v1/margin/openOrders", weight: { type: "IP", value: 1 },
    summary: "Margin Account Cancel all Open Orders on a Symbol (TRADE)", zh: "杠杆账户撤销单一交易对的所有挂单(TRADE)",
    parameters: "symbol! isIsolated",
  },
];

const operationOf = (id: string): Json => {
  const entry = OPERATIONS.find((operation) => operation.id === id);
  return spec.paths[entry?.path ?? ""][entry?.method ?? ""];
};
const parametersOf = (operation: Json): Json[] => operation.parameters.map((parameter: Json) => resolveRef(spec, parameter));
const parameterOf = (id: string, name: string): Json => parametersOf(operationOf(id)).find((parameter) => parameter.name === name);

describe.each(OPERATIONS)("$id", ({ id, method, path, weight, summary, zh, parameters: expected }) => {
  const operation = spec.paths[path]?.[method];
  const trade = summary.endsWith("(TRADE)");

  it("lives at Binance's method and path under the agreed operationId, titled in both languages", () => {
    expect(operation?.operationId).toBe(id);
    expect(operation.summary).toBe(summary);
    expect(operation["x-summary-zh-CN"]).toBe(zh);
    expect(operation["x-description-zh-CN"]).toMatch(/\p{Script=Han}{8,}/u);
  });

  it("declares Binance's weight (IP), and says so in both descriptions", () => {
    expect({ type: operation["x-weight"].type, value: operation["x-weight"].value }).toEqual(weight);
    expect(operation.description).toContain(`${weight.value} (${weight.type})`);
    expect(operation["x-description-zh-CN"]).toContain(`${weight.value}(${weight.type})`);
  });

  it("has exactly Binance's parameters, then recvWindow and the signer-managed timestamp", () => {
    const parameters = parametersOf(operation);
    const names = expected.split(" ").map((name) => name.replace("!", ""));
    expect(parameters.map((parameter) => parameter.name)).toEqual([...names, "recvWindow", "timestamp"]);
    const required = expected.split(" ").filter((name) => name.endsWith("!")).map((name) => name.slice(0, -1));
    expect(parameters.filter((p) => p.required === true && !p["x-signer-managed"]).map((p) => p.name)).toEqual(required);
    for (const parameter of parameters) {
      if (["orderId", "fromId", "startTime", "endTime"].includes(parameter.name)) {
        expect(parameter.schema, parameter.name).toMatchObject({ type: "integer", format: "int64", minimum: 0 });
      }
      if (parameter.name === "isIsolated") expect(parameter.schema).toMatchObject({ enum: ["TRUE", "FALSE"], default: "FALSE" });
    }
  });

  it("answers with the IP header, the IP-weighted errors, and 5XX as its kind of call requires", () => {
    expect(Object.keys(operation.responses["200"].headers)).toEqual(["X-SAPI-USED-IP-WEIGHT-1M"]);
    expect(operation.responses["400"].$ref).toBe("#/components/responses/IpWeightedBadRequest");
    expect(operation.responses["429"].$ref).toBe("#/components/responses/IpWeightedTooManyRequests");
    expect(operation.responses["5XX"].$ref).toBe(
      trade ? "#/components/responses/ExecutionStatusUnknown" : "#/components/responses/ServerError",
    );
    expect(operation.responses["408"]?.$ref).toBe(trade ? "#/components/responses/BackendTimeout" : undefined);
  });
});

describe("conditional rules, machine-readable", () => {
  it.each(["marginGetOrder", "marginCancelOrder"])("%s: orderId or origClientOrderId", (id) => {
    expect(operationOf(id)["x-required-one-of"]).toEqual([["orderId", "origClientOrderId"]]);
  });

  it("open orders: symbol is mandatory for isolated and optional for cross (Binance: 'If isIsolated =\"TRUE\", symbol must be sent')", () => {
    expect(operationOf("marginGetOpenOrders")["x-parameter-rules"]).toEqual([
      { kind: "required-when", when: { parameter: "isIsolated", in: ["TRUE"] }, parameters: ["symbol"] },
    ]);
  });

  it("open orders without a symbol weigh 10 (IP) per trading symbol", () => {
    expect(operationOf("marginGetOpenOrders")["x-weight"].variants).toEqual([
      { value: 10, perTradingSymbol: true, when: { parameter: "symbol", sent: false } },
    ]);
  });

  it("all orders: startTime and endTime at most 24 hours apart; orderId pages, limit 1..500 (default 500)", () => {
    expect(operationOf("marginGetAllOrders")["x-parameter-rules"]).toEqual([
      { kind: "max-span", from: "startTime", to: "endTime", maximum: 86_400_000 },
    ]);
    expect(parameterOf("marginGetAllOrders", "limit").schema).toMatchObject({ format: "int32", minimum: 1, maximum: 500, default: 500 });
  });

  it("trade list: fromId excludes startTime / endTime, which are at most 24 hours apart; limit 1..1000 (default 500)", () => {
    expect(operationOf("marginGetMyTrades")["x-parameter-rules"]).toEqual([
      { kind: "excludes", if: "fromId", parameters: ["startTime", "endTime"] },
      { kind: "max-span", from: "startTime", to: "endTime", maximum: 86_400_000 },
    ]);
    expect(parameterOf("marginGetMyTrades", "limit").schema).toMatchObject({ format: "int32", minimum: 1, maximum: 1000, default: 500 });
  });
});

describe("decisions recorded in spec/README.md (issue 19)", () => {
  const single = compileComponentSchema(spec, "MarginCancelledOrder");
  const cancelAnswer = compileComponentSchema(spec, "MarginCancelOrderResponse");
  const item = compileComponentSchema(spec, "MarginCancelledItem");
  const order = compileComponentSchema(spec, "MarginOrder");
  const example = (id: string, name: string) => {
    const entry = OPERATIONS.find((operation) => operation.id === id);
    return spec.paths[entry?.path ?? ""][entry?.method ?? ""].responses["200"].content["application/json"].examples[name].value;
  };

  it("a cancelled order's orderId: Binance's string, or a number", () => {
    const cancelled = example("marginCancelOrder", "singleOrder");
    expect(cancelled.orderId).toBe("28");
    expect(single(cancelled)).toBe(true);
    expect(single({ ...cancelled, orderId: 28 })).toBe(true);
    expect(single({ ...cancelled, orderId: 28.5 })).toBe(false);
  });

  it("cancelling a leg answers the whole list: the cancel's answer is one of exactly two shapes", () => {
    expect(cancelAnswer(example("marginCancelOrder", "singleOrder"))).toBe(true);
    expect(cancelAnswer(example("marginCancelOrder", "orderListLeg"))).toBe(true);
    // contingencyType is what tells them apart: a single order carrying one matches neither shape.
    expect(cancelAnswer({ ...example("marginCancelOrder", "singleOrder"), contingencyType: "OCO" })).toBe(false);
  });

  it("cancel-all: every entry is a single order or an order list, told apart by contingencyType", () => {
    const entries = example("marginCancelOpenOrders", "ordersAndList");
    expect(entries.map((entry: Json) => "contingencyType" in entry)).toEqual([false, false, true]);
    for (const entry of entries) expect(item(entry)).toBe(true);
    expect(item({ ...entries[0], contingencyType: "OCO" })).toBe(false);
    // One request names one account: Binance's example mixed true and false; ours does not.
    expect(new Set(entries.map((entry: Json) => entry.isIsolated))).toEqual(new Set([true]));
  });

  it("a negative cummulativeQuoteQty (a historical order without the figure) is a valid order", () => {
    const open = example("marginGetOrder", "openLimitOrder");
    expect(order({ ...open, cummulativeQuoteQty: "-1.00000000" })).toBe(true);
  });

  it("orderListId on an order and quoteQty on a trade are optional additions (not on Binance's margin pages)", () => {
    expect(spec.components.schemas.MarginOrder.required).not.toContain("orderListId");
    expect(spec.components.schemas.MarginOrder.properties.orderListId).toBeDefined();
    expect(spec.components.schemas.MarginTrade.required).not.toContain("quoteQty");
    expect(spec.components.schemas.MarginTrade.properties.quoteQty).toBeDefined();
  });

  it("the trade list's Chinese text says Binance publishes none", () => {
    expect(operationOf("marginGetMyTrades")["x-description-zh-CN"]).toContain("币安没有发布此页面的中文版本");
  });

  it("-2013 and -1127 are examples of the IP-weighted 400, each citing Binance's error list", () => {
    const examples = spec.components.responses.BadRequest.content["application/json"].examples;
    expect(examples.noSuchOrder.value).toEqual({ code: -2013, msg: "Order does not exist." });
    expect(examples.moreThan24Hours.value).toEqual({ code: -1127, msg: "More than 24 hours between startTime and endTime." });
    const ipWeighted = spec.components.responses.IpWeightedBadRequest.content["application/json"].examples;
    for (const name of ["unknownOrder", "noSuchOrder", "moreThan24Hours"]) expect(ipWeighted[name]).toBeDefined();
  });
});
