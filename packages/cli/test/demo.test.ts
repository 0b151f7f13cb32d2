// `sapi-kit demo`, what `npm start` runs: the whole lifecycle over REST with
// the user data stream's events shown after the step that caused them, its
// output short, the same on every run and in the user's language, exit 0 only
// when it all worked.
import { describe, expect, it } from "vitest";
import { ExitCode } from "../src/index.js";
import { createCapturedCli } from "./support/captured-cli.js";

const cli = createCapturedCli();

describe("sapi-kit demo", () => {
  it("runs the OCO, OTOCO and OTO lifecycles and the cancel-all through the CLI and exits 0", async () => {
    const { code, stdout, stderr } = await cli.run(["demo"], {});
    expect(code).toBe(ExitCode.ok);
    // stderr only says where each step's request went (the demo's own sandbox, every time), and where each watch listens.
    const url = /listening at (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout)?.[1] as string;
    const steps = stdout.split("\n").filter((line) => line.startsWith("$ sapi-kit margin ") && !line.startsWith("$ sapi-kit margin watch")).length;
    const listening = `→ tokens from ${url}, events from ${url.replace("http:", "ws:")}/ws-api/v3`;
    const sending = `→ sending to ${url}`;
    expect(stderr.split("\n").filter(Boolean)).toEqual([listening, ...Array(3).fill(sending), listening, ...Array(steps - 3).fill(sending)]);
    const commands = stdout.split("\n").filter((line) => line.startsWith("$ "));
    expect(commands.map((line) => line.split(" ").slice(1, 4).join(" "))).toEqual([
      "sapi-kit margin watch",
      "sapi-kit margin place-oco",
      "curl -X POST",
      "kill -INT %1",
      "sapi-kit margin get-order-list",
      "sapi-kit margin list-trades",
      "sapi-kit margin watch",
      "sapi-kit margin place-otoco",
      "sapi-kit margin place-oto",
      "curl -X POST",
      "sapi-kit margin list-open-orders",
      "sapi-kit margin cancel-all",
      "sapi-kit margin list-open-orders",
      "kill -INT %1",
    ]);
    expect(stdout).toMatch(/Placed OCO order list 0 on BTCUSDT/);
    // The stream shows the OCO's fill as it happens: right after the price move, in the order the sandbox sent it.
    expect(stdout).toContain(
      [
        "The sandbox's last price of BTCUSDT moves to 61000",
        "[watch] BTCUSDT leg #2 LIMIT_MAKER SELL 0.01 FILLED at 61000; list 0",
        "[watch] BTCUSDT leg #1 STOP_LOSS_LIMIT SELL 0.01 @ 58900 stop 59000 EXPIRED (OCO_TRIGGER); list 0",
        "[watch] BTCUSDT list 0 OCO ALL_DONE (ALL_DONE, demo-oco)",
        "",
        "$ kill -INT %1   # Ctrl-C for the watch: it unsubscribes and exits",
        "[watch] Stopped watching: unsubscribed and disconnected.",
      ].join("\n"),
    );
    // And the OTOCO's activation: its working order filled, its pending pair NEW (then the OTO's).
    expect(stdout).toContain(
      [
        "The sandbox's last price of BTCUSDT moves to 60500",
        "[watch] BTCUSDT leg #3 LIMIT BUY 0.01 FILLED at 60500; list 1",
        "[watch] BTCUSDT leg #4 STOP_LOSS_LIMIT SELL 0.01 @ 59400 stop 59500 NEW; list 1",
        "[watch] BTCUSDT leg #5 LIMIT_MAKER SELL 0.01 @ 62000 NEW; list 1",
        "[watch] BTCUSDT list 1 OTO EXECUTING (EXEC_STARTED, demo-otoco)",
        "[watch] BTCUSDT leg #6 LIMIT BUY 0.01 FILLED at 60500; list 2",
        "[watch] BTCUSDT leg #7 LIMIT_MAKER SELL 0.01 @ 62500 NEW; list 2",
        "[watch] BTCUSDT list 2 OTO EXECUTING (EXEC_STARTED, demo-oto)",
        "Open now:",
      ].join("\n"),
    );
    // Which order of the OCO filled, at what price, and the trade it made.
    expect(stdout).toMatch(/OCO order list 0 on BTCUSDT \(cross margin\): ALL_DONE \/ ALL_DONE/);
    expect(stdout).toMatch(/ STOP_LOSS_LIMIT SELL @ 58900\.00000000 stop 59000\.00000000 {2}EXPIRED {2}executed 0\.00000000 of 0\.01000000/);
    expect(stdout).toMatch(/ LIMIT_MAKER SELL @ 61000\.00000000 {2}FILLED {2}executed 0\.01000000 of 0\.01000000 \(quote 610\.00000000\) {2}\(/);
    expect(stdout).toMatch(/1 trade on BTCUSDT:\n {2}#\d+ order #2 SELL \(seller\), maker: 0\.01000000 @ 61000\.00000000/);
    // The OTOCO's pair and the OTO's pending order are open, and one cancel-all sweeps them.
    expect(stdout).toMatch(/\(demo-take-profit\)/);
    expect(stdout).toMatch(/\(demo-single\)/);
    expect(stdout).toMatch(/Cancelled on BTCUSDT \(cross margin\): /);
    expect(stdout).toMatch(/\[watch\] BTCUSDT list 2 OTO ALL_DONE \(ALL_DONE, demo-oto\)\n\n\$ sapi-kit margin list-open-orders/);
    expect(stdout).toMatch(/\nNo orders\.\n/);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("Done: every order list ended (ALL_DONE) and nothing is left open; the stream showed each change as it happened.");
    // Short: a handful of lines per step, no line a screen wide except the commands themselves.
    expect(stdout.split("\n").length).toBeLessThan(120);
  });

  it("speaks Chinese with --lang zh-CN", async () => {
    const { code, stdout } = await cli.run(["demo", "--lang", "zh-CN"], {});
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toMatch(/^sapi-kit 演示：/);
    expect(stdout).toMatch(/LIMIT_MAKER SELL @ 61000\.00000000 {2}FILLED {2}已成交 0\.01000000 \/ 0\.01000000（成交额 610\.00000000）/);
    expect(stdout).toMatch(/BTCUSDT 上共 1 笔成交：/);
    expect(stdout).toMatch(/沙箱中 BTCUSDT 的最新成交价变为 60500/);
    expect(stdout).toContain("[watch] BTCUSDT 列表订单 #2 LIMIT_MAKER SELL 0.01 FILLED，成交价 61000；订单列表 0\n");
    expect(stdout).toContain("[watch] BTCUSDT 列表订单 #5 LIMIT_MAKER SELL 0.01 @ 62000 NEW；订单列表 1\n");
    expect(stdout).toContain("[watch] 已停止监听：已取消订阅并断开连接。\n");
    expect(stdout).toMatch(/已撤销 BTCUSDT（全仓杠杆）上的 /);
    expect(stdout.trimEnd().split("\n").at(-1)).toMatch(/^完成：/);
  });

  it("prints no secret: the throwaway credentials stay inside", async () => {
    const { stdout } = await cli.run(["demo"], {});
    expect(stdout).not.toMatch(/BINANCE_API_SECRET|PRIVATE KEY|signature=/);
  });
});
