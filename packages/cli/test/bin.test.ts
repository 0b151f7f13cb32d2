// The built executable, as a user's shell runs it: exit codes reach the process.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSandbox } from "@sapi-kit/sandbox";
import { describe, expect, it } from "vitest";
import { BIN as bin, startBin } from "./support/running-bin.js";
import { recordStreamMethods } from "./support/stream-requests.js";

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { PATH: process.env.PATH } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("dist/bin.js", () => {
  it("prints the list of commands and exits 0", () => {
    const { status, stdout } = run(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: sapi-kit <command>/);
    for (const command of ["place-oco", "place-oto", "place-otoco", "get-order-list", "list-order-lists", "list-open-order-lists", "cancel-oco"]) {
      expect(stdout).toContain(`sapi-kit margin ${command} `);
    }
  });

  it("exits 2 with a usage hint on a bad call", () => {
    const { status, stderr } = run(["margin", "cancel-oco", "--symbol", "LTCBTC"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/Give --order-list-id or --list-client-order-id/);
    expect(stderr).toMatch(/Run `sapi-kit margin cancel-oco --help`/);
  });

  it("places an OCO and reads it back against its embedded sandbox", () => {
    const placed = run(["margin", "place-oco", "--symbol", "BTCUSDT", "--side", "BUY", "--quantity", "0.01", "--price", "59000", "--stop-price", "61000", "--sandbox"]);
    expect(placed.status).toBe(0);
    expect(placed.stdout).toMatch(/^Placed OCO order list 0 on BTCUSDT \(cross margin\)/);
    const read = run(["margin", "list-order-lists", "--isolated", "--symbol", "ETHUSDT", "--sandbox", "--lang", "zh-CN"]);
    expect(read.status).toBe(0);
    expect(read.stdout).toMatch(/^共 1 个订单列表/);
  });

  it("refuses a broken rule with exit 2 before anything is sent", () => {
    const { status, stderr } = run(["margin", "list-order-lists", "--from-id", "1", "--start-time", "2"]);
    expect(status).toBe(2);
    expect(stderr).toBe("--from-id cannot be combined with --start-time.\nRun `sapi-kit margin list-order-lists --help` for usage.\n");
  });

  it("runs the demo (npm start) and exits 0", () => {
    const { status, stdout } = run(["demo"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Done: every order list ended/);
  });

  it("cancels against its embedded sandbox and exits 0", () => {
    const { status, stdout } = run(["margin", "cancel-oco", "--symbol", "LTCBTC", "--order-list-id", "0", "--sandbox"]);
    expect(status).toBe(0);
    expect(stdout).toContain("Cancelled OCO order list 0 on LTCBTC (cross margin)");
  });
});

describe("dist/bin.js and Ctrl-C, SIGTERM, SIGHUP", () => {
  // As shells report a process the signal stopped: 128 + its number.
  it.each([
    ["SIGINT", "Ctrl-C", 130],
    ["SIGTERM", "SIGTERM", 143],
    ["SIGHUP", "SIGHUP", 129],
  ] as const)("%s during the request: says the outcome is unknown and how to check", async (signal, named, exitCode) => {
    const sandbox = await startSandbox();
    try {
      const account = await sandbox.createAccount({ type: "hmac" });
      const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
      // Longer than the test may run: only the interrupt can end the call in time.
      const rule = sandbox.faults.inject({ type: "delay", ms: 600_000 }, { times: 1 });
      const argv = ["margin", "cancel-oco", "--symbol", "LTCBTC", "--order-list-id", String(list.orderListId)];
      const { child, stdout, stderr, exited } = startBin([...argv, "--base-url", sandbox.url], {
        BINANCE_API_KEY: account.apiKey,
        BINANCE_API_SECRET: account.apiSecret,
      });
      // The sandbox has the request (the delay rule was consumed): now press Ctrl-C.
      while (rule.remaining > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      child.kill(signal);
      expect(await exited).toBe(exitCode);
      expect(stdout()).toBe("");
      expect(stderr()).toContain(`Interrupted (${named}) while the cancel was in flight: its outcome is UNKNOWN`);
      expect(stderr()).toContain(`GET /sapi/v1/margin/orderList with orderListId=${list.orderListId}`);
      expect(stderr()).not.toContain(account.apiSecret as string);
    } finally {
      await sandbox.close();
    }
  });
});

describe("dist/bin.js margin watch and Ctrl-C", () => {
  it("SIGINT unsubscribes, closes the connection and exits 0", async () => {
    const sandbox = await startSandbox();
    try {
      const account = await sandbox.createAccount({ type: "hmac" });
      const methods = recordStreamMethods(sandbox);
      const { child, stdout, exited } = startBin(["margin", "watch", "--base-url", sandbox.url], {
        BINANCE_API_KEY: account.apiKey,
        BINANCE_API_SECRET: account.apiSecret,
      });
      const deadline = Date.now() + 30_000;
      while (!stdout().includes("Watching the cross margin account") && Date.now() < deadline && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(stdout()).toMatch(/\nStopped watching: unsubscribed and disconnected\.\n$/);
      expect(methods()).toEqual([
        "userDataStream.subscribe.listenToken",
        "userDataStream.unsubscribe",
      ]);
    } finally {
      await sandbox.close();
    }
  });
});

describe("dist/bin.js and a key file that is not a file", () => {
  it("a FIFO is refused before it is opened (usage error, exit 2): reading it would wait forever", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sapi-kit-fifo-"));
    const fifo = join(dir, "key.pem");
    execFileSync("mkfifo", [fifo]);
    const { child, stderr, exited } = startBin(["margin", "list-open-order-lists", "--base-url", "http://127.0.0.1:9"], {
      BINANCE_API_KEY: "k",
      BINANCE_PRIVATE_KEY_FILE: fifo,
    });
    try {
      expect(await exited).toBe(2);
      expect(stderr()).toContain(`Cannot read BINANCE_PRIVATE_KEY_FILE "${fifo}": it is not a regular file (a FIFO, socket or device)`);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await rm(dir, { recursive: true, force: true });
    }
  }, 20_000);
});
