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

  test("UnsafeIntegerError takes a stream frame's field (source \"stream\", no HTTP status: a frame has none)", () => {
    const error = new UnsafeIntegerError({ source: "stream", path: "event.i", value: 2 ** 60 });
    expect(error).toMatchObject({ source: "stream", path: "event.i", value: 2 ** 60, status: undefined, code: "UNSAFE_INTEGER" });
  });

  test("ResponseUnreadableError carries the request identity, the outcome and the reason as data", () => {
    const error = new ResponseUnreadableError({
      status: 200,
      method: "DELETE",
      path: "/sapi/v1/margin/orderList",
      outcome: "executed",
      reason: { kind: "empty" },
    });
    expect(error).toBeInstanceOf(SapiKitError);
    expect(error).toMatchObject({ name: "ResponseUnreadableError", code: "RESPONSE_UNREADABLE", status: 200, outcome: "executed" });
    expect(error.reason).toEqual({ kind: "empty" });
    expect(error.message).toBe("DELETE /sapi/v1/margin/orderList: HTTP 200, response unreadable (empty): executed, reconcile before any retry.");
  });

  test.each([
    [{ kind: "missing-field", field: "orderReports" }, 200, "(missing-field: orderReports): executed, reconcile before any retry."],
    [{ kind: "not-json", contentType: "text/html; charset=utf-8" }, 403, "(not-json: text/html; charset=utf-8): not executed."],
    [{ kind: "not-json" }, 502, "(not-json): unknown, reconcile before any retry."],
    [{ kind: "redirect" }, 302, "(redirect): not executed."],
  ] as const)("the message names the reason's kind and where it failed: %j", (reason, status, ending) => {
    const outcome = status < 300 ? "executed" : status < 500 ? "rejected" : "unknown";
    const error = new ResponseUnreadableError({ status, method: "GET", path: "/p", outcome, reason });
    expect(error.message).toBe(`GET /p: HTTP ${status}, response unreadable ${ending}`);
  });

  test("the @sapi-kit/client/errors entry exports the very same classes as the root", async () => {
    const root = await import("../src/index.js");
    expect(Object.keys(errorsEntry).sort()).toEqual(["RequestNotSentError", "ResponseUnreadableError", "SapiKitError", "UnsafeIntegerError"]);
    for (const [name, value] of Object.entries(errorsEntry)) expect(root[name as keyof typeof root]).toBe(value);
  });
});
