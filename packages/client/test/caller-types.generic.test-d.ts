// CallerPaths over a spec that is NOT the real one: the extended fixture
// (test/fixtures/extended-spec) adds endpoints, and its types come out of the
// same generator. Nothing here or in src/ names those endpoints, which is the
// proof that a new endpoint in spec/openapi.yaml needs no hand edits.
import createFetchClient from "openapi-fetch";
import { describe, expectTypeOf, test } from "vitest";
import type { CallerPaths } from "../src/caller-paths.js";
import type { OperationRules } from "./fixtures/extended-spec/generated/operation-rules.js";
import type { components, paths } from "./fixtures/extended-spec/generated/schema.js";

const client = createFetchClient<CallerPaths<paths, OperationRules>>();

describe("a second signed cancel endpoint", () => {
  const path = "/sapi/v1/margin/order";

  test("its own one-of group applies", () => {
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderId: 2 } } });
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", origClientOrderId: "pO9ufTiFGg3nw2fOdgeOXa" } } });
    // @ts-expect-error orderId or origClientOrderId is required
    client.DELETE(path, { params: { query: { symbol: "LTCBTC" } } });
  });

  test("its signer-managed parameters are refused", () => {
    // @ts-expect-error timestamp is signer-managed
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderId: 2, timestamp: 1 } } });
    // @ts-expect-error signature is signer-managed
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderId: 2, signature: "s" } } });
  });

  test("its responses are untouched", async () => {
    const { data, error } = await client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderId: 2 } } });
    expectTypeOf(data).toEqualTypeOf<components["schemas"]["MarginCancelOcoOrder"] | undefined>();
    expectTypeOf(error).toEqualTypeOf<components["schemas"]["BinanceError"] | undefined>();
  });
});

describe("a signed endpoint whose only required parameters are signer-managed", () => {
  test("can be called without params", () => {
    client.GET("/sapi/v1/margin/account");
    client.GET("/sapi/v1/margin/account", { params: { query: { recvWindow: 5000 } } });
    // @ts-expect-error timestamp is signer-managed
    client.GET("/sapi/v1/margin/account", { params: { query: { timestamp: 1 } } });
  });
});

describe("two one-of groups and path-level parameters", () => {
  const path = "/synthetic/two-groups";

  test("needs one of each group, plus the operation-level required `note`", () => {
    client.GET(path, { params: { query: { note: "n", a: "x", c: 1 } } });
    client.GET(path, { params: { query: { note: "n", b: "x", d: 1 } } });
    client.GET(path, { params: { query: { note: "n", a: "x", b: "y", c: 1, d: 2 } } });
    // @ts-expect-error nothing from the second group
    client.GET(path, { params: { query: { note: "n", a: "x" } } });
    // @ts-expect-error nothing from the first group
    client.GET(path, { params: { query: { note: "n", d: 1 } } });
    // @ts-expect-error note is required by the operation (it overrides the optional path-level one)
    client.GET(path, { params: { query: { a: "x", c: 1 } } });
  });

  test("a signer-managed path-level parameter is refused", () => {
    // @ts-expect-error timestamp is signer-managed (declared on the path item)
    client.GET(path, { params: { query: { note: "n", a: "x", c: 1, timestamp: 1 } } });
  });
});

describe("operations without rules", () => {
  test("are passed through unchanged", () => {
    expectTypeOf<CallerPaths<paths, OperationRules>["/api/v3/time"]["get"]>().toEqualTypeOf<paths["/api/v3/time"]["get"]>();
    expectTypeOf<CallerPaths<paths, Record<string, never>>["/sapi/v1/margin/order"]>().toEqualTypeOf<paths["/sapi/v1/margin/order"]>();
  });
});

describe("x-parameter-rules of every kind (/synthetic/rules)", () => {
  const path = "/synthetic/rules";

  test("requires: limitPrice needs timeInForce", () => {
    client.GET(path, { params: { query: { kind: "PLAIN", limitPrice: "1.5", timeInForce: "GTC" } } });
    client.GET(path, { params: { query: { kind: "PLAIN", timeInForce: "IOC" } } });
    // @ts-expect-error limitPrice requires timeInForce
    client.GET(path, { params: { query: { kind: "PLAIN", limitPrice: "1.5" } } });
  });

  test("excludes: fromId rules out startTime and endTime", () => {
    client.GET(path, { params: { query: { kind: "PLAIN", fromId: 1 } } });
    client.GET(path, { params: { query: { kind: "PLAIN", startTime: 1, endTime: 2 } } });
    // @ts-expect-error fromId excludes startTime
    client.GET(path, { params: { query: { kind: "PLAIN", fromId: 1, startTime: 1 } } });
  });

  test("required-when / forbidden-when, with the default standing in for a missing value", () => {
    client.GET(path, { params: { query: { kind: "PLAIN", account: "ISOLATED", pair: "LTCBTC" } } });
    client.GET(path, { params: { query: { kind: "PLAIN", account: "CROSS" } } });
    // @ts-expect-error ISOLATED requires pair
    client.GET(path, { params: { query: { kind: "PLAIN", account: "ISOLATED" } } });
    // @ts-expect-error CROSS forbids pair
    client.GET(path, { params: { query: { kind: "PLAIN", account: "CROSS", pair: "LTCBTC" } } });
    // @ts-expect-error account defaults to CROSS, which forbids pair
    client.GET(path, { params: { query: { kind: "PLAIN", pair: "LTCBTC" } } });
  });

  test("required-when on a required parameter, with a group: one of the group", () => {
    client.GET(path, { params: { query: { kind: "STOP", stopPrice: "1" } } });
    client.GET(path, { params: { query: { kind: "STOP", trailingDelta: 10 } } });
    // @ts-expect-error kind STOP needs stopPrice or trailingDelta
    client.GET(path, { params: { query: { kind: "STOP" } } });
    // @ts-expect-error kind stays required
    client.GET(path, { params: { query: { stopPrice: "1" } } });
  });

  test("rules narrow the query type, they do not widen it", () => {
    type Query = CallerPaths<paths, OperationRules>[typeof path]["get"]["parameters"]["query"];
    expectTypeOf<Query["kind"]>().toEqualTypeOf<"PLAIN" | "STOP">();
    expectTypeOf<NonNullable<Query["reduceOnly"]>>().toEqualTypeOf<boolean>();
  });
});
