import { describe, expect, test } from "vitest";
import { collectResponseFields, renderResponseFields } from "../generator/response-fields.mjs";

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
    schemas: { Report: { type: "object", required: ["orderListId", "orderReports"], properties: {} } },
    responses: {
      Composed: {
        content: {
          "application/json": {
            schema: { allOf: [{ $ref: "#/components/schemas/Report" }, { type: "object", required: ["extra", "orderListId"] }] },
          },
        },
      },
    },
  },
};

describe("required response fields (runtime table for the client's response check)", () => {
  test("one entry per operation with a JSON success body, keyed METHOD /path", () => {
    expect(collectResponseFields(document)).toEqual([
      { key: "GET /object", fields: ["orderListId", "orderReports", "extra"] },
      { key: "DELETE /object", fields: ["orderListId", "orderReports"] },
      { key: "GET /array", fields: null },
    ]);
  });

  test("renders a typed constant", () => {
    const rendered = renderResponseFields(collectResponseFields(document));
    expect(rendered).toContain("export const RESPONSE_FIELDS: Record<string, string | null> = {");
    expect(rendered).toContain('  "DELETE /object": "orderListId orderReports",');
    expect(rendered).toContain('  "GET /array": null,');
  });

  test("orders the entries by the length of their field list, then by key (like lists together, for gzip)", () => {
    const rendered = renderResponseFields([
      { key: "POST /b", fields: ["orderListId", "orderReports"] },
      { key: "GET /a", fields: ["orderListId"] },
      { key: "DELETE /a", fields: ["orderListId", "orderReports"] },
      { key: "GET /list", fields: null },
    ]);
    const keys = [...rendered.matchAll(/^ {2}"([^"]+)":/gm)].map((match) => match[1]);
    expect(keys).toEqual(["GET /list", "GET /a", "DELETE /a", "POST /b"]);
  });
});
