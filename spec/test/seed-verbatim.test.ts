// Which texts of the spec are Binance's own words, copied from the seed
// (spec/seed/margin-account-cancel-oco.md, the repository's copy of Binance's
// page): each one is listed here, must occur in the seed byte for byte, and
// must occur in the spec field named next to it. Everything else in the spec
// is our own text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SEED_PATH } from "./support/seed.js";
import { at, type Json, readSourceSpec } from "./support/spec-document.js";

const seedText = readFileSync(SEED_PATH, "utf8");
const spec: Json = readSourceSpec();

const OPERATION = ["paths", "/sapi/v1/margin/orderList", "delete"];
const PARAMETERS = ["components", "parameters"];
const RESPONSE = ["components", "schemas", "MarginCancelOcoResponse", "properties"];

/** [spec location, field, text copied verbatim from the seed] */
const VERBATIM: [(string | number)[], string, string][] = [
  [OPERATION, "summary", "Margin Account Cancel OCO (TRADE)"],
  [OPERATION, "x-summary-zh-CN", "取消杠杆账户 OCO 订单(TRADE)"],
  [OPERATION, "description", "Cancel an entire Order List for a margin account."],
  [OPERATION, "description", "Canceling an individual leg will cancel the entire OCO"],
  [OPERATION, "x-description-zh-CN", "取消杠杆账户订单列表。"],
  [OPERATION, "x-description-zh-CN", "其他注意点:"],
  [OPERATION, "x-description-zh-CN", "取消单个 leg 将取消整个 OCO 订单。"],
  [[...PARAMETERS, "isIsolated"], "x-description-zh-CN", '是否逐仓杠杆，"TRUE", "FALSE", 默认 "FALSE"'],
  [[...PARAMETERS, "orderListId"], "x-description-zh-CN", "`orderListId` 或 `listClientOrderId` 必须被提供"],
  [[...PARAMETERS, "listClientOrderId"], "x-description-zh-CN", "`orderListId` 或 `listClientOrderId` 必须被提供"],
  [[...PARAMETERS, "newClientOrderId"], "x-description-zh-CN", "用户自定义的本次撤销操作的ID(注意不是被撤销的订单的自定义ID)。如无指定会自动赋值。"],
  [[...PARAMETERS, "recvWindow"], "x-description-zh-CN", "不能大于 `60000`"],
  [[...PARAMETERS, "recvWindow"], "description", "The value cannot be greater than `60000`"],
  [[...RESPONSE, "isIsolated"], "x-description-zh-CN", "是否是逐仓symbol交易"],
];

describe("texts copied verbatim from the seed", () => {
  it.each(VERBATIM.map(([path, field, text]) => [text, [...path, field].join("/"), path, field] as const))(
    "%s (%s)",
    (text, _where, path, field) => {
      expect(seedText, "the seed has it byte for byte").toContain(text);
      const value = at(spec, [...path])[field];
      expect(typeof value, `${[...path, field].join("/")} exists`).toBe("string");
      expect(value).toContain(text);
    },
  );

  it("fails for a text the seed does not have (the check above can fail)", () => {
    expect(seedText).not.toContain("取消杠杆账户 OCO 订单（TRADE）");
    expect(seedText).not.toContain("是否是逐仓 symbol 交易");
  });
});

describe("sentences of Binance's other pages are not copied", () => {
  // Only the seed is quoted; these are (near-)verbatim sentences of Binance's
  // New OTO / New OTOCO / Query OCO pages and its general info that the spec
  // once carried, and now says in its own words.
  const text = JSON.stringify(spec);

  it.each([
    "orders to the unfilled order count",
    "Either `orderListId` or `origClientOrderId` must be provided",
    "rule\\nwas violated (a rate limit violation or a security block)",
    "banned for continuing to send requests",
    "`orderListId` 或 `origClientOrderId` 必须提供一个",
    "在收到 429 后仍继续访问",
    "请求违反了 WAF 限制",
  ])("%s", (sentence) => {
    expect(text).not.toContain(sentence);
  });
});

describe("Chinese terms are Binance's own", () => {
  // Binance's Chinese docs name these concepts so (spot and margin enum
  // definitions, error codes); the spec must not invent other words for them.
  const chinese = JSON.stringify(spec).match(/"x-[\w-]+-zh-CN":"(?:[^"\\]|\\.)*"/g)?.join("\n") ?? "";

  it.each([
    ["self-trade prevention", "自我交易预防", ["自成交预防", "自成交保护"]],
    ["order side", "订单方向", ["买卖方向"]],
    ["time in force", "有效方式", ["有效期类型"]],
    ["-1022", "签名不正确", ["签名无效"]],
    ["-1102", "缺少必须参数", ["未发送必需参数"]],
    ["WAF", "WAF 限制", ["防火墙规则"]],
    ["iceberg quantity", "冰山数量", ["冰山量"]],
    ["trailing delta", "追踪止盈止损", ["移动止损"]],
    ["open orders", "当前挂单", ["未成交订单中", "未完成的订单列表"]],
    ["OCO", "OCO 选择性委托订单", ["二选一"]],
    ["LIMIT_MAKER", "限价只挂单（LIMIT_MAKER）", ["限价（LIMIT_MAKER）"]],
    ["Query all OCO", "查询特定杠杆账户所有 OCO", ["查询杠杆账户所有 OCO"]],
  ])("%s: %s", (_concept, binanceTerm, avoided) => {
    expect(chinese).toContain(binanceTerm);
    for (const other of avoided) expect(chinese).not.toContain(other);
  });
});
