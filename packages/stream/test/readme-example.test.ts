// The README's example is examples/watch-order-lists.ts, byte for byte, and
// it runs: against a sandbox, it prints both subscriptions, an OCO's fill on
// the isolated account, and stops cleanly on SIGINT (which it unsubscribes on).
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SELL_OCO, startStreamSandbox, type StreamSandbox } from "./support/stream-sandbox.js";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

let env: StreamSandbox | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await env?.close();
});

describe("README example", () => {
  it("is examples/watch-order-lists.ts, byte for byte", () => {
    const readme = read("../README.md");
    const block = /<!-- tested-example: packages\/stream\/examples\/watch-order-lists\.ts -->\n```ts\n([\s\S]*?)```\n<!-- \/tested-example -->/.exec(readme);
    expect(block, "README.md lost its tested-example markers").not.toBeNull();
    expect(block?.[1]).toBe(read("../examples/watch-order-lists.ts"));
  });

  it("runs: prints the subscriptions and an isolated OCO's fill, then unsubscribes on SIGINT", async () => {
    env = await startStreamSandbox();
    vi.stubEnv("BINANCE_BASE_URL", env.sandbox.url);
    vi.stubEnv("BINANCE_STREAM_URL", env.sandbox.streamUrl);
    vi.stubEnv("BINANCE_API_KEY", env.account.apiKey);
    vi.stubEnv("BINANCE_API_SECRET", env.account.apiSecret ?? "");
    const lines: string[] = [];
    let wake = () => {};
    vi.spyOn(console, "log").mockImplementation((line: string) => {
      lines.push(line);
      wake();
    });
    const printed = (what: RegExp) =>
      new Promise<void>((resolve) => {
        wake = () => lines.some((line) => what.test(line)) && resolve();
        wake();
      });

    const finished = import("../examples/watch-order-lists.js");
    await printed(/^isolated BTCUSDT: subscribed until /);
    await printed(/^cross: subscribed until /);
    const { data } = await env.client.POST("/sapi/v1/margin/order/oco", { params: { query: { ...SELL_OCO, isIsolated: "TRUE" } } });
    env.sandbox.setPrice("BTCUSDT", "61000");
    await printed(/ALL_DONE$/);
    process.emit("SIGINT");
    await finished;

    const [stopLeg, limitMaker] = data?.orders.map((order) => order.orderId) ?? [];
    expect(lines.slice(2)).toEqual([
      `isolated BTCUSDT: order ${stopLeg} STOP_LOSS_LIMIT SELL 0.01000000 NEW`,
      `isolated BTCUSDT: order ${limitMaker} LIMIT_MAKER SELL 0.01000000 NEW`,
      `isolated BTCUSDT: list ${data?.orderListId} EXECUTING`,
      `isolated BTCUSDT: order ${limitMaker} LIMIT_MAKER SELL 0.01000000 FILLED at 61000.00000000`,
      `isolated BTCUSDT: order ${stopLeg} STOP_LOSS_LIMIT SELL 0.01000000 EXPIRED`,
      `isolated BTCUSDT: list ${data?.orderListId} ALL_DONE`,
      "unsubscribed",
    ]);
  });
});
