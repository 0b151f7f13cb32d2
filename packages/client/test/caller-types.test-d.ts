// The caller-facing types of the real spec, through the public createClient.
// Every `@ts-expect-error` below must fail to compile, or tsc reports it unused.
import { describe, expectTypeOf, test } from "vitest";
import type { AnyOtherString } from "../src/generated/schema.js";
import {
  type BinanceError,
  type CallerPaths,
  type components,
  createClient,
  type operations,
  type paths,
  type SapiClient,
  type UnsafeIntegerError,
} from "../src/index.js";

const client = createClient();
const path = "/sapi/v1/margin/orderList";
type CancelQuery = NonNullable<Parameters<SapiClient["DELETE"]>[1]>["params"]["query"];

describe("cancel OCO: one of orderListId / listClientOrderId", () => {
  test("either id, or both, compile", () => {
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderListId: 0 } } });
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", listClientOrderId: "C3wyj4WVEktd7u9aVBRXcN" } } });
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderListId: 0, listClientOrderId: "x" } } });
  });

  test("neither id is a compile error", () => {
    // @ts-expect-error orderListId or listClientOrderId is required
    client.DELETE(path, { params: { query: { symbol: "LTCBTC" } } });
    // @ts-expect-error undefined does not count as sending the id
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderListId: undefined } } });
  });

  test("the query and symbol stay required", () => {
    // @ts-expect-error params are required
    client.DELETE(path);
    // @ts-expect-error symbol is required
    client.DELETE(path, { params: { query: { orderListId: 0 } } });
  });
});

describe("cancel OCO: the signer owns timestamp and signature", () => {
  test("passing either is a compile error", () => {
    // @ts-expect-error timestamp is signer-managed
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderListId: 0, timestamp: 1574040868128 } } });
    // @ts-expect-error signature is signer-managed
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderListId: 0, signature: "c8db56825ae7" } } });
  });

  test("the caller query type does not offer them", () => {
    // Declared `?: never` (not just omitted): see WithoutSignerManaged in src/caller-paths.ts.
    expectTypeOf<CancelQuery["timestamp"]>().toEqualTypeOf<undefined>();
    expectTypeOf<CancelQuery["signature"]>().toEqualTypeOf<undefined>();
    expectTypeOf<CancelQuery["recvWindow"]>().toEqualTypeOf<number | undefined>();
  });
});

describe("cancel OCO: parameter types", () => {
  test('isIsolated only accepts "TRUE" / "FALSE"', () => {
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderListId: 0, isIsolated: "TRUE" } } });
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderListId: 0, isIsolated: "FALSE" } } });
    // @ts-expect-error only "TRUE" | "FALSE"
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderListId: 0, isIsolated: "YES" } } });
    // @ts-expect-error a boolean is not the wire enum
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderListId: 0, isIsolated: true } } });
    expectTypeOf<CancelQuery["isIsolated"]>().toEqualTypeOf<"TRUE" | "FALSE" | undefined>();
  });

  test("orderListId is a number (LONG), listClientOrderId a string", () => {
    // @ts-expect-error orderListId is numeric
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderListId: "0" } } });
    // @ts-expect-error listClientOrderId is a string
    client.DELETE(path, { params: { query: { symbol: "LTCBTC", listClientOrderId: 1 } } });
  });

  test("unknown paths do not compile", () => {
    // @ts-expect-error not in the spec
    client.DELETE("/sapi/v1/margin/nothing");
  });
});

