// The generated request contract (@sapi-kit/contract) against the spec it comes from,
// read through the dereferenced document (not the generator's own walk), and
// the specs the generator refuses to turn into a contract.
import { bundlePath, dereference, HTTP_METHODS, readSpec, type SpecNode } from "@sapi-kit/spec/loader";
import { describe, expect, test } from "vitest";
import { operations, operationsById } from "../../packages/contract/src/generated/operations.js";
import { collectOperationContracts } from "../generator/operation-contracts.mjs";
import { ensureSpecBundle } from "../generator/spec-bundle.mjs";

ensureSpecBundle();
const spec = dereference(readSpec(bundlePath("en")));
const specOperations = Object.entries<SpecNode>(spec.paths).flatMap(([path, item]) =>
  HTTP_METHODS.filter((method) => item[method]).map((method) => ({ path, method: method.toUpperCase(), operation: item[method] })),
);

describe("packages/contract/src/generated/operations.ts", () => {
  test("has one entry per spec operation, with its path, method, weight and rules", () => {
    expect(operations.map(({ method, path }) => `${method} ${path}`).sort()).toEqual(
      specOperations.map(({ method, path }) => `${method} ${path}`).sort(),
    );
    for (const { path, method, operation } of specOperations) {
      const contract = operations.find((entry) => entry.path === path && entry.method === method);
      expect(contract?.operationId).toBe(operation.operationId);
      expect(contract?.weight).toEqual(operation["x-weight"]);
      expect(contract?.requiredOneOf).toEqual(operation["x-required-one-of"] ?? []);
      expect(contract?.rules).toEqual(operation["x-parameter-rules"] ?? []);
      expect(contract?.parameters.map(({ name, required }) => ({ name, required }))).toEqual(
        operation.parameters?.map(({ name, required }: { name: string; required?: boolean }) => ({ name, required: required === true })) ?? [],
      );
    }
  });

  test("carries every limit and enum of the parameters, recvWindow's maximum included", () => {
    for (const { path, method, operation } of specOperations) {
      const contract = operations.find((entry) => entry.path === path && entry.method === method);
      for (const parameter of operation.parameters ?? []) {
        const { schema } = parameter;
        const entry = contract?.parameters.find(({ name }) => name === parameter.name);
        for (const key of ["enum", "pattern", "minLength", "maxLength", "minimum", "maximum"] as const) {
          expect(entry?.[key], `${method} ${path} ${parameter.name}.${key}`).toEqual(schema[key]);
        }
      }
      const recvWindow = operation.parameters?.find(({ name }: { name: string }) => name === "recvWindow");
      if (recvWindow) expect(contract?.parameters.find(({ name }) => name === "recvWindow")?.maximum).toBe(recvWindow.schema.maximum);
    }
  });

  test("signed operations need the signature and the API key; the listenToken (USER_STREAM) only the key; the server time neither", () => {
    expect(operations.filter(({ signed }) => !signed).map(({ path }) => path)).toEqual(["/api/v3/time", "/sapi/v1/userListenToken"]);
    expect(operations.filter(({ signed, apiKey }) => signed !== apiKey).map(({ operationId }) => operationId)).toEqual([
      "marginCreateListenToken",
    ]);
    expect(operationsById.marginCreateListenToken).toMatchObject({ signed: false, apiKey: true });
    for (const contract of operations.filter(({ signed }) => signed)) {
      expect(contract.parameters.filter(({ signerManaged }) => signerManaged).map(({ name }) => name)).toContain("timestamp");
    }
  });

  test("decimal strings are DECIMAL, int64 LONG, int32 INT, enums ENUM", () => {
    const wires = new Map(operations.flatMap(({ parameters }) => parameters.map(({ name, wire }) => [name, wire] as const)));
    expect(wires.get("quantity")).toBe("DECIMAL");
    expect(wires.get("orderListId")).toBe("LONG");
    expect(wires.get("limit")).toBe("INT");
    expect(wires.get("isIsolated")).toBe("ENUM");
    expect(wires.get("autoRepayAtCancel")).toBe("BOOLEAN");
    expect(wires.get("symbol")).toBe("STRING");
  });
});

describe("the generator refuses what the contract could not express", () => {
  const document = (operation: Record<string, unknown>, parameters: unknown[] = []) => ({
    openapi: "3.1.0",
    paths: {
      "/x": {
        get: {
          operationId: "x",
          "x-weight": { type: "IP", value: 1 },
          parameters: [
            { name: "mode", in: "query", schema: { type: "string", enum: ["A", "B"] } },
            { name: "a", in: "query", schema: { type: "string" } },
            { name: "b", in: "query", schema: { type: "string" } },
            { name: "r", in: "query", required: true, schema: { type: "string" } },
            ...parameters,
          ],
          responses: {},
          ...operation,
        },
      },
    },
  });

  test("a missing or malformed x-weight", () => {
    expect(() => collectOperationContracts(document({ "x-weight": undefined }))).toThrow(/x-weight must be/);
    expect(() => collectOperationContracts(document({ "x-weight": { type: "UID", value: 0 } }))).toThrow(/x-weight must be/);
    const variant = { type: "UID", value: 1, variants: [{ value: 5, when: { parameter: "a", in: ["x"] } }] };
    expect(() => collectOperationContracts(document({ "x-weight": variant }))).toThrow(/"a" must be an enum/);
  });

  test("x-parameter-rules with an unknown kind, a name the operation lacks, a required name or a value outside the enum", () => {
    const rules = (rule: unknown) => document({ "x-parameter-rules": [rule] });
    expect(() => collectOperationContracts(rules({ kind: "implies", if: "a", parameters: ["b"] }))).toThrow(/unknown kind "implies"/);
    expect(() => collectOperationContracts(rules({ kind: "requires", if: "a", parameters: ["typo"] }))).toThrow(/"typo", which is not an optional/);
    expect(() => collectOperationContracts(rules({ kind: "excludes", if: "a", parameters: ["r"] }))).toThrow(/"r", which is not an optional/);
    expect(() =>
      collectOperationContracts(rules({ kind: "forbidden-when", when: { parameter: "mode", in: ["C"] }, parameters: ["a"] })),
    ).toThrow(/"C" is not a value of mode/);
  });

  test("a max-span between non-integers, between one parameter and itself, or without a positive maximum", () => {
    const times = [
      { name: "from", in: "query", schema: { type: "integer", format: "int64" } },
      { name: "to", in: "query", schema: { type: "integer", format: "int64" } },
    ];
    const span = (rule: Record<string, unknown>) =>
      collectOperationContracts(document({ "x-parameter-rules": [{ kind: "max-span", from: "from", to: "to", maximum: 10, ...rule }] }, times));
    expect(span({})[0]?.rules).toEqual([{ kind: "max-span", from: "from", to: "to", maximum: 10 }]);
    expect(() => span({ from: "a" })).toThrow(/"a" must be an integer parameter/);
    expect(() => span({ to: "from" })).toThrow(/two different parameters/);
    expect(() => span({ maximum: 0 })).toThrow(/maximum must be a positive integer/);
    expect(() => span({ to: "r" })).toThrow(/"r", which is not an optional/);
  });

  test("parameters outside the query, or of a type the wire cannot carry", () => {
    expect(() => collectOperationContracts(document({}, [{ name: "h", in: "header", schema: { type: "string" } }]))).toThrow(
      /only supports query parameters \("h" is in header\)/,
    );
    expect(() => collectOperationContracts(document({}, [{ name: "list", in: "query", schema: { type: "array" } }]))).toThrow(
      /not "array"/,
    );
  });
});
