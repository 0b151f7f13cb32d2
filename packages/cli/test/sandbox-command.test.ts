// `sapi-kit sandbox`, as a user's shell runs it (the built binary): it prints
// its URL and throwaway credentials, answers a signed call from a raw
// node:http client (no sapi-kit code on the client side) and the admin price
// route, and stops cleanly on Ctrl-C, SIGTERM or SIGHUP with exit 0, its key
// file removed, even when its stdout was closed; its `export` lines send the
// next command of this CLI to it.
import { createHmac } from "node:crypto";
import { existsSync } from "node:fs";
import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { LOCALES, messages } from "../src/output/messages/index.js";
import { createCapturedCli } from "./support/captured-cli.js";
import { type RunningBin, startBin } from "./support/running-bin.js";

function rawRequest(method: string, url: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const sent = request(url, { method, headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => {
        body += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    sent.on("error", reject);
    sent.end(body);
  });
}

/** The variables of each `export` block the sandbox printed (HMAC first, then Ed25519). */
function exportedBlocks(stdout: string): Record<string, string>[] {
  return stdout
    .split(/\n\n/)
    .map((block) => Object.fromEntries([...block.matchAll(/^export (\w+)=(\S+)$/gm)].map((m) => [m[1], m[2]])))
    .filter((variables) => Object.keys(variables).length > 0);
}

/** Until the output matches or the process exits; the test's timeout bounds a process that prints nothing. */
async function waitFor({ child, stdout }: RunningBin, pattern: RegExp) {
  while (!pattern.test(stdout()) && child.exitCode === null) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(stdout()).toMatch(pattern);
}

describe("what sapi-kit sandbox says it serves, in both languages", () => {
  it.each(LOCALES)("%s: every admin route has its own line, and the help and the banner name every Binance route it serves", (locale) => {
    const words = messages[locale];
    // The standalone sandbox's admin routes (the run below checks the printed list has no line without its text).
    for (const [method, path] of [
      ["POST", "/sandbox/v1/price"],
      ["GET", "/sandbox/v1/price"],
      ["GET", "/sandbox/v1/symbols"],
      ["POST", "/sandbox/v1/clock"],
    ] as const) {
      expect(words.adminRoute(method, path), `${method} ${path}`).not.toBe("");
    }
    const tryIt = words.sandboxTryIt("ws://127.0.0.1:8090/ws-api/v3");
    for (const text of [words.sandboxHelp, tryIt]) {
      for (const served of ["/sapi/v1/margin", "POST /sapi/v1/userListenToken", "GET /api/v3/time", "GET /api/v3/exchangeInfo", "/ws-api/v3"]) {
        expect(text).toContain(served);
      }
    }
    expect(tryIt).toContain("ws://127.0.0.1:8090/ws-api/v3");
  });
});

describe("sapi-kit sandbox (dist/bin.js)", () => {
  it("serves any client on loopback, prints throwaway credentials, stops on SIGINT with exit 0", async () => {
    const sandbox = startBin(["sandbox", "--port", "0"]);
    const { child, exited } = sandbox;
    try {
      await waitFor(sandbox, /Press Ctrl-C to stop\./);
      const stdout = sandbox.stdout();
      const url = /at (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout)?.[1] as string;
      expect(url).toBeDefined();
      expect(stdout).toMatch(/They are printed on purpose/);
      expect(stdout).toMatch(/export BINANCE_PRIVATE_KEY_FILE=\S+ed25519\.pem\nunset BINANCE_API_SECRET\n {4}-----BEGIN PRIVATE KEY-----/);
      expect(stdout).toContain(`POST ${url}/sandbox/v1/price`);
      // Everything it serves: the Binance routes, the WebSocket API's address, the admin routes with what each does.
      expect(stdout).toContain("GET /api/v3/time and GET /api/v3/exchangeInfo");
      expect(stdout).toContain(`the WebSocket API (user data stream) at ${url.replace("http", "ws")}/ws-api/v3.`);
      expect(stdout).toContain(`POST ${url}/sandbox/v1/clock  JSON {advanceMs}: move the sandbox clock forward`);
      expect(stdout).not.toMatch(/\/sandbox\/v1\/\S+ {2}$/m);
      expect((await rawRequest("GET", `${url}/api/v3/exchangeInfo`)).status).toBe(200);
      expect(stdout).toContain(`curl -X POST '${url}/sandbox/v1/price' -H 'Content-Type: application/json' -d '{"symbol":"BTCUSDT","price":"61000"}'`);
      const hmac = exportedBlocks(stdout)[0] as Record<string, string>;
      const apiKey = hmac.BINANCE_API_KEY as string;
      const secret = hmac.BINANCE_API_SECRET as string;

      // A signed call the way any language would make it: HMAC-SHA256 over the query string.
      const query = `timestamp=${Date.now()}`;
      const signature = createHmac("sha256", secret).update(query).digest("hex");
      const signed = await rawRequest("GET", `${url}/sapi/v1/margin/openOrderList?${query}&signature=${signature}`, {
        "X-MBX-APIKEY": apiKey,
      });
      expect(signed).toEqual({ status: 200, body: "[]" });
      const unsigned = await rawRequest("GET", `${url}/sapi/v1/margin/openOrderList?${query}`, { "X-MBX-APIKEY": apiKey });
      expect(unsigned.status).toBe(400);

      const price = await rawRequest(
        "POST",
        `${url}/sandbox/v1/price`,
        { "Content-Type": "application/json" },
        '{"symbol":"BTCUSDT","price":"61000"}',
      );
      expect(price.status).toBe(200);
      expect(JSON.parse(price.body)).toMatchObject({ symbol: "BTCUSDT" });

      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(sandbox.stdout().trimEnd().split("\n").at(-1)).toBe("Sandbox stopped.");
      expect(sandbox.stderr()).toBe("");
      await expect(rawRequest("GET", `${url}/api/v3/time`)).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  it("prints export lines (BINANCE_BASE_URL included) that send the next command to it, with either account", async () => {
    const sandbox = startBin(["sandbox"]);
    try {
      await waitFor(sandbox, /Press Ctrl-C to stop\./);
      const url = /at (http:\/\/127\.0\.0\.1:\d+)\n/.exec(sandbox.stdout())?.[1] as string;
      const blocks = exportedBlocks(sandbox.stdout());
      expect(blocks.map(Object.keys)).toEqual([
        ["BINANCE_BASE_URL", "BINANCE_API_KEY", "BINANCE_API_SECRET"],
        ["BINANCE_BASE_URL", "BINANCE_API_KEY", "BINANCE_PRIVATE_KEY_FILE"],
      ]);
      for (const env of blocks) {
        expect(env.BINANCE_BASE_URL).toBe(url);
        // No --base-url, no --sandbox: the exported variables alone say where to go, and with which key.
        const run = await createCapturedCli().run(["margin", "list-open-order-lists"], env);
        expect({ ...run, stdout: run.stdout.split("\n")[0] }).toEqual({ code: 0, stdout: "No order lists.", stderr: `→ sending to ${url}\n` });
      }
      sandbox.child.kill("SIGINT");
      expect(await sandbox.exited).toBe(0);
    } finally {
      if (sandbox.child.exitCode === null) sandbox.child.kill("SIGKILL");
    }
  }, 30_000);

  it.each(["SIGTERM", "SIGHUP"] as const)("stops cleanly on %s too: exit 0, key file removed", async (signal) => {
    const sandbox = startBin(["sandbox"]);
    try {
      await waitFor(sandbox, /Press Ctrl-C to stop\./);
      const keyFile = /BINANCE_PRIVATE_KEY_FILE=(\S+)/.exec(sandbox.stdout())?.[1] as string;
      expect(existsSync(keyFile)).toBe(true);
      sandbox.child.kill(signal);
      expect(await sandbox.exited).toBe(0);
      expect(existsSync(keyFile)).toBe(false);
      expect(sandbox.stdout().trimEnd().split("\n").at(-1)).toBe("Sandbox stopped.");
    } finally {
      if (sandbox.child.exitCode === null) sandbox.child.kill("SIGKILL");
    }
  }, 30_000);

  it("a closed stdout (| head) does not crash it: stops cleanly, key file removed", async () => {
    const sandbox = startBin(["sandbox"]);
    try {
      await waitFor(sandbox, /Press Ctrl-C to stop\./);
      const keyFile = /BINANCE_PRIVATE_KEY_FILE=(\S+)/.exec(sandbox.stdout())?.[1] as string;
      // What `| head` does once it has its lines: the reading end goes away; the next write fails with EPIPE.
      sandbox.child.stdout.destroy();
      sandbox.child.kill("SIGINT");
      expect({ code: await sandbox.exited, stderr: sandbox.stderr() }).toEqual({ code: 0, stderr: "" });
      expect(existsSync(keyFile)).toBe(false);
    } finally {
      if (sandbox.child.exitCode === null) sandbox.child.kill("SIGKILL");
    }
  }, 30_000);

  it("a port in use is a usage error (exit 2), in Chinese too", async () => {
    const first = startBin(["sandbox"]);
    try {
      await waitFor(first, /Press Ctrl-C to stop\./);
      const port = /127\.0\.0\.1:(\d+)/.exec(first.stdout())?.[1] as string;
      const second = startBin(["sandbox", "--port", port, "--lang", "zh-CN"]);
      expect(await second.exited).toBe(2);
      expect(second.stderr()).toContain(`127.0.0.1 上的端口 ${port} 已被占用`);
      first.child.kill("SIGINT");
      expect(await first.exited).toBe(0);
    } finally {
      if (first.child.exitCode === null) first.child.kill("SIGKILL");
    }
  });
});