describe("responses", () => {
  test("data is the 200 schema and error is BinanceError, exactly", async () => {
    const { data, error } = await client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderListId: 0 } } });
    expectTypeOf(data).toEqualTypeOf<components["schemas"]["MarginCancelOcoResponse"] | undefined>();
    expectTypeOf(error).toEqualTypeOf<BinanceError | undefined>();
    expectTypeOf<BinanceError>().toEqualTypeOf<{ code: number; msg: string }>();
    if (data) {
      expectTypeOf(data.orderReports[0]?.orderId).toEqualTypeOf<number | undefined>();
      // Optional: Binance marks it "if isolated margin" (spec/README.md).
      expectTypeOf(data.isIsolated).toEqualTypeOf<boolean | undefined>();
    }
  });

  test("error stays exactly BinanceError although 403 and 5XX may be HTML or empty (never a string)", async () => {
    const { error } = await client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderListId: 0 } } });
    expectTypeOf(error).not.toEqualTypeOf<BinanceError | string | undefined>();
    expectTypeOf<NonNullable<typeof error>>().toEqualTypeOf<{ code: number; msg: string }>();
    const time = await client.GET("/api/v3/time");
    expectTypeOf(time.error).toEqualTypeOf<BinanceError | undefined>();
  });

  test("response enums are open: known values listed, a value Binance adds later still typed", () => {
    type Report = components["schemas"]["OrderReport"];
    type Response = components["schemas"]["MarginCancelOcoResponse"];
    expectTypeOf<Report["status"]>().toEqualTypeOf<components["schemas"]["OrderStatus"] | AnyOtherString>();
    expectTypeOf<Response["listStatusType"]>().toEqualTypeOf<components["schemas"]["ListStatusType"] | AnyOtherString>();
    // The literals are still there for autocompletion (the type is not widened to plain string).
    expectTypeOf<Report["status"]>().not.toEqualTypeOf<string>();
    expectTypeOf<components["schemas"]["ListStatusType"]>().toEqualTypeOf<"RESPONSE" | "EXEC_STARTED" | "UPDATED" | "ALL_DONE">();
    expectTypeOf<"CANCELED">().toExtend<Report["status"]>();
    expectTypeOf<"A_STATUS_FROM_2027">().toExtend<Report["status"]>();
    expectTypeOf<"OTO">().toExtend<Response["contingencyType"]>();
    // Not any value at all: still a string.
    expectTypeOf<1>().not.toExtend<Report["status"]>();
    // Every string fits "any other string", lower and mixed case included.
    expectTypeOf<"updated">().toExtend<AnyOtherString>();
    expectTypeOf<"Mixed Case">().toExtend<AnyOtherString>();
    expectTypeOf<"">().toExtend<AnyOtherString>();
  });

  test("open enums stay strings in `data` (openapi-fetch's Readable must not turn them into objects)", async () => {
    const { data } = await client.DELETE(path, { params: { query: { symbol: "LTCBTC", orderListId: 0 } } });
    if (data) {
      const report = data.orderReports[0];
      if (report) {
        expectTypeOf(report.status.toLowerCase()).toEqualTypeOf<string>();
        expectTypeOf(report.status).toExtend<string>();
        expectTypeOf(report.status).toEqualTypeOf<components["schemas"]["OrderStatus"] | AnyOtherString>();
      }
      expectTypeOf(data.listStatusType).toExtend<string>();
    }
  });

  test("conditional order-report fields are optional", () => {
    type Report = components["schemas"]["OrderReport"];
    expectTypeOf<Report["selfTradePreventionMode"]>().toEqualTypeOf<
      components["schemas"]["SelfTradePreventionMode"] | AnyOtherString | undefined
    >();
    expectTypeOf<Report["icebergQty"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Report["stopPrice"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Report["preventedMatchId"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Report["preventedQuantity"]>().toEqualTypeOf<string | null | undefined>();
  });

  test("request enums stay closed", () => {
    expectTypeOf<CancelQuery["isIsolated"]>().toEqualTypeOf<"TRUE" | "FALSE" | undefined>();
  });

  test("server time needs no init and types its body", async () => {
    const { data } = await client.GET("/api/v3/time");
    expectTypeOf(data).toEqualTypeOf<components["schemas"]["ServerTime"] | undefined>();
  });
});

describe("exports", () => {
  test("generated types and the caller view are exported", () => {
    expectTypeOf<paths[typeof path]["delete"]>().toEqualTypeOf<operations["marginCancelOco"]>();
    // The raw generated operation still carries what the signer sends; only the caller view drops it.
    expectTypeOf<operations["marginCancelOco"]["parameters"]["query"]["timestamp"]>().toEqualTypeOf<number>();
    // Responses differ only by the non-JSON bodies the client turns into ResponseUnreadableError.
    type Raw = operations["marginCancelOco"]["responses"];
    type Caller = CallerPaths[typeof path]["delete"]["responses"];
    expectTypeOf<Caller[200]>().toEqualTypeOf<Raw[200]>();
    expectTypeOf<Caller[400]>().toEqualTypeOf<Raw[400]>();
    expectTypeOf<Raw[403]["content"]["text/html"]>().toEqualTypeOf<string>();
    expectTypeOf<Raw["5XX"]["content"]["text/html"]>().toEqualTypeOf<string>();
    expectTypeOf<Caller[403]["content"]>().toEqualTypeOf<{ "application/json": BinanceError }>();
    expectTypeOf<Caller["5XX"]["content"]>().toEqualTypeOf<{ "application/json": BinanceError }>();
  });

  test("UnsafeIntegerError carries where, what and the HTTP outcome", () => {
    expectTypeOf<UnsafeIntegerError>().toExtend<RangeError>();
    expectTypeOf<UnsafeIntegerError["source"]>().toEqualTypeOf<"request" | "response" | "stream">();
    expectTypeOf<UnsafeIntegerError["path"]>().toEqualTypeOf<string>();
    expectTypeOf<UnsafeIntegerError["status"]>().toEqualTypeOf<number | undefined>();
  });
});
