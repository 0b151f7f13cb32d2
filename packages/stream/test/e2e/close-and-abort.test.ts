// Ending a stream: close(), the AbortSignal, or leaving the for await loop
// unsubscribes every subscription (the sandbox then ends each with
// eventStreamTerminated, which the caller does not see), closes the
// connection and ends the iteration.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createUserDataStream, type StreamAccount } from "../../src/node.js";
import { requestProblems } from "../support/async-api-requests.js";
import { type StreamSandbox, startStreamSandbox } from "../support/stream-sandbox.js";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const CROSS: StreamAccount = { type: "cross" };
const ISOLATED: StreamAccount = { type: "isolated", symbol: "ETHUSDT" };

let env: StreamSandbox;
beforeEach(async () => {
  env = await startStreamSandbox();
});
afterEach(async () => {
  await env.close();
});

/**
 * The request frames the sandbox's WebSocket API receives, seen through a
 * fault rule's predicate that never matches (the sandbox logs HTTP requests only).
 */
function watchFrames(): string[] {
  const frames: string[] = [];
  env.sandbox.faults.inject(
    { type: "drop-connection" },
    {
      times: Number.POSITIVE_INFINITY,
      match: {
        path: "/ws-api/v3",
        when: ({ body }) => {
          frames.push(body);
          return false;
        },
      },
    },
  );
  return frames;
}
const methods = (frames: string[]) => frames.map((frame) => JSON.parse(frame).method);

describe("closing", () => {
  it("close() unsubscribes both subscriptions, ends the iteration, and is idempotent", async () => {
    const frames = watchFrames();
    const { stream, seen } = env.open({ accounts: [CROSS, ISOLATED] });
    await seen.until("both subscribed", () => seen.of("subscribed").length === 2);
    await Promise.all([stream.close(), stream.close()]);
    await seen.finished;
    // The sandbox, as Binance, ends each subscription with eventStreamTerminated: the answer to the
    // caller's own close, which the stream keeps from the loop (README, "Decisions").
    expect(seen.of("event").filter((message) => message.event.e === "eventStreamTerminated")).toEqual([]);
    // One unsubscribe without a subscriptionId: every subscription of the connection.
    expect(methods(frames)).toEqual(["userDataStream.subscribe.listenToken", "userDataStream.subscribe.listenToken", "userDataStream.unsubscribe"]);
    expect(JSON.parse(frames[2] as string).params).toBeUndefined();
    // Each request is the envelope spec/asyncapi.yaml describes, ids distinct.
    expect(frames.flatMap(requestProblems)).toEqual([]);
    expect(requestProblems('{"id":9,"method":"userDataStream.subscribe.listenToken","params":{"listenToken":"t","extra":1}}')).toHaveLength(1);
    expect(new Set(frames.map((frame) => JSON.parse(frame).id)).size).toBe(3);
    await stream.close();
    expect(frames).toHaveLength(3);
  });

  it("aborting the signal does what close() does", async () => {
    const controller = new AbortController();
    const { seen } = env.open({ accounts: [CROSS], signal: controller.signal });
    await seen.until("subscribed", () => seen.of("subscribed").length === 1);
    controller.abort();
    await seen.finished;
    expect(seen.of("event")).toEqual([]);
  });

  it("an already aborted signal: no connection, no token, the iteration ends at once", async () => {
    const stream = createUserDataStream({ client: env.client, url: env.sandbox.streamUrl, signal: AbortSignal.abort() });
    const messages = [];
    for await (const message of stream) messages.push(message);
    expect(messages).toEqual([]);
    expect(env.sandbox.requests.filter((request) => request.path === "/sapi/v1/userListenToken")).toEqual([]);
  });

  it("leaving the for await loop (break) closes the stream", async () => {
    const frames = watchFrames();
    const stream = createUserDataStream({ client: env.client, url: env.sandbox.streamUrl, accounts: [CROSS] });
    for await (const message of stream) {
      expect(message.type).toBe("subscribed");
      break;
    }
    // The loop's exit awaited close(): the unsubscribe reached the server.
    expect(methods(frames)).toEqual(["userDataStream.subscribe.listenToken", "userDataStream.unsubscribe"]);
  });
});
