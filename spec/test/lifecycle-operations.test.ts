import { describe, expect, it } from "vitest";
import { compileComponentSchema } from "./support/response-validator.js";
import { type Json, readSourceSpec, resolveRef } from "./support/spec-document.js";

const spec = readSourceSpec();

// Issue 11's operation table: Binance's title (EN and zh-CN page titles),
// method, path and weight, plus what each page or Binance's connector lists
// as parameters (required ones marked "!"). recvWindow, timestamp and
// the signature scheme are checked separately.
const OPERATIONS = [
  {
    id: "marginNewOco", method: "post", path: "/sapi/v1/margin/order/oco", weight: { type: "UID", value: 6 },
    summary: "Margin Account New OCO (TRADE)", zh: "杠杆账户 OCO 下单(TRADE)",
    parameters: "symbol! isIsolated listClientOrderId side! quantity! limitClientOrderId price! limitIcebergQty stopClientOrderId stopPrice! stopLimitPrice stopIcebergQty stopLimitTimeInForce newOrderRespType sideEffectType selfTradePreventionMode autoRepayAtCancel",
  },
  {
    id: "marginNewOto", method: "post", path: "/sapi/v1/margin/order/oto", weight: { type: "UID", value: 6 },
    summary: "Margin Account New OTO (TRADE)", zh: "杠杆账户 OTO 下单(TRADE)",
    parameters: "symbol! isIsolated listClientOrderId newOrderRespType sideEffectType selfTradePreventionMode autoRepayAtCancel workingType! workingSide! workingClientOrderId workingPrice! workingQuantity! workingIcebergQty workingTimeInForce pendingType! pendingSide! pendingClientOrderId pendingPrice pendingStopPrice pendingTrailingDelta pendingQuantity! pendingIcebergQty pendingTimeInForce",
  },
  {
    id: "marginNewOtoco", method: "post", path: "/sapi/v1/margin/order/otoco", weight: { type: "UID", value: 6 },
    summary: "Margin Account New OTOCO (TRADE)", zh: "杠杆账户 OTOCO 下单(TRADE)",
    parameters: "symbol! isIsolated sideEffectType autoRepayAtCancel listClientOrderId newOrderRespType selfTradePreventionMode workingType! workingSide! workingClientOrderId workingPrice! workingQuantity! workingIcebergQty workingTimeInForce pendingSide! pendingQuantity! pendingAboveType! pendingAboveClientOrderId pendingAbovePrice pendingAboveStopPrice pendingAboveTrailingDelta pendingAboveIcebergQty pendingAboveTimeInForce pendingBelowType! pendingBelowClientOrderId pendingBelowPrice pendingBelowStopPrice pendingBelowTrailingDelta pendingBelowIcebergQty pendingBelowTimeInForce",
  },
  {
    id: "marginGetOco", method: "get", path: "/sapi/v1/margin/orderList", weight: { type: "IP", value: 10 },
    summary: "Query Margin Account's OCO (USER_DATA)", zh: "查询杠杆账户 OCO(USER_DATA)",
    parameters: "isIsolated symbol orderListId origClientOrderId",
  },
  {
    id: "marginGetAllOco", method: "get", path: "/sapi/v1/margin/allOrderList", weight: { type: "IP", value: 200 },
    summary: "Query Margin Account's all OCO (USER_DATA)", zh: "查询特定杠杆账户所有 OCO(USER_DATA)",
    parameters: "isIsolated symbol fromId startTime endTime limit",
  },
  {
    id: "marginGetOpenOco", method: "get", path: "/sapi/v1/margin/openOrderList", weight: { type: "IP", value: 10 },
    summary: "Query Margin Account's Open OCO (USER_DATA)", zh: "查询杠杆账户 OCO 挂单(USER_DATA)",
    parameters: "isIsolated symbol",
  },
];

// Binance's DECIMAL parameters (prices, quantities) and LONG ones.
const DECIMAL = /(Price|Qty|Quantity)$|^(price|quantity)$/;
const LONG = new Set(["orderListId", "fromId", "startTime", "endTime", "recvWindow", "timestamp"]);
const TRAILING_DELTA = /TrailingDelta$/;

function parametersOf(operation: Json): Json[] {
  return operation.parameters.map((parameter: Json) => resolveRef(spec, parameter));
}

