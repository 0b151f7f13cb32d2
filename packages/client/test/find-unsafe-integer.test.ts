import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import { findUnsafeInteger } from "../src/find-unsafe-integer.js";

// Property tests: generous against a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** Independent oracle: does any number anywhere in the JSON value exceed the safe range? */
function containsUnsafeNumber(value: unknown): boolean {
  let found = false;
  JSON.stringify(value, (_key, inner) => {
    if (typeof inner === "number" && Math.abs(inner) > Number.MAX_SAFE_INTEGER) found = true;
    return inner;
  });
  return found;
}

const segment = fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }), fc.nat({ max: 4 }));

/** Builds `{a: [.., {b: value}]}` along the path; other slots hold safe filler. */
function nest(path: (string | number)[], leaf: unknown): unknown {
  return path.reduceRight<unknown>((inner, key) => {
    if (typeof key === "number") return [...Array.from({ length: key }, (_, i) => ({ filler: i })), inner];
    return { before: 1, [key]: inner };
  }, leaf);
}

/** Independent oracle for the reported path: `.key` per key, `[i]` per index, as after the body in JavaScript. */
const jsPath = (segments: (string | number)[]): string =>
  segments.map((segment) => (typeof segment === "number" ? `[${segment}]` : `.${segment}`)).join("");

describe("findUnsafeInteger (response-side int64 guard)", () => {
  test("flags exactly the JSON values that hold a number beyond ±(2^53-1)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(findUnsafeInteger(value) !== undefined).toBe(containsUnsafeNumber(value));
      }),
    );
  });

  test("reports the path and value of an unsafe integer wherever it sits", () => {
    const unsafe = fc.bigInt({ min: 2n ** 53n + 1n, max: 2n ** 70n }).map((n) => Number(n));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), unsafe, (path, value) => {
        // "before" is a key nest() uses for filler; a path through it would be ambiguous.
        fc.pre(!path.includes("before"));
        expect(findUnsafeInteger(nest(path, value))).toEqual({ path: jsPath(path), value });
      }),
    );
  });

  test("catches what JSON.parse rounded in a seed-shaped body, leaves clean bodies alone", () => {
    const rounded = JSON.parse(
      '{"orderListId":0,"orderReports":[{"orderId":2},{"orderId":12345678901234567890,"price":"3.00000000"}]}',
    );
    expect(findUnsafeInteger(rounded)).toEqual({ path: ".orderReports[1].orderId", value: 12345678901234567000 });
    expect(findUnsafeInteger(JSON.parse('{"orderListId":9007199254740991,"id":"12345678901234567890"}'))).toBeUndefined();
    expect(findUnsafeInteger(JSON.parse("9007199254740993"))).toEqual({ path: "", value: 9007199254740992 });
  });

  test("does not enter non-JSON objects (Blob, class instances) that parseAs may return", () => {
    class Holder {
      big = 2 ** 60;
    }
    expect(findUnsafeInteger(new Holder())).toBeUndefined();
    expect(findUnsafeInteger(new Blob(["12345678901234567890"]))).toBeUndefined();
    expect(findUnsafeInteger(Object.assign(Object.create(null), { big: 2 ** 60 }))).toEqual({ path: ".big", value: 2 ** 60 });
  });
});

describe("the reported path", () => {
  test("reads like JavaScript property access after the body", () => {
    expect(findUnsafeInteger({ orderReports: [{ orderId: 1 }, { orderId: 2 ** 60 }] })?.path).toBe(".orderReports[1].orderId");
    expect(findUnsafeInteger([{ orders: [0, 1, 2 ** 60] }])?.path).toBe("[0].orders[2]");
    expect(findUnsafeInteger([[2 ** 60]])?.path).toBe("[0][0]");
    expect(findUnsafeInteger(2 ** 60)?.path).toBe("");
  });
});
