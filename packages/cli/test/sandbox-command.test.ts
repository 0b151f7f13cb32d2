// `sapi-kit sandbox`, as a user's shell runs it (the built binary): it prints
// its URL and throwaway credentials, answers a signed call from a raw
// node:http client (no sapi-kit code on the client side) and the admin price
// route, and stops cleanly on Ctrl-C with exit 0.
import { createHmac } from "node:crypto";
import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { type RunningBin, startBin } from "./support/running-bin.js";

function rawRequest(method: string, url: string, headers: Record<string, string> = {}) {
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
    sent.end();
  });
}

/** Until the output matches or the process exits; the test's timeout bounds a process that prints nothing. */
async function waitFor({ child, stdout }: RunningBin, pattern: RegExp) {
  while (!pattern.test(stdout()) && child.exitCode === null) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(stdout()).toMatch(pattern);
}

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
      expect(stdout).toMatch(/BINANCE_PRIVATE_KEY_FILE=\S+ed25519\.pem\n {4}-----BEGIN PRIVATE KEY-----/);
      expect(stdout).toContain(`POST ${url}/sandbox/v1/price`);
      const apiKey = /HMAC-SHA256:\n {4}BINANCE_API_KEY=(\S+)/.exec(stdout)?.[1] as string;
      const secret = /BINANCE_API_SECRET=(\S+)/.exec(stdout)?.[1] as string;

      // A signed call the way any language would make it: HMAC-SHA256 over the query string.
      const query = `timestamp=${Date.now()}`;
      const signature = createHmac("sha256", secret).update(query).digest("hex");
      const signed = await rawRequest("GET", `${url}/sapi/v1/margin/openOrderList?${query}&signature=${signature}`, {
        "X-MBX-APIKEY": apiKey,
      });
      expect(signed).toEqual({ status: 200, body: "[]" });
      const unsigned = await rawRequest("GET", `${url}/sapi/v1/margin/openOrderList?${query}`, { "X-MBX-APIKEY": apiKey });
      expect(unsigned.status).toBe(400);

      const price = await rawRequest("POST", `${url}/sandbox/v1/price?symbol=BTCUSDT&price=61000`);
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
