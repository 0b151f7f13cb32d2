import { describe, expect, it } from "vitest";
import { send, signed } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

const OCO_PATH = "/sapi/v1/margin/order/oco";
const OPEN_PATH = "/sapi/v1/margin/openOrderList";
const ALL_PATH = "/sapi/v1/margin/allOrderList";
const SELL_OCO = { symbol: "BTCUSDT", side: "SELL", quantity: "0.01", price: "61000", stopPrice: "59000" };
const WINDOW_START = 1_700_000_040_000; // the start of a minute window

async function setup(rateLimit: { uidWeightPerMinute?: number; sapiIpWeightPerMinute?: number }) {
  let now = WINDOW_START + 15_000;
  const sandbox = await startTestSandbox({ now: () => now, rateLimit });
  const account = await sandbox.createAccount({ type: "hmac" });
  return { sandbox, account, advance: (ms: number) => (now += ms) };
}

describe("request weight per type: UID vs IP (the spec's x-weight)", () => {
  it("charges placements to the UID counter and queries to the IP counter, each in its own header", async () => {
    const { sandbox, account } = await setup({});
    const placed = await signed(sandbox, account, "POST", OCO_PATH, SELL_OCO);
    expect(placed.status).toBe(200);
    expect(placed.headers.get("x-sapi-used-uid-weight-1m")).toBe("6");
    expect(placed.headers.get("x-sapi-used-ip-weight-1m")).toBeNull();
    const open = await signed(sandbox, account, "GET", OPEN_PATH, {});
    expect(open.headers.get("x-sapi-used-ip-weight-1m")).toBe("10");
    expect(open.headers.get("x-sapi-used-uid-weight-1m")).toBeNull();
    const all = await signed(sandbox, account, "GET", ALL_PATH, {});
    // Binance counts each IP-weighed /sapi endpoint on its own.
    expect(all.headers.get("x-sapi-used-ip-weight-1m")).toBe("200");
    expect((await signed(sandbox, account, "GET", OPEN_PATH, {})).headers.get("x-sapi-used-ip-weight-1m")).toBe("20");
  });

  it("reports the IP counter on a rejected query too (the header the spec declares for its 400)", async () => {
    const { sandbox, account } = await setup({});
    const rejected = await signed(sandbox, account, "GET", OPEN_PATH, { isIsolated: "TRUE" });
    expect(rejected.status).toBe(400);
    expect(rejected.headers.get("x-sapi-used-ip-weight-1m")).toBe("10");
    expect(rejected.headers.get("x-sapi-used-uid-weight-1m")).toBeNull();
  });

  it("charges 1500 (UID) for a placement that borrows (sideEffectType MARGIN_BUY / AUTO_BORROW_REPAY)", async () => {
    const { sandbox, account } = await setup({});
    const borrow = await signed(sandbox, account, "POST", OCO_PATH, { ...SELL_OCO, sideEffectType: "MARGIN_BUY" });
    expect(borrow.status).toBe(200);
    expect(borrow.headers.get("x-sapi-used-uid-weight-1m")).toBe("1500");
    const repay = await signed(sandbox, account, "POST", OCO_PATH, { ...SELL_OCO, sideEffectType: "AUTO_REPAY" });
    expect(repay.headers.get("x-sapi-used-uid-weight-1m")).toBe("1506");
  });

  it("answers 429 (never 418) over the /sapi IP limit, and the UID counter is unaffected", async () => {
    const { sandbox, account, advance } = await setup({ sapiIpWeightPerMinute: 25 });
    expect((await signed(sandbox, account, "GET", OPEN_PATH, {})).status).toBe(200);
    expect((await signed(sandbox, account, "GET", OPEN_PATH, {})).status).toBe(200);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const over = await signed(sandbox, account, "GET", OPEN_PATH, {});
      expect(over.status).toBe(429);
      expect(over.body.code).toBe(-1003);
      expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect((await signed(sandbox, account, "POST", OCO_PATH, SELL_OCO)).status).toBe(200);
    advance(60_000);
    expect((await signed(sandbox, account, "GET", OPEN_PATH, {})).headers.get("x-sapi-used-ip-weight-1m")).toBe("10");
  });

  it("answers 429 over the UID limit without touching the IP counter", async () => {
    const { sandbox, account } = await setup({ uidWeightPerMinute: 10 });
    expect((await signed(sandbox, account, "POST", OCO_PATH, SELL_OCO)).status).toBe(200);
    const over = await signed(sandbox, account, "POST", OCO_PATH, { ...SELL_OCO, price: "62000" });
    expect(over.status).toBe(429);
    expect(sandbox.orderLists()).toHaveLength(1);
    expect((await signed(sandbox, account, "GET", OPEN_PATH, {})).status).toBe(200);
  });

  it("keeps /api/v3/time on its own /api IP counter (X-MBX-USED-WEIGHT-1M)", async () => {
    const { sandbox, account } = await setup({});
    await signed(sandbox, account, "GET", OPEN_PATH, {});
    const time = await send(sandbox, "GET", "/api/v3/time");
    expect(time.headers.get("x-mbx-used-weight-1m")).toBe("1");
    expect(time.headers.get("x-sapi-used-ip-weight-1m")).toBeNull();
  });
});
