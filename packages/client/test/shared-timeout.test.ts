// The one timer a client's direct calls share (shared-timeout.ts): each
// exchange still times out `ms` after it started, never one that ended, and
// the timer holds no process open. Fake timers and a fake monotonic clock.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SharedTimeout } from "../src/shared-timeout.js";

/** The fake monotonic clock, in ms. */
const clockMs = () => {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "hrtime"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("SharedTimeout", () => {
  it("times each exchange out ms after it started, oldest first", () => {
    const timeout = new SharedTimeout(1_000);
    const expired: string[] = [];
    timeout.start(() => expired.push("a"));
    vi.advanceTimersByTime(300);
    timeout.start(() => expired.push("b"));
    vi.advanceTimersByTime(699);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(["a"]);
    vi.advanceTimersByTime(299);
    expect(expired).toEqual(["a"]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(["a", "b"]);
  });

  it("never times out an exchange that ended, first or not, and still times out the ones after it", () => {
    const timeout = new SharedTimeout(1_000);
    const expired: string[] = [];
    const a = timeout.start(() => expired.push("a"));
    vi.advanceTimersByTime(100);
    const b = timeout.start(() => expired.push("b"));
    vi.advanceTimersByTime(100);
    timeout.start(() => expired.push("c"));
    timeout.end(b);
    timeout.end(a);
    vi.advanceTimersByTime(10_000);
    expect(expired).toEqual(["c"]);
  });

  it("one timer for a run of calls one after another, and the timer holds no process open", () => {
    const timeout = new SharedTimeout(15_000);
    const timers = vi.spyOn(globalThis, "setTimeout");
    for (let call = 0; call < 100; call++) {
      const waiting = timeout.start(() => {
        throw new Error("timed out");
      });
      vi.advanceTimersByTime(10);
      timeout.end(waiting);
    }
    expect(timers).toHaveBeenCalledTimes(1);
    const armed = timers.mock.results[0]?.value as NodeJS.Timeout;
    expect(armed.hasRef()).toBe(false);
    // When it fires with nothing running it is not armed again; the next exchange arms it anew and times out.
    vi.advanceTimersByTime(15_000);
    expect(vi.getTimerCount()).toBe(0);
    const expired: string[] = [];
    timeout.start(() => expired.push("late"));
    vi.advanceTimersByTime(15_000);
    expect(expired).toEqual(["late"]);
  });

  it("an exchange started while the timer waits for an earlier one gets its full time", () => {
    const timeout = new SharedTimeout(1_000);
    const first = timeout.start(() => {});
    vi.advanceTimersByTime(900);
    timeout.end(first);
    const expired: number[] = [];
    timeout.start(() => expired.push(clockMs()));
    const started = clockMs();
    vi.advanceTimersByTime(2_000);
    expect(expired).toEqual([started + 1_000]);
  });
});
