// The fast yes/no check every frame goes through must agree with the
// client's findUnsafeInteger (which also finds the path) on any parsed JSON:
// a frame it passes is delivered, so a miss would deliver a rounded id.
import { findUnsafeInteger } from "@sapi-kit/client";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdsUnsafeNumber } from "../../src/holds-unsafe-number.js";

/** JSON number texts of every form: integers of 1 to 30 digits, fractions, exponents, both signs. */
const numberText = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant("0"), fc.tuple(fc.integer({ min: 1, max: 9 }), fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 29 })).map(([first, rest]) => `${first}${rest}`)),
    fc.option(fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 20 }), { nil: undefined }),
    fc.option(fc.tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), fc.integer({ min: 0, max: 400 })), { nil: undefined }),
  )
  .map(([negative, integer, fraction, exponent]) => `${negative ? "-" : ""}${integer}${fraction === undefined ? "" : `.${fraction}`}${exponent ? exponent.join("") : ""}`);

/** JSON texts with such numbers anywhere: in objects, arrays, beside strings and other values. */
const { text } = fc.letrec<{ text: string; leaf: string; array: string; object: string }>((tie) => ({
  text: fc.oneof({ depthSize: "small", withCrossShrink: true }, tie("leaf"), tie("array"), tie("object")),
  leaf: fc.oneof(numberText, fc.jsonValue({ maxDepth: 0 }).map((value) => JSON.stringify(value))),
  array: fc.array(tie("text"), { maxLength: 5 }).map((items) => `[${items.join(",")}]`),
  object: fc.array(fc.tuple(fc.string(), tie("text")), { maxLength: 5 }).map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(",")}}`),
}));

describe("holdsUnsafeNumber", () => {
  it("says yes exactly when findUnsafeInteger finds a number beyond ±(2^53-1), for any JSON text", () => {
    fc.assert(
      fc.property(text, (json) => {
        const value = JSON.parse(json) as unknown;
        if (typeof value !== "object" || value === null) return;
        expect(holdsUnsafeNumber(value)).toBe(findUnsafeInteger(value) !== undefined);
      }),
      { numRuns: 5000 },
    );
  });

  it("finds one at any depth, and only beyond the bound", () => {
    expect(holdsUnsafeNumber(JSON.parse('{"event":{"O":[{"i":1},{"i":9007199254740993}]}}'))).toBe(true);
    expect(holdsUnsafeNumber(JSON.parse('[[["x"],[-1e300]]]'))).toBe(true);
    expect(holdsUnsafeNumber(JSON.parse('{"event":{"O":[{"i":9007199254740991},{"i":-9007199254740991}]},"n":null,"b":true}'))).toBe(false);
  });

  it("the generated texts do hold unsafe numbers often enough to test the yes side", () => {
    const sample = fc.sample(text.filter((json) => json.startsWith("{") || json.startsWith("[")), { numRuns: 2000, seed: 20 });
    const yes = sample.filter((json) => findUnsafeInteger(JSON.parse(json)) !== undefined).length;
    expect(yes).toBeGreaterThan(100);
    expect(sample.length - yes).toBeGreaterThan(100);
  });
});
