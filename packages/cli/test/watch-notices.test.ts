// The watch's notices (subscribed, renewed, a gap and how to reconcile, a
// failure, the stop) in both languages, built as the command builds them.
import { describe, expect, it } from "vitest";
import { reconcileCommands } from "../src/commands/watch.js";
import { messages } from "../src/output/messages/index.js";
import { englishWords } from "./support/english-words.js";

const cross = { type: "cross" } as const;
const isolated = { type: "isolated", symbol: "BTCUSDT" } as const;
const FROM = Date.parse("2026-12-07T10:00:00.000Z");
const commands = reconcileCommands([cross, isolated], FROM + 0.5);

describe("the watch's notices", () => {
  it("the commands that reconcile a gap: each account's lists since the gap began (whole milliseconds) and its open orders", () => {
    expect(commands).toEqual([
      `sapi-kit margin list-order-lists --start-time ${FROM}`,
      "sapi-kit margin list-open-orders",
      `sapi-kit margin list-order-lists --isolated --symbol BTCUSDT --start-time ${FROM}`,
      "sapi-kit margin list-open-orders --isolated --symbol BTCUSDT",
    ]);
  });

  it("in English", () => {
    const words = messages.en.watch;
    expect(words.subscribed(isolated, 3, "2026-12-08T10:00:00.000Z", false)).toBe(
      "Watching the isolated BTCUSDT margin account (subscription 3, token valid until 2026-12-08T10:00:00.000Z; renewed before then).",
    );
    expect(words.subscribed(cross, 0, "2026-12-08T10:00:00.000Z", true)).toBe("Renewed: the cross margin account's subscription 0 now runs until 2026-12-08T10:00:00.000Z.");
    expect(words.gap("2026-12-07T10:00:00.000Z", "2026-12-07T10:00:02.000Z", [cross, isolated], "serverShutdown", commands.slice(0, 2))).toBe(
      "No events from 2026-12-07T10:00:00.000Z to 2026-12-07T10:00:02.000Z for the cross margin account and the isolated BTCUSDT margin account (the server announced a shutdown); subscribed again. " +
        `What changed in between was not seen: reconcile with \`sapi-kit margin list-order-lists --start-time ${FROM}\`, \`sapi-kit margin list-open-orders\`.`,
    );
    expect(words.retrying("the connection closed before the WebSocket API answered", isolated)).toBe(
      "The stream of the isolated BTCUSDT margin account failed: the connection closed before the WebSocket API answered. Retrying.",
    );
  });

  it("in Chinese, with no English left but names and commands", () => {
    const words = messages["zh-CN"].watch;
    const lines = [
      words.subscribed(isolated, 3, "2026-12-08T10:00:00.000Z", false),
      words.subscribed(cross, 0, "2026-12-08T10:00:00.000Z", true),
      ...(["closed", "error", "serverShutdown", "connectionLimit", "terminated"] as const).map((reason) =>
        words.gap("2026-12-07T10:00:00.000Z", "2026-12-07T10:00:02.000Z", [cross, isolated], reason, commands),
      ),
      words.retrying(words.connectionLost, isolated),
      words.retrying(words.notReached("ws://127.0.0.1:9/ws-api/v3")),
      words.stopped,
      words.malformed(undefined, "{1"),
      words.malformed("event.i", "{}"),
    ];
    expect(lines[0]).toBe("正在监听逐仓 BTCUSDT 杠杆账户（订阅 3，令牌有效期至 2026-12-08T10:00:00.000Z，到期前自动续期）。");
    expect(lines[2]).toBe(
      "全仓杠杆账户和逐仓 BTCUSDT 杠杆账户从 2026-12-07T10:00:00.000Z 到 2026-12-07T10:00:02.000Z 没有收到事件（连接已关闭），现已重新订阅。" +
        `这段时间内的变化未能看到：请用 ${commands.map((c) => `\`${c}\``).join("、")} 核对。`,
    );
    for (const line of lines) {
      const rest = line.replace(/`[^`]*`|wss?:\/\/[^\s。]+/g, " ").replace(/\b(?:BTCUSDT|WebSocket API|eventStreamTerminated|JSON|event\.i)\b/g, " ");
      expect({ line, english: englishWords(rest) }).toEqual({ line, english: [] });
    }
  });
});
