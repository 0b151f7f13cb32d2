// Routing as a property: whatever mix of events, accounts and malformed
// frames the server sends, each event reaches the caller once, in order,
// as its own subscription's account's, and every malformed frame is reported
// in its place. The server is the stand-in (it sends what the test draws);
// tokens come from the sandbox.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StreamAccount } from "../../src/index.js";
import { type FakeWsApi, startFakeWsApi } from "../support/fake-ws-api.js";
import { type StreamSandbox, startStreamSandbox } from "../support/stream-sandbox.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

let env: StreamSandbox;
let server: FakeWsApi;
beforeAll(async () => {
  [env, server] = await Promise.all([startStreamSandbox(), startFakeWsApi()]);
});
afterAll(async () => {
  await env.close();
  await server.close();
});

const frame = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("event" as const), account: fc.nat({ max: 2 }), e: fc.constantFrom("executionReport", "listStatus", "balanceUpdate", "someFutureEvent"), n: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("malformed" as const), text: fc.constantFrom("{", "[]", '{"event":{"e":"x"}}', '{"subscriptionId":0,"event":{"e":"x","i":9007199254740993}}') }) },
);

describe("routing", () => {
  it("delivers every event once, in order, to its subscription's account; reports every malformed frame in its place", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(frame, { maxLength: 40 }), async (frames) => {
        const accounts: StreamAccount[] = [{ type: "cross" }, { type: "isolated", symbol: "BTCUSDT" }, { type: "isolated", symbol: "ETHUSDT" }];
        const { stream, seen } = env.open({ url: server.url, accounts });
        await seen.until("all subscribed", () => seen.of("subscribed").length === 3);
        const idOf = new Map(seen.of("subscribed").map((message) => [message.account, message.subscriptionId]));
        const from = seen.messages.length;
        for (const drawn of frames) {
          if (drawn.kind === "malformed") server.send(drawn.text);
          else server.send(JSON.stringify({ subscriptionId: idOf.get(accounts[drawn.account] as StreamAccount), event: { e: drawn.e, E: drawn.n, n: drawn.n } }));
        }
        // A last event marks the end of what was sent.
        server.send(JSON.stringify({ subscriptionId: idOf.get(accounts[0] as StreamAccount), event: { e: "balanceUpdate", E: -1 } }));
        await seen.until("the end marker", () => seen.messages.some((message) => message.type === "event" && message.event.E === -1));
        await stream.close();
        const received = seen.messages.slice(from).flatMap((message): object[] => {
          if (message.type === "malformed") return [{ kind: "malformed", text: message.frame }];
          if (message.type !== "event" || message.event.E === -1 || message.event.e === "eventStreamTerminated") return [];
          return [{ kind: "event", account: message.account, e: message.event.e, n: message.event.E, known: message.known }];
        });
        expect(received).toEqual(
          frames.map((drawn) =>
            drawn.kind === "event"
              ? { kind: "event", account: accounts[drawn.account], e: drawn.e, n: drawn.n, known: drawn.e !== "someFutureEvent" }
              : { kind: "malformed", text: drawn.text },
          ),
        );
      }),
      { numRuns: 25 },
    );
  });
});
