import { describe, expect, it } from "vitest";
import { diffSpecs } from "../src/spec-compat/diff-specs.js";
import type { OpenApiDocument, Operation, Parameter, Schema } from "../src/spec-compat/openapi-document.js";
import { baseSpec } from "./fixtures/base-spec.js";

const OPERATION = "DELETE /sapi/v1/margin/orderList";

/** A copy of the base spec with one edit applied to the cancel operation. */
function edited(edit: (operation: Operation, document: OpenApiDocument) => void): OpenApiDocument {
  const document = baseSpec();
  edit(cancelOperation(document), document);
  return document;
}

function cancelOperation(document: OpenApiDocument): Operation {
  return document.paths?.["/sapi/v1/margin/orderList"]?.delete as Operation;
}

function param(operation: Operation, name: string): Parameter {
  const found = operation.parameters?.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`fixture has no parameter ${name}`);
  return found;
}

function schemas(document: OpenApiDocument): Record<string, Schema> {
  return document.components?.schemas as Record<string, Schema>;
}

function kinds(next: OpenApiDocument): string[] {
  return diffSpecs(baseSpec(), next).map((change) => change.kind);
}

describe("spec differ: breaking changes are detected", () => {
  it("identical specs have no breaking change", () => {
    expect(diffSpecs(baseSpec(), baseSpec())).toEqual([]);
  });

  it("a removed operation", () => {
    const next = baseSpec();
    next.paths = {};
    expect(diffSpecs(baseSpec(), next)).toEqual([
      { kind: "operation-removed", operation: OPERATION, detail: `${OPERATION} is gone` },
    ]);
  });

  it("a removed parameter", () => {
    const next = edited((operation) => {
      operation.parameters = operation.parameters?.filter((p) => p.name !== "isIsolated");
    });
    expect(diffSpecs(baseSpec(), next)).toEqual([
      { kind: "param-removed", operation: OPERATION, detail: "query:isIsolated removed" },
    ]);
  });

  it("a removed parameter that was shared through components", () => {
    const next = edited((operation) => {
      operation.parameters = operation.parameters?.filter((p) => p.$ref === undefined);
    });
    expect(kinds(next)).toEqual(["param-removed"]);
  });

  it("a renamed parameter", () => {
    const next = edited((operation) => {
      param(operation, "listClientOrderId").name = "clientListId";
    });
    expect(diffSpecs(baseSpec(), next)).toContainEqual({
      kind: "param-renamed",
      operation: OPERATION,
      detail: "query:listClientOrderId -> query:clientListId",
    });
  });

  it("an optional parameter made required", () => {
    const next = edited((operation) => {
      param(operation, "isIsolated").required = true;
    });
    expect(kinds(next)).toEqual(["param-made-required"]);
  });

  it("a new required parameter", () => {
    const next = edited((operation) => {
      operation.parameters?.push({ name: "side", in: "query", required: true, schema: { type: "string" } });
    });
    expect(kinds(next)).toEqual(["required-param-added"]);
  });

  it.each<[string, (operation: Operation, document: OpenApiDocument) => void, string]>([
    ["type changed", (op) => Object.assign(param(op, "symbol"), { schema: { type: "integer" } }), "query:symbol type"],
    ["enum value removed", (op) => Object.assign(param(op, "isIsolated").schema ?? {}, { enum: ["FALSE"] }), "enum"],
    ["enum added to a free string", (op) => Object.assign(param(op, "symbol").schema ?? {}, { enum: ["LTCBTC"] }), "enum"],
    ["format changed", (op) => Object.assign(param(op, "orderListId").schema ?? {}, { format: "int32" }), "format"],
    ["maximum lowered", (_op, doc) => Object.assign(recvWindowSchema(doc), { maximum: 5000 }), "maximum"],
    ["minimum added", (op) => Object.assign(param(op, "orderListId").schema ?? {}, { minimum: 1 }), "minimum"],
    ["maxLength added", (op) => Object.assign(param(op, "symbol").schema ?? {}, { maxLength: 8 }), "maxLength"],
    ["pattern added", (op) => Object.assign(param(op, "symbol").schema ?? {}, { pattern: "^[A-Z]+$" }), "pattern"],
  ])("a narrowed parameter schema: %s", (_name, edit, detail) => {
    const next = edited(edit);
    const changes = diffSpecs(baseSpec(), next);
    expect(changes.map((change) => change.kind)).toEqual(["param-schema-narrowed"]);
    expect(changes[0]?.detail).toContain(detail);
  });

  it("a number narrowed to an integer (integer to number is the widening way)", () => {
    const widened = edited((_operation, document) => Object.assign(recvWindowSchema(document), { type: "number" }));
    expect(diffSpecs(baseSpec(), widened)).toEqual([]);
    expect(diffSpecs(widened, baseSpec())).toEqual([
      { kind: "param-schema-narrowed", operation: OPERATION, detail: 'query:recvWindow type: "number" -> "integer"' },
    ]);
  });

  it("a new x-required-one-of group", () => {
    const next = edited((operation) => {
      operation["x-required-one-of"]?.push(["symbol", "isIsolated"]);
    });
    expect(kinds(next)).toEqual(["required-one-of-narrowed"]);
  });

  it("an x-required-one-of group that lost a name", () => {
    const next = edited((operation) => {
      operation["x-required-one-of"] = [["orderListId"]];
    });
    expect(kinds(next)).toEqual(["required-one-of-narrowed"]);
  });

  it("a removed response field, nested in an array", () => {
    const next = baseSpec();
    const orders = schemas(next).OrderList?.properties?.orders;
    delete orders?.items?.properties?.clientOrderId;
    expect(diffSpecs(baseSpec(), next)).toEqual([
      {
        kind: "response-field-removed",
        operation: OPERATION,
        detail: "200 application/json orders[].clientOrderId removed",
      },
    ]);
  });

  it("a response field that is no longer always present (required -> optional), nested in an array", () => {
    const next = baseSpec();
    const items = schemas(next).OrderList?.properties?.orders?.items;
    if (items) items.required = [];
    expect(diffSpecs(baseSpec(), next)).toEqual([
      {
        kind: "response-field-made-optional",
        operation: OPERATION,
        detail: "200 application/json orders[].orderId is no longer always present",
      },
    ]);
  });

  it("a response field whose type changed", () => {
    const next = baseSpec();
    Object.assign(schemas(next).OrderList?.properties ?? {}, { orderListId: { type: "string" } });
    expect(kinds(next)).toEqual(["response-field-changed"]);
  });
});

