// The error family's public types: a ResponseUnreadableError's reason is a
// union a caller can switch on, each kind with its own data, and the same
// type from both entries.
import { describe, expectTypeOf, it } from "vitest";
import type { ResponseUnreadableReason as FromErrorsEntry } from "../src/errors.js";
import { type ResponseOutcome, ResponseUnreadableError, type ResponseUnreadableReason } from "../src/index.js";

describe("ResponseUnreadableError types", () => {
  it("carries the reason as a discriminated union, not a sentence", () => {
    expectTypeOf<ResponseUnreadableError["reason"]>().toEqualTypeOf<ResponseUnreadableReason>();
    expectTypeOf<ResponseUnreadableError["reason"]>().not.toEqualTypeOf<string>();
    expectTypeOf<ResponseUnreadableReason["kind"]>().toEqualTypeOf<
      "empty" | "not-json" | "not-object" | "missing-field" | "not-binance-error" | "not-received" | "redirect"
    >();
    expectTypeOf<ResponseUnreadableError["outcome"]>().toEqualTypeOf<ResponseOutcome>();
    expectTypeOf<FromErrorsEntry>().toEqualTypeOf<ResponseUnreadableReason>();
  });

  it("narrows by kind to what failed and where", () => {
    const describe = (reason: ResponseUnreadableReason): string => {
      switch (reason.kind) {
        case "missing-field":
          expectTypeOf(reason.field).toEqualTypeOf<string>();
          return reason.field;
        case "not-json":
          expectTypeOf(reason.contentType).toEqualTypeOf<string | undefined>();
          return reason.contentType ?? "";
        case "empty":
        case "not-object":
        case "not-binance-error":
        case "not-received":
        case "redirect":
          // @ts-expect-error only a missing field names a field
          return reason.field;
      }
    };
    expectTypeOf(describe).returns.toEqualTypeOf<string>();
  });

  it("is built from the same data", () => {
    new ResponseUnreadableError({ status: 200, method: "GET", path: "/p", outcome: "executed", reason: { kind: "missing-field", field: "orderId" } });
    // @ts-expect-error the reason is data now, no longer a sentence
    new ResponseUnreadableError({ status: 200, method: "GET", path: "/p", outcome: "executed", reason: "empty body" });
    // @ts-expect-error a missing field names the field
    new ResponseUnreadableError({ status: 200, method: "GET", path: "/p", outcome: "executed", reason: { kind: "missing-field" } });
  });
});