function ruleOf(operation: Json, kind: string, parameter: string): Json {
  return operation["x-parameter-rules"]?.find(
    (rule: Json) => rule.kind === kind && (rule.if === parameter || rule.parameters.includes(parameter)),
  );
}

describe.each(OPERATIONS)("$id", ({ method, path, weight, summary, zh, parameters: expected }) => {
  const operation = spec.paths[path]?.[method];
  const parameters = operation ? parametersOf(operation) : [];
  const trade = summary.endsWith("(TRADE)");

  it("lives at Binance's method and path with Binance's title in both languages", () => {
    expect(operation).toBeDefined();
    expect(operation.summary).toBe(summary);
    expect(operation["x-summary-zh-CN"]).toBe(zh);
    expect(operation.description.length).toBeGreaterThan(80);
    expect(operation["x-description-zh-CN"]).toMatch(/\p{Script=Han}{8,}/u);
  });

  it("declares Binance's weight, and says so in both descriptions", () => {
    expect({ type: operation["x-weight"].type, value: operation["x-weight"].value }).toEqual(weight);
    expect(operation.description).toContain(`${weight.value} (${weight.type})`);
    expect(operation["x-description-zh-CN"]).toContain(`${weight.value}(${weight.type})`);
  });

  it("has exactly Binance's parameters, then recvWindow and the signer-managed timestamp (signature is the security scheme)", () => {
    const names = expected.split(" ").map((name) => name.replace("!", ""));
    expect(parameters.map((parameter) => parameter.name)).toEqual([...names, "recvWindow", "timestamp"]);
    const required = expected.split(" ").filter((name) => name.endsWith("!")).map((name) => name.slice(0, -1));
    expect(parameters.filter((p) => p.required === true && !p["x-signer-managed"]).map((p) => p.name)).toEqual(required);
    expect(parameters.filter((p) => p["x-signer-managed"] === true).map((p) => p.name)).toEqual(["timestamp"]);
    for (const parameter of parameters) expect(parameter.in, parameter.name).toBe("query");
  });

  it("types prices and quantities as decimal strings, ids and times as int64", () => {
    for (const parameter of parameters) {
      if (DECIMAL.test(parameter.name)) {
        expect(parameter.schema, parameter.name).toMatchObject({ type: "string", pattern: "^[0-9]+(\\.[0-9]+)?$" });
        expect(parameter.example, parameter.name).toMatch(new RegExp(parameter.schema.pattern));
      } else if (LONG.has(parameter.name) || TRAILING_DELTA.test(parameter.name)) {
        expect(parameter.schema, parameter.name).toMatchObject({ type: "integer", format: "int64" });
      }
    }
  });

  it("answers with the rate-limit header of its weight type and the shared error responses", () => {
    const header = weight.type === "UID" ? "X-SAPI-USED-UID-WEIGHT-1M" : "X-SAPI-USED-IP-WEIGHT-1M";
    expect(operation.responses["200"].headers[header].$ref).toBe(`#/components/headers/${header}`);
    expect(Object.keys(operation.responses["200"].headers)).toEqual([header]);
    for (const status of ["400", "401", "403", "429", "5XX"]) {
      expect(operation.responses[status].$ref, status).toMatch(/^#\/components\/responses\//);
    }
    // /sapi answers 429 and never escalates to a 418 ban (spec/README.md, "418 on /sapi").
    expect(operation.responses["418"]).toBeUndefined();
    // A TRADE call that timed out may have executed; a query can simply be retried.
    expect(operation.responses["5XX"].$ref).toBe(
      trade ? "#/components/responses/ExecutionStatusUnknown" : "#/components/responses/ServerError",
    );
  });

  it("is a signed operation of the Margin Trading tag", () => {
    expect(operation.security).toEqual([{ apiKey: [], signature: [] }]);
    expect(operation.tags).toEqual(["Margin Trading"]);
  });
});

describe("conditional rules from issue 11, machine-readable", () => {
  const op = (id: string) => {
    const entry = OPERATIONS.find((operation) => operation.id === id);
    return spec.paths[entry?.path ?? ""][entry?.method ?? ""];
  };

  it("stopLimitPrice requires stopLimitTimeInForce (New OCO)", () => {
    expect(ruleOf(op("marginNewOco"), "requires", "stopLimitPrice")).toEqual({
      kind: "requires", if: "stopLimitPrice", parameters: ["stopLimitTimeInForce"],
    });
  });

  it.each(["marginGetOco", "marginGetAllOco", "marginGetOpenOco"])(
    "%s: symbol is mandatory for isolated and not supported for cross (FALSE is the default)",
    (id) => {
      const operation = op(id);
      expect(ruleOf(operation, "required-when", "symbol")).toEqual({
        kind: "required-when", when: { parameter: "isIsolated", in: ["TRUE"] }, parameters: ["symbol"],
      });
      expect(ruleOf(operation, "forbidden-when", "symbol")).toEqual({
        kind: "forbidden-when", when: { parameter: "isIsolated", in: ["FALSE"] }, parameters: ["symbol"],
      });
      const isIsolated = parametersOf(operation).find((parameter) => parameter.name === "isIsolated");
      expect(isIsolated.schema.default).toBe("FALSE");
    },
  );

  it("fromId excludes startTime and endTime (all OCO)", () => {
    expect(ruleOf(op("marginGetAllOco"), "excludes", "fromId")).toEqual({
      kind: "excludes", if: "fromId", parameters: ["startTime", "endTime"],
    });
  });

  it("Query OCO takes orderListId or origClientOrderId", () => {
    expect(op("marginGetOco")["x-required-one-of"]).toEqual([["orderListId", "origClientOrderId"]]);
  });

  it("OTO and OTOCO make the type-dependent parameters mandatory", () => {
    expect(ruleOf(op("marginNewOto"), "required-when", "pendingStopPrice")).toEqual({
      kind: "required-when",
      when: { parameter: "pendingType", in: ["STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT"] },
      parameters: ["pendingStopPrice", "pendingTrailingDelta"],
    });
    for (const id of ["marginNewOto", "marginNewOtoco"]) {
      expect(ruleOf(op(id), "required-when", "workingTimeInForce").when).toEqual({ parameter: "workingType", in: ["LIMIT"] });
      expect(ruleOf(op(id), "forbidden-when", "workingIcebergQty").when).toEqual({ parameter: "workingTimeInForce", in: ["IOC", "FOK"] });
    }
    for (const side of ["Above", "Below"]) {
      expect(ruleOf(op("marginNewOtoco"), "required-when", `pending${side}TimeInForce`).when).toEqual({
        parameter: `pending${side}Type`, in: ["STOP_LOSS_LIMIT"],
      });
    }
  });

  it.each(["marginNewOco", "marginNewOto", "marginNewOtoco"])(
    "%s weighs 1500 (UID) when it borrows (MARGIN_BUY or AUTO_BORROW_REPAY)",
    (id) => {
      expect(op(id)["x-weight"].variants).toEqual([
        { value: 1500, when: { parameter: "sideEffectType", in: ["MARGIN_BUY", "AUTO_BORROW_REPAY"] } },
      ]);
    },
  );
});

describe("response schemas and examples", () => {
  const placement = compileComponentSchema(spec, "MarginOrderListPlacement", { closed: true });
  const orderList = compileComponentSchema(spec, "MarginOrderList", { closed: true });
  const openPlacement = compileComponentSchema(spec, "MarginOrderListPlacement");
  const exampleOf = (operation: Json) => operation.responses["200"].content["application/json"].example;

  it.each(["/sapi/v1/margin/order/oco", "/sapi/v1/margin/order/oto", "/sapi/v1/margin/order/otoco"])(
    "%s: the 200 example is a placement with one report per order",
    (path) => {
      const example = exampleOf(spec.paths[path].post);
      expect(placement(example), JSON.stringify(placement.errors)).toBe(true);
      expect(example.orderReports.map((r: Json) => r.orderId)).toEqual(example.orders.map((o: Json) => o.orderId));
      for (const report of example.orderReports) expect(report.orderListId).toBe(example.orderListId);
    },
  );

  it("the OTO/OTOCO examples show pending orders as PENDING_NEW", () => {
    const oto = exampleOf(spec.paths["/sapi/v1/margin/order/oto"].post);
    const otoco = exampleOf(spec.paths["/sapi/v1/margin/order/otoco"].post);
    expect(oto.orderReports.map((r: Json) => r.status)).toEqual(["NEW", "PENDING_NEW"]);
    expect(otoco.orderReports.map((r: Json) => r.status)).toEqual(["NEW", "PENDING_NEW", "PENDING_NEW"]);
  });

  it("sends OTO/OTOCO callers to the per-order query for a pending order's status: list queries carry ids only", () => {
    // Binance's New OTO page: "You need to query the status of the pending order again".
    expect(Object.keys(spec.components.schemas.OrderListOrder.properties)).toEqual(["symbol", "orderId", "clientOrderId"]);
    for (const path of ["/sapi/v1/margin/order/oto", "/sapi/v1/margin/order/otoco"]) {
      const operation = spec.paths[path].post;
      for (const text of [operation.description, operation["x-description-zh-CN"]]) {
        expect(text).toContain("`GET /sapi/v1/margin/order`");
        expect(text).not.toMatch(/query the list again|再次查询订单列表/);
      }
    }
  });

  it("allows an iceberg on a LIMIT_MAKER order (no time in force), not only on GTC ones", () => {
    // Binance's spot OTO/OTOCO pages: "only if workingTimeInForce is GTC, or if workingType is LIMIT_MAKER".
    const iceberg = spec.components.parameters.workingIcebergQty;
    for (const text of [
      iceberg.description,
      iceberg["x-description-zh-CN"],
      ...["/sapi/v1/margin/order/oto", "/sapi/v1/margin/order/otoco"].flatMap((path) => [
        spec.paths[path].post.description,
        spec.paths[path].post["x-description-zh-CN"],
      ]),
    ]) {
      expect(text).toContain("LIMIT_MAKER");
      expect(text).not.toMatch(/only GTC|only allowed on a GTC|只有 GTC/);
    }
  });

  it("says which time startTime / endTime bound and what transactionTime is (decisions in spec/README.md)", () => {
    const { startTime, endTime } = spec.components.parameters;
    for (const parameter of [startTime, endTime]) {
      expect(parameter.description).toMatch(/placed/);
      expect(parameter["x-description-zh-CN"]).toContain("下单时间");
    }
    const transactionTime = spec.components.schemas.MarginOrderList.properties.transactionTime;
    expect(transactionTime.description).toMatch(/latest status change/);
    expect(transactionTime["x-description-zh-CN"]).toContain("最近一次状态变化");
  });

  it("the query examples are order lists, and isIsolated may be missing (as in Binance's own example)", () => {
    expect(orderList(exampleOf(spec.paths["/sapi/v1/margin/orderList"].get))).toBe(true);
    const all = exampleOf(spec.paths["/sapi/v1/margin/allOrderList"].get);
    for (const entry of [...all, ...exampleOf(spec.paths["/sapi/v1/margin/openOrderList"].get)]) {
      expect(orderList(entry), JSON.stringify(orderList.errors)).toBe(true);
    }
    expect(all[1].isIsolated).toBeUndefined();
  });

  it("requires only what an ACK placement surely carries, and rejects numbers for decimals", () => {
    const example = structuredClone(exampleOf(spec.paths["/sapi/v1/margin/order/oco"].post));
    const ack = example.orderReports.map(({ symbol, orderId, orderListId, clientOrderId, transactTime }: Json) => ({
      symbol, orderId, orderListId, clientOrderId, transactTime,
    }));
    expect(openPlacement({ ...example, orderReports: ack })).toBe(true);
    example.orderReports[0].price = 0.1;
    expect(openPlacement(example)).toBe(false);
    const { orderReports: _dropped, ...withoutReports } = exampleOf(spec.paths["/sapi/v1/margin/order/oco"].post);
    expect(openPlacement(withoutReports)).toBe(false);
  });
});

describe("GET and DELETE on /sapi/v1/margin/orderList", () => {
  it("are two operations of one path item; the cancel is untouched", () => {
    const item = spec.paths["/sapi/v1/margin/orderList"];
    expect(Object.keys(item).sort()).toEqual(["delete", "get"]);
    expect(item.delete.operationId).toBe("marginCancelOco");
    expect(item.delete["x-weight"]).toEqual({ type: "UID", value: 1 });
  });
});
