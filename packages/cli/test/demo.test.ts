// `sapi-kit demo`, what `npm start` runs: the whole lifecycle over REST, its
// output short and in the user's language, exit 0 only when it all worked.
import { describe, expect, it } from "vitest";
import { ExitCode } from "../src/index.js";
import { createCapturedCli } from "./support/captured-cli.js";

const cli = createCapturedCli();

describe("sapi-kit demo", () => {
  it("runs the OCO and OTOCO lifecycles through the CLI and exits 0", async () => {
    const { code, stdout, stderr } = await cli.run(["demo"], {});
    expect(code).toBe(ExitCode.ok);
    // stderr only says where each step's request went: the demo's own sandbox, every time.
    const url = /listening at (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout)?.[1] as string;
    const steps = stdout.split("\n").filter((line) => line.startsWith("$ sapi-kit ")).length;
    expect(stderr.split("\n").filter(Boolean)).toEqual(Array(steps).fill(`→ sending to ${url}`));
    const commands = stdout.split("\n").filter((line) => line.startsWith("$ "));
    expect(commands.map((line) => line.split(" ").slice(1, 4).join(" "))).toEqual([
      "sapi-kit margin place-oco",
      "sapi-kit margin list-open-order-lists",
      "sapi-kit margin get-order-list",
      "sapi-kit margin cancel-oco",
      "sapi-kit margin list-order-lists",
      "sapi-kit margin place-otoco",
      "curl -X POST",
      "sapi-kit margin list-open-order-lists",
      "curl -X POST",
      "sapi-kit margin get-order-list",
    ]);
    expect(stdout).toMatch(/Placed OCO order list 0 on BTCUSDT/);
    expect(stdout).toMatch(/Cancelled OCO order list 0 on BTCUSDT/);
    expect(stdout).toMatch(/PENDING_NEW {2}\(demo-stop-loss\)/);
    expect(stdout).toMatch(/OTO order list 1 on BTCUSDT \(cross margin\): ALL_DONE \/ ALL_DONE/);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("Done: both order lists ended (ALL_DONE), every step over REST.");
    // Short: a handful of lines per step, no line a screen wide except the commands themselves.
    expect(stdout.split("\n").length).toBeLessThan(70);
  });

  it("speaks Chinese with --lang zh-CN", async () => {
    const { code, stdout } = await cli.run(["demo", "--lang", "zh-CN"], {});
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toMatch(/^sapi-kit 演示：/);
    expect(stdout).toMatch(/已取消 BTCUSDT 上的 OCO 订单列表 0（全仓杠杆）/);
    expect(stdout).toMatch(/沙箱中 BTCUSDT 的最新成交价变为 59500/);
    expect(stdout.trimEnd().split("\n").at(-1)).toMatch(/^完成：/);
  });

  it("prints no secret: the throwaway credentials stay inside", async () => {
    const { stdout } = await cli.run(["demo"], {});
    expect(stdout).not.toMatch(/BINANCE_API_SECRET|PRIVATE KEY|signature=/);
  });
});
