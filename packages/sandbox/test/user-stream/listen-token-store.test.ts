import { describe, expect, it } from "vitest";
import { createListenTokenStore, LISTEN_TOKEN_LENGTH } from "../../src/user-stream/listen-token-store.js";

function fakeClock(start: number) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

describe("listenToken store, on the sandbox clock", () => {
  it("issues a new token per call that expires validity ms after creation, by the clock alone", () => {
    const clock = fakeClock(1_700_000_000_000);
    const store = createListenTokenStore(clock.now);
    const cross = store.create("key-a", { isIsolated: false }, 60_000);
    expect(cross).toMatchObject({ apiKey: "key-a", account: { isIsolated: false }, expirationTime: 1_700_000_060_000 });
    expect(cross.token).toMatch(new RegExp(`^[A-Za-z0-9]{${LISTEN_TOKEN_LENGTH}}$`));

    clock.advance(59_999);
    expect(store.find(cross.token)).toBe(cross);
    clock.advance(1);
    expect(store.find(cross.token)).toBeUndefined();
  });

  it("keeps an earlier token valid when a newer one is created (a renewal does not cut the stream)", () => {
    const clock = fakeClock(0);
    const store = createListenTokenStore(clock.now);
    const first = store.create("key-a", { isIsolated: true, symbol: "BTCUSDT" }, 10_000);
    clock.advance(5_000);
    const second = store.create("key-a", { isIsolated: true, symbol: "BTCUSDT" }, 10_000);
    expect(second.token).not.toBe(first.token);
    expect(store.find(first.token)?.account).toEqual({ isIsolated: true, symbol: "BTCUSDT" });
    clock.advance(5_000);
    expect(store.find(first.token)).toBeUndefined();
    expect(store.find(second.token)).toBe(second);
  });

  it("runs 72 hours of hourly renewals in no time and knows no token it did not issue", () => {
    const clock = fakeClock(0);
    const store = createListenTokenStore(clock.now);
    let current = store.create("key-a", { isIsolated: false }, 3_600_000);
    for (let hour = 1; hour <= 72; hour++) {
      clock.advance(3_599_000);
      const next = store.create("key-a", { isIsolated: false }, 3_600_000);
      clock.advance(1_000);
      expect(store.find(current.token), `hour ${hour}`).toBeUndefined();
      expect(store.find(next.token), `hour ${hour}`).toBe(next);
      current = next;
    }
    expect(store.find("not-a-token")).toBeUndefined();
  });
});
