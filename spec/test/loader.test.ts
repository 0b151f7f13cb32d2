// @sapi-kit/spec/loader: the one reader, `$ref` resolver and validator that
// the generator, spec, sandbox and release tests share.
import { createSpecValidator, dereference, listOperations, readSpec, resolveRef } from "@sapi-kit/spec/loader";
import { describe, expect, test } from "vitest";

const tiny = () => ({
  openapi: "3.1.0",
  security: [{ key: [] }],
  paths: {
    "/a": {
      parameters: [{ $ref: "#/components/parameters/p" }, { name: "q", in: "query", schema: { type: "string" } }],
      get: {
        parameters: [{ name: "q", in: "query", required: true, schema: { type: "integer" } }],
        responses: {
          "200": {
            description: "ok",
            headers: { "X-Count": { schema: { type: "integer", minimum: 0 } } },
            content: { "application/json": { schema: { $ref: "#/components/schemas/Pair" } } },
          },
          "4XX": { $ref: "#/components/responses/Error" },
        },
      },
      delete: { security: [], responses: {} },
    },
  },
  components: {
    parameters: { p: { name: "p", in: "query", schema: { $ref: "#/components/schemas/Name" } } },
    responses: {
      Error: {
        description: "error",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } }, "text/html": { schema: { type: "string" } } },
      },
    },
    schemas: {
      Name: { type: "string", minLength: 1, "x-description-zh-CN": "名称" },
      Pair: { type: "object", required: ["left"], properties: { left: { $ref: "#/components/schemas/Name" }, right: { $ref: "#/components/schemas/Name" } } },
      Error: { type: "object", required: ["code", "msg"], properties: { code: { type: "integer", format: "int64" }, msg: { type: "string" } } },
      Id: { type: ["integer", "string"], format: "int64" },
    },
  },
});

describe("resolveRef and dereference", () => {
  test("follow local references, repeatedly, and decode ~1 / ~0", () => {
    const document = { a: { $ref: "#/b~1c" }, "b/c": { $ref: "#/d~0e" }, "d~e": { value: 1 } };
    expect(resolveRef(document, document.a)).toEqual({ value: 1 });
    expect(dereference(document)).toEqual({ a: { value: 1 }, "b/c": { value: 1 }, "d~e": { value: 1 } });
  });

  test("one copy per target, so validators compiled per schema object compile once", () => {
    const document = dereference(tiny());
    const pair = document.components.schemas.Pair;
    expect(pair.properties.left).toBe(pair.properties.right);
    expect(JSON.stringify(document)).not.toContain("$ref");
  });

  test("refuse external, dangling and circular references", () => {
    expect(() => resolveRef({}, { $ref: "other.yaml#/x" })).toThrow("Only local $refs");
    expect(() => resolveRef({}, { $ref: "#/missing" })).toThrow("Unresolvable $ref #/missing");
    expect(() => resolveRef({ a: { $ref: "#/a" } }, { $ref: "#/a" })).toThrow("Circular $ref #/a");
    expect(() => dereference({ a: { b: { $ref: "#/a" } } })).toThrow("Circular $ref #/a");
  });
});

describe("listOperations", () => {
  test("applies OpenAPI's inheritance: path-level parameters unless redefined, document-level security unless overridden", () => {
    const [get, del] = listOperations(tiny());
    expect(get?.parameters.map((p) => [p.name, p.schema.type])).toEqual([
      ["p", undefined],
      ["q", "integer"],
    ]);
    expect(get?.parameters[0].schema).toEqual({ $ref: "#/components/schemas/Name" });
    expect(get?.security).toEqual([{ key: [] }]);
    expect(del?.security).toEqual([]);
  });

  test("the real spec has operations and every one is listed once", () => {
    const operations = listOperations(readSpec());
    expect(operations.length).toBeGreaterThan(0);
    expect(new Set(operations.map(({ method, path }) => `${method} ${path}`)).size).toBe(operations.length);
  });
});

describe("createSpecValidator", () => {
  const validator = createSpecValidator(tiny());

  test("validates component schemas, strictly, with OpenAPI's annotations allowed", () => {
    expect(validator.component("Pair")({ left: "x" })).toBe(true);
    expect(validator.component("Pair")({ left: "" })).toBe(false);
    expect(createSpecValidator(tiny(), { closed: true }).component("Pair")({ left: "x", extra: 1 })).toBe(false);
    expect(() => validator.component("Nope")).toThrow("No component schema named Nope");
  });

  test("takes OpenAPI 3.1's type arrays (an id Binance prints as a number or a string of digits)", () => {
    expect(validator.component("Id")(28)).toBe(true);
    expect(validator.component("Id")("28")).toBe(true);
    expect(validator.component("Id")(2.5)).toBe(false);
    expect(validator.component("Id")(true)).toBe(false);
  });

  test("finds the documented response: exact status, then its range", () => {
    expect(validator.documentedResponse("GET", "/a", 200)?.description).toBe("ok");
    expect(validator.documentedResponse("get", "/a", 418)?.description).toBe("error");
    expect(validator.documentedResponse("GET", "/a", 500)).toBeUndefined();
  });

  test("checks a response's body by media type and its documented headers", () => {
    const ok = { method: "GET", path: "/a", status: 200 };
    expect(validator.responseProblems({ ...ok, body: '{"left":"x"}', headers: { "X-Count": "3" } })).toEqual([]);
    expect(validator.responseProblems({ ...ok, body: '{"left":"x"}', headers: { "x-count": "-1" } })).toEqual([
      "GET /a -> 200: header X-Count=-1 data must be >= 0",
    ]);
    expect(validator.responseProblems({ ...ok, body: "{" })).toEqual(["GET /a -> 200: body is not JSON"]);
    expect(validator.responseProblems({ ...ok, body: "{}" })).toEqual(["GET /a -> 200: data must have required property 'left'"]);
    expect(validator.responseProblems({ ...ok, status: 403, body: "<html></html>", headers: { "content-type": "text/html; charset=utf-8" } })).toEqual([]);
    expect(validator.responseProblems({ ...ok, status: 200, body: "<html></html>", headers: { "content-type": "text/html" } })).toEqual([
      "GET /a -> 200: media type text/html not documented (documented: application/json)",
    ]);
    expect(validator.responseProblems({ ...ok, status: 500, body: "" })).toEqual(["GET /a -> 500: status not documented in the spec"]);
  });
});
