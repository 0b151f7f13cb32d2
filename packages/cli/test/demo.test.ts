// `sapi-kit demo`, what `npm start` runs: the whole lifecycle over REST, its
// output short and in the user's language, exit 0 only when it all worked.
import { describe, expect, it } from "vitest";
import { ExitCode } from "../src/index.js";
import { createCapturedCli } from "./support/captured-cli.js";

const cli = createCapturedCli();

describe("sapi-kit demo", () => {
  it("runs the OCO, OTOCO and OTO lifecycles and the cancel-all through the CLI and exits 0", async () => {
    const { code, stdout, stderr } = await cli.run(["demo"], {});
    expect(code).toBe(ExitCode.ok);
    // stderr only says where each step's request went: the demo's own sandbox, every time.
    const url = /listening at (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout)?.[1] as string;
    const steps = stdout.split("\n").filter((line) => line.startsWith("$ sapi-kit ")).length;
    expect(stderr.split("\n").filter(Boolean)).toEqual(Array(steps).fill(`→ sending to ${url}`));
    const commands = stdout.split("\n").filter((line) => line.startsWith("$ "));
    expect(commands.map((line) => line.split(" ").slice(1, 4).join(" "))).toEqual([
      "sapi-kit margin place-oco",
      "curl -X POST",
      "sapi-kit margin get-order-list",
      "sapi-kit margin list-trades",
      "sapi-kit margin place-otoco",
      "sapi-kit margin place-oto",
      "curl -X POST",
      "sapi-kit margin list-open-orders",
      "sapi-kit margin cancel-all",
      "sapi-kit margin list-open-orders",
    ]);
    expect(stdout).toMatch(/Placed OCO order list 0 on BTCUSDT/);
    // Which order of the OCO filled, at what price, and the trade it made.
    expect(stdout).toMatch(/OCO order list 0 on BTCUSDT \(cross margin\): ALL_DONE \/ ALL_DONE/);
    expect(stdout).toMatch(/ STOP_LOSS_LIMIT SELL @ 58900\.00000000 stop 59000\.00000000 {2}EXPIRED {2}executed 0\.00000000 of 0\.01000000/);
    expect(stdout).toMatch(/ LIMIT_MAKER SELL @ 61000\.00000000 {2}FILLED {2}executed 0\.01000000 of 0\.01000000 \(quote 610\.00000000\) {2}\(/);
    expect(stdout).toMatch(/1 trade on BTCUSDT:\n {2}#\d+ order #2 SELL \(seller\), maker: 0\.01000000 @ 61000\.00000000/);
    // The OTOCO's pair and the OTO's pending order are open, and one cancel-all sweeps them.
    expect(stdout).toMatch(/\(demo-take-profit\)/);
    expect(stdout).toMatch(/\(demo-single\)/);
    expect(stdout).toMatch(/Cancelled on BTCUSDT \(cross margin\): /);
    expect(stdout).toMatch(/\nNo orders\.\n/);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("Done: every order list ended (ALL_DONE) and nothing is left open, every step over REST.");
    // Short: a handful of lines per step, no line a screen wide except the commands themselves.
    expect(stdout.split("\n").length).toBeLessThan(90);
  });

  it("speaks Chinese with --lang zh-CN", async () => {
    const { code, stdout } = await cli.run(["demo", "--lang", "zh-CN"], {});
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toMatch(/^sapi-kit 演示：/);
    expect(stdout).toMatch(/LIMIT_MAKER SELL @ 61000\.00000000 {2}FILLED {2}已成交 0\.01000000 \/ 0\.01000000（成交额 610\.00000000）/);
    expect(stdout).toMatch(/BTCUSDT 上共 1 笔成交：/);
    expect(stdout).toMatch(/沙箱中 BTCUSDT 的最新成交价变为 60500/);
    expect(stdout).toMatch(/已撤销 BTCUSDT（全仓杠杆）上的 /);
    expect(stdout.trimEnd().split("\n").at(-1)).toMatch(/^完成：/);
  });

  it("prints no secret: the throwaway credentials stay inside", async () => {
    const { stdout } = await cli.run(["demo"], {});
    expect(stdout).not.toMatch(/BINANCE_API_SECRET|PRIVATE KEY|signature=/);
  });
});
