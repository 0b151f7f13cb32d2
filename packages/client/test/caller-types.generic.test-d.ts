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
