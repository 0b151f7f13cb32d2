import { describe, expect, test } from "vitest";
import * as errorsEntry from "../src/errors.js";
import { ResponseUnreadableError, SapiKitError, UnsafeIntegerError } from "../src/index.js";

describe("one error family", () => {
  test("UnsafeIntegerError is a SapiKitError with a stable code", () => {
    const error = new UnsafeIntegerError({ source: "request", path: "orderListId", value: 2 ** 53 });
    expect(error).toBeInstanceOf(SapiKitError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "UnsafeIntegerError", code: "UNSAFE_INTEGER", path: "orderListId" });
  });

  test("ResponseUnreadableError carries the request identity, the outcome and a short reason", () => {
    const error = new ResponseUnreadableError({
      status: 200,
      method: "DELETE",
      path: "/sapi/v1/margin/orderList",
      outcome: "executed",
      reason: "empty body",
    });
    expect(error).toBeInstanceOf(SapiKitError);
    expect(error).toMatchObject({ name: "ResponseUnreadableError", code: "RESPONSE_UNREADABLE", status: 200, outcome: "executed" });
    expect(error.message).toBe(
      "DELETE /sapi/v1/margin/orderList: HTTP 200, response unreadable (empty body): executed, reconcile before any retry.",
    );
  });

  test("the @sapi-kit/client/errors entry exports the very same classes as the root", async () => {
    const root = await import("../src/index.js");
    expect(Object.keys(errorsEntry).sort()).toEqual(["RequestNotSentError", "ResponseUnreadableError", "SapiKitError", "UnsafeIntegerError"]);
    for (const [name, value] of Object.entries(errorsEntry)) expect(root[name as keyof typeof root]).toBe(value);
  });
});
