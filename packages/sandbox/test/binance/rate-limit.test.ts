import { describe, expect, it } from "vitest";
import { cancel, send } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

const MINUTE = 60_000;
const WINDOW_START = 1_700_000_040_000; // a multiple of 60 000: the start of a minute window

async function setup(limit: number) {
  let now = WINDOW_START + 15_000;
  const sandbox = await startTestSandbox({ now: () => now, rateLimit: { uidWeightPerMinute: limit } });
  const account = await sandbox.createAccount({ type: "hmac" });
  const cancelNew = () => {
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    return cancel(sandbox, account, { symbol: "LTCBTC", orderListId: list.orderListId });
  };
  const advance = (ms: number) => {
    now += ms;
  };
  return { sandbox, account, cancelNew, advance };
}

describe("UID request weight and limits", () => {
  it("reports the weight used this minute in X-SAPI-USED-UID-WEIGHT-1M (1 per cancel)", async () => {
    const { cancelNew, advance } = await setup(10);
    const used = [];
    for (let index = 0; index < 3; index++) used.push((await cancelNew()).headers.get("x-sapi-used-uid-weight-1m"));
    expect(used).toEqual(["1", "2", "3"]);
    advance(MINUTE);
    expect((await cancelNew()).headers.get("x-sapi-used-uid-weight-1m")).toBe("1");
  });

  it("answers 429 -1003 with Retry-After until the window ends, and never 418: /sapi does not ban", async () => {
    const { sandbox, cancelNew, advance } = await setup(2);
    await cancelNew();
    await cancelNew();

    const limited = await cancelNew();
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe(-1003);
    expect(limited.body.msg).toContain("current limit is 2 request weight per 1 MINUTE");
    expect(limited.headers.get("retry-after")).toBe("45");

    // Binance's /api vs /sapi table: on /sapi "always 429 — the 418 IP-ban escalation does not apply".
    for (let index = 0; index < 3; index++) {
      const again = await cancelNew();
      expect(again.status).toBe(429);
      expect(again.body.code).toBe(-1003);
      expect(again.headers.get("retry-after")).toBe("45");
    }

    // The next minute window admits requests again: no ban outlives the window.
    advance(MINUTE);
    expect((await cancelNew()).status).toBe(200);
    // Rejected requests cancelled nothing: only the 2 + 1 admitted cancels happened.
    expect(sandbox.orderLists().filter((list) => list.status === "CANCELED")).toHaveLength(3);
    expect(sandbox.orderLists().filter((list) => list.status === "OPEN")).toHaveLength(4);
  });

  it("a client that waits Retry-After after a 429 is not banned", async () => {
    const { cancelNew, advance } = await setup(1);
    await cancelNew();
    const limited = await cancelNew();
    expect(limited.status).toBe(429);
    advance(Number(limited.headers.get("retry-after")) * 1000);
    expect((await cancelNew()).status).toBe(200);
  });

  it("limits each UID separately", async () => {
    const { sandbox, cancelNew } = await setup(1);
    await cancelNew();
    expect((await cancelNew()).status).toBe(429);
    const other = await sandbox.createAccount({ type: "ed25519" });
    const list = sandbox.createOcoList(other.apiKey, { symbol: "LTCBTC" });
    expect((await cancel(sandbox, other, { symbol: "LTCBTC", orderListId: list.orderListId })).status).toBe(200);
  });
});

describe("GET /api/v3/time", () => {
  it("needs no API key and reports IP weight in X-MBX-USED-WEIGHT-1M", async () => {
    const sandbox = await startTestSandbox({ now: () => WINDOW_START });
    const first = await send(sandbox, "GET", "/api/v3/time");
    const second = await send(sandbox, "GET", "/api/v3/time");
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ serverTime: WINDOW_START });
    expect([first.headers.get("x-mbx-used-weight-1m"), second.headers.get("x-mbx-used-weight-1m")]).toEqual(["1", "2"]);
  });
});

describe("GET /api/v3/time is IP-limited (X-MBX-USED-WEIGHT-1M)", () => {
  it("answers 429 -1003 with Retry-After over the IP limit, then 418 when requests continue", async () => {
    const sandbox = await startTestSandbox({ now: () => WINDOW_START + 15_000, rateLimit: { ipWeightPerMinute: 2 } });
    const answers = [];
    for (let index = 0; index < 4; index++) answers.push(await send(sandbox, "GET", "/api/v3/time"));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 429, 418]);
    expect(answers.map((answer) => answer.headers.get("x-mbx-used-weight-1m"))).toEqual(["1", "2", "2", "2"]);
    expect(answers[2]?.body.code).toBe(-1003);
    expect(answers[2]?.headers.get("retry-after")).toBe("45");
    expect(answers[3]?.body.code).toBe(-1003);
    expect(Number(answers[3]?.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("defaults to Binance's 6000 per minute per IP", async () => {
    const sandbox = await startTestSandbox({ now: () => WINDOW_START });
    const { createIpRateLimiter } = await import("../../src/binance/rate-limiter.js");
    const limiter = createIpRateLimiter(() => WINDOW_START);
    for (let index = 1; index <= 6000; index++) expect(limiter.admit("127.0.0.1", 1)).toBe(index);
    expect(() => limiter.admit("127.0.0.1", 1)).toThrow(/current limit is 6000 request weight per 1 MINUTE/);
    expect((await send(sandbox, "GET", "/api/v3/time")).headers.get("x-mbx-used-weight-1m")).toBe("1");
  });
});
