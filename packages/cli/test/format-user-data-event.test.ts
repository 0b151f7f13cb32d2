// The watch's event lines, in both languages: pure functions over the
// generated event types, fed events shaped as Binance (and the sandbox) send them.
import type { UserDataEvent, UserDataEventMap } from "@sapi-kit/client";
import { describe, expect, it } from "vitest";
import { formatUserDataEvent, plainDecimal, SHOWN_JSON_LENGTH } from "../src/output/format-user-data-event.js";
import { englishWords } from "./support/english-words.js";

type ExecutionReport = UserDataEventMap["executionReport"];

/** A LIMIT_MAKER SELL leg of OCO list 1, as the sandbox reports it when placed. */
function report(fields: Partial<ExecutionReport>): ExecutionReport {
  return {
    e: "executionReport", E: 1796642094092, s: "BTCUSDT", c: "leg-3", S: "SELL", o: "LIMIT_MAKER", f: "GTC",
    q: "0.01000000", p: "61000.00000000", P: "0.00000000", F: "0.00000000", g: 1, C: "", x: "NEW", X: "NEW", r: "NONE",
    i: 3, l: "0.00000000", z: "0.00000000", L: "0.00000000", n: "0", N: null, T: 1796642094092, t: -1, I: 1, w: true,
    m: false, M: false, O: 1796642094092, Z: "0.00000000", Y: "0.00000000", Q: "0.00000000", V: "EXPIRE_MAKER",
    ...fields,
  };
}

const filled = report({ x: "TRADE", X: "FILLED", l: "0.01000000", z: "0.01000000", L: "61000.00000000", t: 1, N: "USDT" });
const expired = report({ i: 2, o: "STOP_LOSS_LIMIT", p: "58900.00000000", P: "59000.00000000", x: "EXPIRED", X: "EXPIRED", eR: "OCO_TRIGGER" });
const partial = report({ x: "TRADE", X: "PARTIALLY_FILLED", l: "0.00400000", z: "0.00400000", L: "61000.00000000" });
const canceledAfterPart = report({ g: -1, o: "LIMIT", x: "CANCELED", X: "CANCELED", z: "0.00400000", C: "my-order", c: "cancel-1" });
const pending = report({ i: 4, X: "PENDING_NEW", p: "62000.00000000" });
const prevented = report({ x: "TRADE_PREVENTION", X: "EXPIRED", eR: "NONE" });
const listStatus: UserDataEventMap["listStatus"] = {
  e: "listStatus", E: 1796642094092, s: "BTCUSDT", g: 1, c: "OCO", l: "ALL_DONE", L: "ALL_DONE", r: "NONE", C: "my-oco",
  T: 1796642094092, O: [{ s: "BTCUSDT", i: 2, c: "a" }, { s: "BTCUSDT", i: 3, c: "b" }],
};
const position: UserDataEvent = { e: "outboundAccountPosition", E: 1, u: 1, B: [{ a: "BTC", f: "1.50000000", l: "0.00000000" }, { a: "USDT", f: "100.00000000", l: "610.00000000" }] };
const balanceUpdate: UserDataEvent = { e: "balanceUpdate", E: 1, a: "BTC", d: "-0.50000000", T: 1 };
const terminated: UserDataEvent = { e: "eventStreamTerminated", E: 1 };
const unknown: UserDataEvent = { e: "externalLockUpdate", E: 1, a: "BTC", d: "1.00000000" };