describe("spec differ: compatible changes are not flagged", () => {
  it.each<[string, (operation: Operation, document: OpenApiDocument) => void]>([
    ["a new optional parameter", (op) => op.parameters?.push({ name: "newClientOrderId", in: "query", schema: { type: "string" } })],
    ["a new enum value", (op) => Object.assign(param(op, "isIsolated").schema ?? {}, { enum: ["TRUE", "FALSE", "MAYBE"] })],
    ["an enum dropped", (op) => Object.assign(param(op, "isIsolated"), { schema: { type: "string" } })],
    ["a raised maximum", (_op, doc) => Object.assign(recvWindowSchema(doc), { maximum: 90000 })],
    ["a required parameter made optional", (op) => Object.assign(param(op, "symbol"), { required: false })],
    ["a parameter inlined instead of $ref'd", (op, doc) => {
      op.parameters = op.parameters?.map((p) => (p.$ref ? (doc.components?.parameters?.recvWindow as Parameter) : p));
    }],
    ["an x-required-one-of group that gained a name", (op) => {
      op["x-required-one-of"] = [["orderListId", "listClientOrderId", "newClientOrderId"]];
    }],
    ["documentation text", (op) => Object.assign(op, { summary: "Cancel OCO", "x-summary-zh-CN": "取消 OCO" })],
    ["an optional response field that is now always present", (_op, doc) => {
      const orderList = schemas(doc).OrderList;
      if (orderList) orderList.required = ["orderListId", "orders", "symbol"];
    }],
    ["a new response field", (_op, doc) => Object.assign(schemas(doc).OrderList?.properties ?? {}, { isIsolated: { type: "boolean" } })],
    ["a new operation", (_op, doc) => Object.assign(doc.paths ?? {}, { "/api/v3/time": { get: { responses: {} } } })],
  ])("%s", (_name, edit) => {
    expect(diffSpecs(baseSpec(), edited(edit))).toEqual([]);
  });
});

function recvWindowSchema(document: OpenApiDocument): Schema {
  const parameter = document.components?.parameters?.recvWindow as Parameter;
  if (!parameter.schema) throw new Error("fixture recvWindow has no schema");
  return parameter.schema;
}
