import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { DEFAULT_REQUEST_LOG_MAX_BYTES, type RequestLogEntry, type Sandbox, startSandbox } from "../../src/index.js";
import { signed } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

/**
 * Sends `count` junk requests (unknown paths, big queries and bodies), pipelined
 * over a few raw connections so that 8,000 of them take a second, not minutes.
 */
async function flood(sandbox: Sandbox, count: number, junkBytes: number): Promise<void> {
  const junk = "x".repeat(junkBytes);
  const connections = 8;
  const perConnection = Array.from({ length: connections }, (_, index) =>
    Math.floor(count / connections) + (index < count % connections ? 1 : 0),
  );
  await Promise.all(
    perConnection.map(
      (requests, connection) =>
        new Promise<void>((resolve, reject) => {
          if (requests === 0) return resolve();
          const socket = connect(sandbox.port, sandbox.host);
          let answered = 0;
          let tail = "";
          socket.on("data", (chunk) => {
            const text = tail + chunk.toString("latin1");
            // The 8-char tail is shorter than the 9-char marker: a status line split across chunks counts once.
            answered += text.split("HTTP/1.1 ").length - 1;
            tail = text.slice(-8);
            if (answered >= requests) socket.end(resolve);
          });
          socket.on("error", reject);
          const one = `POST /junk/${connection}?q=${junk} HTTP/1.1\r\nHost: x\r\nContent-Length: ${junk.length}\r\n\r\n${junk}`;
          socket.write(one.repeat(requests));
        }),
    ),
  );
}

describe("request log is bounded", () => {
  it("keeps the newest 1000 entries by default after 8,000 junk requests, oldest dropped", async () => {
    const sandbox = await startTestSandbox();
    await flood(sandbox, 8000, 2048);
    const entries = sandbox.requests;
    expect(entries).toHaveLength(1000);
    expect(entries[0]?.seq).toBe(7000);
    expect(entries.at(-1)?.seq).toBe(7999);
    // Every retained entry holds its own query and body: about 4 KiB each, so the log stays ~4 MB, not ~32 MB.
    const retainedBytes = entries.reduce((sum, entry) => sum + entry.query.length + entry.body.length, 0);
    expect(retainedBytes).toBeLessThan(1000 * 4200);
  }, 120_000);

  it("honours requestLogLimit, including 0 and Infinity, and refuses nonsense", async () => {
    const small = await startTestSandbox({ requestLogLimit: 3 });
    await flood(small, 10, 1);
    expect(small.requests.map((entry) => entry.seq)).toEqual([7, 8, 9]);
    const none = await startTestSandbox({ requestLogLimit: 0 });
    await flood(none, 5, 1);
    expect(none.requests).toEqual([]);
    const all = await startTestSandbox({ requestLogLimit: Number.POSITIVE_INFINITY });
    await flood(all, 1100, 1);
    expect(all.requests).toHaveLength(1100);
    for (const requestLogLimit of [-1, 1.5, Number.NaN]) {
      await expect(startSandbox({ requestLogLimit })).rejects.toThrow(TypeError);
    }
  }, 120_000);
});

/** What an entry holds that grows with the traffic: its query, body and response body, in UTF-8 bytes. */
const heldBytes = (entries: readonly RequestLogEntry[]) =>
  entries.reduce((sum, entry) => sum + Buffer.byteLength(entry.query) + Buffer.byteLength(entry.body) + Buffer.byteLength(entry.responseBody ?? ""), 0);

describe("request log is bounded by bytes too", () => {
  // Before: only the count was bounded, so 40 reads of 10k open lists (3.5 MB answers) kept 140 MiB alive.
  it(`keeps at most ${DEFAULT_REQUEST_LOG_MAX_BYTES / 1024 / 1024} MiB of big answers by default (plus the newest entry), dropping the oldest`, async () => {
    const sandbox = await startTestSandbox();
    const account = await sandbox.createAccount({ type: "hmac" });
    for (let index = 0; index < 3000; index++) sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const reads = 24;
    let answerBytes = 0;
    for (let read = 0; read < reads; read++) {
      const answer = await signed(sandbox, account, "GET", "/sapi/v1/margin/openOrderList", {});
      expect(answer.status).toBe(200);
      answerBytes = Buffer.byteLength(answer.text);
    }
    // The reads together are well over the bound, so it is what limits the log.
    expect(answerBytes * reads).toBeGreaterThan(DEFAULT_REQUEST_LOG_MAX_BYTES * 1.2);
    const entries = sandbox.requests;
    expect(heldBytes(entries)).toBeLessThanOrEqual(DEFAULT_REQUEST_LOG_MAX_BYTES + answerBytes);
    expect(entries.length).toBeLessThan(reads);
    expect(entries.at(-1)?.seq).toBe(reads - 1);
    expect(entries.map((entry) => entry.seq)).toEqual(entries.map((_, index) => reads - entries.length + index));
  }, 60_000);

  it("honours requestLogMaxBytes: always keeps the newest entry, refuses nonsense", async () => {
    const sandbox = await startTestSandbox({ requestLogMaxBytes: 10_000 });
    await flood(sandbox, 20, 2000);
    // Each junk request holds 4000 bytes (query + body) and a small 404 answer: two fit in 10 000 bytes.
    expect(sandbox.requests.map((entry) => entry.seq)).toEqual([18, 19]);
    const tiny = await startTestSandbox({ requestLogMaxBytes: 1 });
    await flood(tiny, 3, 10);
    expect(tiny.requests.map((entry) => entry.seq)).toEqual([2]);
    for (const requestLogMaxBytes of [0, -1, 1.5, Number.NaN]) {
      await expect(startSandbox({ requestLogMaxBytes })).rejects.toThrow(TypeError);
    }
  }, 30_000);
});
