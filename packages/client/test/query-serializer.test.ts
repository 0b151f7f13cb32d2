import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import { serializeQuery } from "../src/query-serializer.js";
import { SapiKitError } from "../src/sapi-kit-error.js";
import { UnsafeIntegerError } from "../src/unsafe-integer-error.js";

// Property tests: generous against a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const MAX = Number.MAX_SAFE_INTEGER;

/** Scalars a caller can pass: any well-formed Unicode text, safe integers, plain decimals, booleans. */
const scalar = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary-ascii" }),
  fc.integer({ min: -MAX, max: MAX }),
  fc.double({ min: 1e-6, max: 1e15, noNaN: true }),
  fc.boolean(),
);
const query = fc.dictionary(fc.string({ unit: "grapheme", minLength: 1 }), fc.option(scalar, { nil: undefined }));

describe("serializeQuery: what the server decodes", () => {
  test("decodes to exactly the values given, in insertion order, undefined left out", () => {
    fc.assert(
      fc.property(query, (params) => {
        const decoded = [...new URLSearchParams(serializeQuery(params))];
        const expected = Object.entries(params)
          .filter(([, value]) => value !== undefined)
          .map(([name, value]) => [name, String(value)]);
        expect(decoded).toEqual(expected);
      }),
    );
  });

  test("is already what goes on the wire: URL parsing changes nothing (so a signer signs the sent bytes)", () => {
    fc.assert(
      fc.property(query, (params) => {
        const serialized = serializeQuery(params);
        const sent = new Request(`https://api.binance.com/sapi/v1/margin/orderList?${serialized}`).url;
        expect(new URL(sent).search.slice(1)).toBe(serialized);
      }),
    );
  });

  test("percent-encodes space, plus, quote, CJK and emoji (never `+` for space)", () => {
    expect(serializeQuery({ listClientOrderId: "a b+c'd", symbol: "币安😀" })).toBe(
      "listClientOrderId=a%20b%2Bc%27d&symbol=%E5%B8%81%E5%AE%89%F0%9F%98%80",
    );
  });

  test("null is left out like undefined; booleans and bigints are sent as written", () => {
    expect(serializeQuery({ a: null, b: true, c: 2n ** 64n })).toBe("b=true&c=18446744073709551616");
  });
});

describe("serializeQuery: int64 policy (reject, never round)", () => {
  test("the safe range boundaries are sent exactly", () => {
    expect(serializeQuery({ orderListId: MAX, recvWindow: -MAX })).toBe(`orderListId=${MAX}&recvWindow=-${MAX}`);
  });

  test("any integer beyond ±(2^53-1) throws UnsafeIntegerError naming the parameter", () => {
    const unsafe = fc
      .tuple(fc.bigInt({ min: 2n ** 53n, max: 2n ** 80n }), fc.boolean())
      .map(([magnitude, negative]) => Number(negative ? -magnitude : magnitude));
    fc.assert(
      fc.property(unsafe, (orderListId) => {
        let thrown: unknown;
        try {
          serializeQuery({ symbol: "LTCBTC", orderListId });
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(UnsafeIntegerError);
        expect(thrown).toBeInstanceOf(SapiKitError);
        expect(thrown).toMatchObject({ source: "request", path: "orderListId", value: orderListId });
        expect((thrown as Error).message).toMatch(/^Query parameter "orderListId" = .* is beyond ±\(2\^53-1\): not sent\.$/);
      }),
    );
  });

  test("non-finite numbers are refused rather than sent as NaN/Infinity", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => serializeQuery({ recvWindow: value })).toThrow(`"recvWindow" would be sent as ${value}`);
      expect(() => serializeQuery({ recvWindow: value })).not.toThrow(UnsafeIntegerError);
      expect(() => serializeQuery({ recvWindow: value })).toThrow(expect.objectContaining({ code: "INVALID_QUERY_PARAMETER" }));
    }
  });

  test("tiny decimals that would print in exponent notation are refused", () => {
    expect(() => serializeQuery({ price: 1e-7 })).toThrow('"price" would be sent as 1e-7');
    expect(() => serializeQuery({ price: -2.5e-8 })).toThrow('"price" would be sent as -2.5e-8');
  });

  test("arrays, objects and other non-scalars are refused (Binance query parameters are scalars)", () => {
    expect(() => serializeQuery({ symbols: ["LTCBTC"] })).toThrow('"symbols" must be a scalar, not an array');
    expect(() => serializeQuery({ filter: { a: 1 } })).toThrow('"filter" must be a scalar, not object');
    expect(() => serializeQuery({ tag: Symbol("x") })).toThrow('"tag" must be a scalar, not symbol');
    expect(() => serializeQuery({ f: () => 1 })).toThrow('"f" must be a scalar, not function');
    // The scalars: strings, booleans, bigints (and finite numbers, above).
    expect(serializeQuery({ s: "x", b: false, i: 12345678901234567890n })).toBe("s=x&b=false&i=12345678901234567890");
    // One error family: SapiKitError, code INVALID_QUERY_PARAMETER (not a bare TypeError).
    expect(() => serializeQuery({ f: () => 1 })).toThrow(SapiKitError);
    expect(() => serializeQuery({ f: () => 1 })).toThrow(expect.objectContaining({ code: "INVALID_QUERY_PARAMETER" }));
  });
});
