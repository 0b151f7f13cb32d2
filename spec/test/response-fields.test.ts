import { describe, expect, test } from "vitest";
import { collectResponseFields, identifyingFieldProblems, renderResponseFields } from "../generator/response-fields.mjs";
import { readSourceSpec } from "./support/spec-document.js";

const document = {
  paths: {
    "/object": {
      delete: { responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Report" } } } } } },
      get: { responses: { "2XX": { $ref: "#/components/responses/Composed" } } },
    },
    "/array": { get: { responses: { "200": { content: { "application/json": { schema: { type: "array", items: {} } } } } } } },
    "/no-body": { post: { responses: { "204": { description: "nothing" } } } },
    "/error-only": { get: { responses: { "400": { content: { "application/json": { schema: { type: "object", required: ["code"] } } } } } } },
  },
  components: {
    schemas: { Report: { type: "object", required: ["orderListId", "orderReports"], "x-identifying-fields": ["orderListId"], properties: {} } },
    responses: {
      Composed: {
        content: {
          "application/json": {
            schema: {
              allOf: [{ $ref: "#/components/schemas/Report" }, { type: "object", required: ["extra", "orderListId"], "x-identifying-fields": ["extra"] }],
            },
          },
        },
      },
    },
  },
};

describe("identifying response fields (runtime table for the client's response check)", () => {
  test("one entry per operation with a JSON object success body, keyed METHOD /path, with x-identifying-fields of the schema and its allOf parts", () => {
    expect(collectResponseFields(document)).toEqual([
      { key: "GET /object", fields: ["orderListId", "extra"] },
      { key: "DELETE /object", fields: ["orderListId"] },
    ]);
  });

  test("an object body without the extension gets no field (any JSON object)", () => {
    const bare = { paths: { "/bare": { get: { responses: { "200": { content: { "application/json": { schema: { type: "object" } } } } } } } } };
    expect(collectResponseFields(bare)).toEqual([{ key: "GET /bare", fields: [] }]);
    expect(renderResponseFields(collectResponseFields(bare))).toContain('  "GET /bare": "",');
  });

  test("renders a typed constant", () => {
    const rendered = renderResponseFields(collectResponseFields(document));
    expect(rendered).toContain("export const RESPONSE_FIELDS: Record<string, string> = {");
    expect(rendered).toContain('  "DELETE /object": "orderListId",');
    expect(rendered).not.toContain("/array");
  });

  test("orders the entries by the length of their field list, longest first, then by key (like lists together, for gzip)", () => {
    const rendered = renderResponseFields([
      { key: "POST /b", fields: ["orderListId", "orderReports"] },
      { key: "GET /a", fields: ["orderListId"] },
      { key: "DELETE /a", fields: ["orderListId", "orderReports"] },
      { key: "GET /any", fields: [] },
    ]);
    const keys = [...rendered.matchAll(/^ {2}"([^"]+)":/gm)].map((match) => match[1]);
    expect(keys).toEqual(["DELETE /a", "POST /b", "GET /a", "GET /any"]);
  });
});

describe("x-identifying-fields in the spec", () => {
  test("every object success body names its identifying fields, each one the schema requires", () => {
    expect(identifyingFieldProblems(readSourceSpec())).toEqual([]);
  });

  test("a schema without the extension, or naming a field it does not require, is reported", () => {
    const spec = readSourceSpec();
    delete spec.components.schemas.ServerTime["x-identifying-fields"];
    spec.components.schemas.ListenToken["x-identifying-fields"] = ["token", "listenKey"];
    expect(identifyingFieldProblems(spec)).toEqual(["GET /api/v3/time: no x-identifying-fields", "POST /sapi/v1/userListenToken: listenKey is not required"]);
    expect(identifyingFieldProblems(document)).toEqual([]);
  });
});