describe("formatUserDataEvent, en", () => {
  it.each<[string, UserDataEvent, string]>([
    ["a leg filled whole", filled, "BTCUSDT leg #3 LIMIT_MAKER SELL 0.01 FILLED at 61000; list 1"],
    ["its partner expired, with the reason", expired, "BTCUSDT leg #2 STOP_LOSS_LIMIT SELL 0.01 @ 58900 stop 59000 EXPIRED (OCO_TRIGGER); list 1"],
    ["a part filled", partial, "BTCUSDT leg #3 LIMIT_MAKER SELL 0.01 PARTIALLY_FILLED 0.004 at 61000 (executed 0.004); list 1"],
    ["a standalone order cancelled after a part filled", canceledAfterPart, "BTCUSDT order #3 LIMIT SELL 0.01 @ 61000 CANCELED (executed 0.004)"],
    ["a pending order of an OTOCO", pending, "BTCUSDT leg #4 LIMIT_MAKER SELL 0.01 @ 62000 PENDING_NEW; list 1"],
    ["an execution type that says more than the status", prevented, "BTCUSDT leg #3 LIMIT_MAKER SELL 0.01 @ 61000 EXPIRED (TRADE_PREVENTION); list 1"],
    ["a list", listStatus, "BTCUSDT list 1 OCO ALL_DONE (ALL_DONE, my-oco)"],
    ["balances", position, "balances: BTC 1.5 free, 0 locked; USDT 100 free, 610 locked"],
    ["a balance update", balanceUpdate, "balance of BTC changed by -0.5"],
    ["the end of a subscription", terminated, "eventStreamTerminated: the subscription ended (its token expired, or it was unsubscribed)"],
    ["an event type the spec does not list, as it came", unknown, 'event externalLockUpdate: {"e":"externalLockUpdate","E":1,"a":"BTC","d":"1.00000000"}'],
  ])("%s", (_, event, line) => {
    expect(formatUserDataEvent(event, "en")).toBe(line);
  });

  it("a listed type without the fields its line needs is shown as it came, not thrown", () => {
    const broken = { e: "executionReport", E: 1, s: "BTCUSDT" } as unknown as UserDataEvent;
    expect(formatUserDataEvent(broken, "en")).toBe('event executionReport: {"e":"executionReport","E":1,"s":"BTCUSDT"}');
  });

  it("a long unknown event is cut short, and says so", () => {
    const long: UserDataEvent = { e: "somethingNew", E: 1, blob: "x".repeat(500) };
    const line = formatUserDataEvent(long, "en");
    expect(line).toBe(`event somethingNew: ${JSON.stringify(long).slice(0, SHOWN_JSON_LENGTH)}…`);
  });
});

describe("formatUserDataEvent, zh-CN", () => {
  it.each<[string, UserDataEvent, string]>([
    ["a leg filled whole", filled, "BTCUSDT 列表订单 #3 LIMIT_MAKER SELL 0.01 FILLED，成交价 61000；订单列表 1"],
    ["its partner expired", expired, "BTCUSDT 列表订单 #2 STOP_LOSS_LIMIT SELL 0.01 @ 58900 触发价 59000 EXPIRED（OCO_TRIGGER）；订单列表 1"],
    ["a part filled", partial, "BTCUSDT 列表订单 #3 LIMIT_MAKER SELL 0.01 PARTIALLY_FILLED，本次成交 0.004，成交价 61000（累计成交 0.004）；订单列表 1"],
    ["a standalone order cancelled", canceledAfterPart, "BTCUSDT 订单 #3 LIMIT SELL 0.01 @ 61000 CANCELED（累计成交 0.004）"],
    ["a list", listStatus, "BTCUSDT 订单列表 1 OCO ALL_DONE（ALL_DONE，my-oco）"],
    ["balances", position, "余额：BTC 可用 1.5，冻结 0；USDT 可用 100，冻结 610"],
    ["a balance update", balanceUpdate, "BTC 余额变动 -0.5"],
    ["the end of a subscription", terminated, "eventStreamTerminated：订阅已结束（令牌过期，或已取消订阅）"],
    ["an unknown event", unknown, '事件 externalLockUpdate：{"e":"externalLockUpdate","E":1,"a":"BTC","d":"1.00000000"}'],
  ])("%s", (_, event, line) => {
    expect(formatUserDataEvent(event, "zh-CN")).toBe(line);
  });

  it("no English is left in any line but the event's own values (statuses, types, symbols)", () => {
    for (const event of [filled, expired, partial, canceledAfterPart, pending, prevented, listStatus, position, balanceUpdate, terminated]) {
      const own = Object.values(event).filter((value): value is string => typeof value === "string");
      const line = own.reduce((rest, value) => rest.replaceAll(value, " "), formatUserDataEvent(event, "zh-CN"));
      expect(englishWords(line.replace(/\b(?:BTC|USDT)\b/g, " "))).toEqual([]);
    }
  });
});

describe("plainDecimal", () => {
  it.each([
    ["61000.00000000", "61000"],
    ["0.01000000", "0.01"],
    ["0.00000000", "0"],
    ["-0.50000000", "-0.5"],
    ["-0.00000000", "0"],
    ["12", "12"],
    ["1e-7", "1e-7"],
  ])("%s reads %s", (text, plain) => {
    expect(plainDecimal(text)).toBe(plain);
  });
});
