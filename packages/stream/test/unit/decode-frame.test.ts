// The frame decoder: every text is classified, nothing throws, an integer
// beyond 2^53 is always refused, and each WebSocket API message shape is read.
import { UnsafeIntegerError } from "@sapi-kit/client/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFrame } from "../../src/decode-frame.js";
import { MalformedFrameError } from "../../src/stream-errors.js";

const jsonValue = fc.jsonValue();
const eventFrame = fc.record({
  subscriptionId: fc.nat({ max: 65_535 }),
  event: fc.record({ e: fc.string({ minLength: 1 }), E: fc.nat() }),
});

describe("decodeFrame", () => {
  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), jsonValue.map((value) => JSON.stringify(value))), (text) => {
        expect(["result", "failure", "event", "shutdown", "malformed"]).toContain(decodeFrame(text).kind);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads every well-formed event frame as that event of that subscription", () => {
    fc.assert(
      fc.property(eventFrame, (frame) => {
        const decoded = decodeFrame(JSON.stringify(frame));
        if (frame.event.e === "serverShutdown") return; // never sent with a subscription id; covered below
        expect(decoded).toEqual({ kind: "event", subscriptionId: frame.subscriptionId, event: frame.event });
      }),
    );
  });

  it("refuses any frame holding an integer beyond ±(2^53-1), wherever it is, with the client's UnsafeIntegerError", () => {
    // Integers as JSON text: JSON.parse rounds every one of them beyond 2^53.
    const beyond = fc.bigInt({ min: 2n ** 53n, max: 2n ** 100n });
    const unsafe = fc.oneof(beyond, beyond.map((value) => -value));
    fc.assert(
      fc.property(eventFrame, unsafe, fc.constantFrom("i", "g", "T"), (frame, value, field) => {
        const text = JSON.stringify({ ...frame, event: { ...frame.event, [field]: 0 } }).replace(`"${field}":0`, `"${field}":${value}`);
        const decoded = decodeFrame(text);
        expect(decoded.kind).toBe("malformed");
        if (decoded.kind !== "malformed") return;
        expect(decoded.error).toBeInstanceOf(UnsafeIntegerError);
        expect(decoded.error).toMatchObject({ source: "stream", path: `event.${field}` });
      }),
    );
  });

  it("reads answers: a result, an error (code and message), and keeps their id", () => {
    expect(decodeFrame('{"id":3,"status":200,"result":{"subscriptionId":0,"expirationTime":1749094553955907}}')).toEqual({
      kind: "result",
      id: 3,
      result: { subscriptionId: 0, expirationTime: 1749094553955907 },
    });
    expect(decodeFrame('{"id":"a","status":400,"error":{"code":-1209,"msg":"Invalid listenToken."}}')).toEqual({
      kind: "failure",
      id: "a",
      status: 400,
      code: -1209,
      msg: "Invalid listenToken.",
    });
    const noBody = decodeFrame('{"id":4,"status":200}');
    expect(noBody).toMatchObject({ kind: "malformed", id: 4 });
  });

  it("reads the shutdown notice, which has no subscription id", () => {
    expect(decodeFrame('{"event":{"e":"serverShutdown","E":1}}')).toEqual({ kind: "shutdown" });
  });

  it.each([
    ["not JSON", "{"],
    ["an array", "[]"],
    ["null", "null"],
    ["an event without a type", '{"subscriptionId":0,"event":{"E":1}}'],
    ["an event without a subscription", '{"event":{"e":"listStatus"}}'],
    ["a fractional subscription id", '{"subscriptionId":0.5,"event":{"e":"listStatus"}}'],
    ["an answer with a text status", '{"id":1,"status":"200","result":{}}'],
  ])("reports %s as malformed", (_, text) => {
    const decoded = decodeFrame(text);
    expect(decoded.kind).toBe("malformed");
    if (decoded.kind === "malformed") expect(decoded.error).toBeInstanceOf(MalformedFrameError);
  });
});
