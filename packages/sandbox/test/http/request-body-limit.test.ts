import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { MAX_REQUEST_BODY_BYTES, type Sandbox } from "../../src/index.js";
import { CANCEL_PATH } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

// Before the limit, the sandbox buffered any body whole: nine 24 MiB posts
// crashed a sandbox given 256 MiB of heap. Binance's own requests are a few
// KiB at most, so a body past the limit is answered 413 as soon as the limit
// is known to be crossed, and the rest is never read.

/** Opens a raw connection and collects everything the server writes until it closes. */
function open(sandbox: Sandbox): Promise<{ socket: Socket; answer: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(sandbox.port, sandbox.host, () => {
      const answer = new Promise<string>((done) => {
        let text = "";
        socket.on("data", (chunk) => {
          text += chunk.toString("utf8");
        });
        socket.on("close", () => done(text));
      });
      resolve({ socket, answer });
    });
    socket.on("error", reject);
  });
}

const head = (path: string, headers: string[]) => [`POST ${path} HTTP/1.1`, "Host: 127.0.0.1", ...headers, "", ""].join("\r\n");

describe(`request bodies are capped at ${MAX_REQUEST_BODY_BYTES} bytes`, () => {
  it("answers 413 { code, msg } to a body one byte over the limit, logs it without the body, and executes nothing", async () => {
    const sandbox = await startTestSandbox();
    const account = await sandbox.createAccount({ type: "hmac" });
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const body = "x".repeat(MAX_REQUEST_BODY_BYTES + 1);
    const answer = await fetch(`${sandbox.url}${CANCEL_PATH}`, {
      method: "DELETE",
      headers: { "X-MBX-APIKEY": account.apiKey, "Content-Type": "application/x-www-form-urlencoded" },
      body,
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.get("connection")).toBe("close");
    const refusal = await answer.json();
    expect([typeof refusal.code, refusal.msg]).toEqual(["number", expect.stringContaining(`${MAX_REQUEST_BODY_BYTES} bytes`)]);
    expect(sandbox.requests.map((entry) => [entry.method, entry.path, entry.status, entry.body, entry.executed])).toEqual([
      ["DELETE", CANCEL_PATH, 413, "", false],
    ]);
    expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status).toBe("OPEN");
    // A body exactly at the limit is read and answered as usual (here: not a signed request, -1102).
    const atLimit = await fetch(`${sandbox.url}${CANCEL_PATH}`, {
      method: "DELETE",
      headers: { "X-MBX-APIKEY": account.apiKey, "Content-Type": "application/x-www-form-urlencoded" },
      body: "x".repeat(MAX_REQUEST_BODY_BYTES),
    });
    expect(atLimit.status).toBe(400);
  });

  it("answers a declared oversize Content-Length at once, without waiting for (or reading) the body", async () => {
    const sandbox = await startTestSandbox();
    const { socket, answer } = await open(sandbox);
    // 24 MiB announced, none of it sent: the answer cannot depend on reading it.
    socket.write(head("/sandbox/v1/price", ["Content-Type: application/json", `Content-Length: ${24 * 1024 * 1024}`]));
    expect(await answer).toMatch(/^HTTP\/1\.1 413 [\s\S]*\r\nConnection: close\r\n[\s\S]*"code":-1/);
    expect(sandbox.requests.map((entry) => entry.status)).toEqual([413]);
  });

  it("stops reading a chunked body at the limit: 413 before the body ends", async () => {
    const sandbox = await startTestSandbox();
    const { socket, answer } = await open(sandbox);
    socket.write(head("/api/v3/time", ["Transfer-Encoding: chunked"]));
    const chunk = "y".repeat(4096);
    // One byte past the limit, and no terminating chunk: only a server that stops at the limit answers.
    for (let sent = 0; sent <= MAX_REQUEST_BODY_BYTES; sent += chunk.length) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    expect(await answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(sandbox.requests.map((entry) => [entry.path, entry.status, entry.body])).toEqual([["/api/v3/time", 413, ""]]);
  });
});
