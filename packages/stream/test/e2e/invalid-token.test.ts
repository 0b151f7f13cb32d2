// Issue 20, Done when 5: a token the WebSocket API no longer accepts gets
// -1209, which the caller sees as a WsApiError (an "error" message naming
// the account); the stream then retries with a fresh token.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WsApiError } from "../../src/index.js";
import { expireNextToken, ISOLATED, startStreamSandbox, type StreamSandbox } from "../support/stream-sandbox.js";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });


let env: StreamSandbox;
beforeEach(async () => {
  env = await startStreamSandbox();
});
afterEach(async () => {
  await env.close();
});

describe("a rejected subscribe", () => {
  it("an expired token gets -1209 as a WsApiError the caller sees; a fresh token then subscribes", async () => {
    // Two minutes pass between the one-minute token's creation and its subscribe.
    const rule = expireNextToken(env.sandbox, 2 * 60_000);
    const { stream, seen } = env.open({ accounts: [ISOLATED], validityMs: 60_000, renewBeforeMs: 10_000 });
    await seen.until("subscribed after the rejection", () => seen.of("subscribed").length === 1);
    rule.remove();

    const [rejection] = seen.of("error");
    expect(seen.of("error")).toHaveLength(1);
    expect(rejection?.account).toBe(ISOLATED);
    expect(rejection?.error).toBeInstanceOf(WsApiError);
    expect(rejection?.error).toMatchObject({ code: "WS_API_ERROR", binanceCode: -1209, status: 400 });
    expect(seen.messages.indexOf(rejection as never)).toBeLessThan(seen.messages.indexOf(seen.of("subscribed")[0] as never));
    await stream.close();
    expect(seen.of("gap")).toEqual([]);
  });
});
