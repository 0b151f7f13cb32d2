// The generator's user data stream types (packages/client/src/generated/user-data-events.ts)
// come from spec/asyncapi.yaml alone: a new event type, field or enum there is a new type here.
import { readAsyncApi } from "@sapi-kit/spec/loader";
import { describe, expect, test } from "vitest";
import { renderUserDataEvents, typeOf, userDataEventTypes } from "../generator/user-data-events.mjs";

const asyncApi = readAsyncApi();

describe("user data stream types from spec/asyncapi.yaml", () => {
  test("the event map lists every event with a constant `e`, and the catch-all apart", () => {
    expect(userDataEventTypes(asyncApi)).toEqual({
      known: [
        { type: "executionReport", schema: "ExecutionReport" },
        { type: "listStatus", schema: "ListStatus" },
        { type: "outboundAccountPosition", schema: "OutboundAccountPosition" },
        { type: "balanceUpdate", schema: "BalanceUpdate" },
        { type: "eventStreamTerminated", schema: "EventStreamTerminated" },
      ],
      unknown: "UnknownEvent",
    });
  });

  test("an event added to the document is a new member of the map, with its fields", () => {
    const extended = structuredClone(asyncApi);
    extended.components.schemas.ExternalLockUpdate = {
      type: "object",
      description: "A spot balance locked by an external system.",
      required: ["e", "E", "a", "d"],
      properties: {
        e: { type: "string", const: "externalLockUpdate" },
        E: { $ref: "#/components/schemas/EventTime" },
        a: { type: "string" },
        d: { type: "string", pattern: "^-?[0-9]+(\\.[0-9]+)?$" },
        T: { type: "integer", format: "int64" },
      },
    };
    extended.components.schemas.UserDataEvent.anyOf.splice(-1, 0, { $ref: "#/components/schemas/ExternalLockUpdate" });
    const rendered = renderUserDataEvents(extended);
    expect(rendered).toContain('    externalLockUpdate: userDataStream["schemas"]["ExternalLockUpdate"];\n');
    expect(rendered).toContain(
      [
        "        /** A spot balance locked by an external system. */",
        "        ExternalLockUpdate: {",
        '            e: "externalLockUpdate";',
        '            E: userDataStream["schemas"]["EventTime"];',
        "            a: string;",
        "            d: string;",
        "            T?: number;",
        "        };",
      ].join("\n"),
    );
  });

  test.each([
    ["an int64", { type: "integer", format: "int64" }, "number"],
    ["a decimal string", { type: "string", pattern: "^[0-9]+$" }, "string"],
    ["a nullable string", { type: ["string", "null"] }, "string | null"],
    ["an open enum of openapi.yaml", { type: "string", anyOf: [{ $ref: "./openapi.yaml#/components/schemas/OrderStatus" }, { type: "string" }] }, 'components["schemas"]["OrderStatus"] | AnyOtherString'],
    ["an open inline enum", { anyOf: [{ type: "string", enum: ["A", "B"] }, { type: "string" }] }, '"A" | "B" | AnyOtherString'],
    ["an array of references", { type: "array", items: { $ref: "#/components/schemas/AccountBalance" } }, 'userDataStream["schemas"]["AccountBalance"][]'],
    ["an open object with no fields", { type: "object" }, "Record<string, unknown>"],
  ])("renders %s", (_name, schema, expected) => {
    expect(typeOf(schema, "", "test")).toBe(expected);
  });

  test("an object that admits any other field gets an index signature (the unknown event)", () => {
    expect(typeOf(asyncApi.components.schemas.UnknownEvent, "", "UnknownEvent")).toContain("[field: string]: unknown;");
    expect(typeOf(asyncApi.components.schemas.ExecutionReport, "", "ExecutionReport")).not.toContain("[field: string]");
  });

  test("refuses what it cannot render instead of guessing", () => {
    expect(() => typeOf({ $ref: "./other.yaml#/X" }, "", "where")).toThrow("cannot render the reference ./other.yaml#/X");
    const twoCatchAlls = structuredClone(asyncApi);
    twoCatchAlls.components.schemas.UserDataEvent.anyOf.push({ $ref: "#/components/schemas/RequestId" });
    expect(() => userDataEventTypes(twoCatchAlls)).toThrow("exactly one member without a constant e, found 2");
  });
});
