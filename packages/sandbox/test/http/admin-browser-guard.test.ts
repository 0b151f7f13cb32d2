import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import type { Sandbox } from "../../src/index.js";
import { type RawAnswer, raw } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

// A web page can send a "simple" cross-site request (a form POST, a no-cors
// fetch) to any port on 127.0.0.1, and a DNS-rebinding page can even read the
// answer. The admin routes move prices, so they must refuse anything a page
// can send: a foreign Host, a foreign or null Origin, a cross-site or
// same-site Sec-Fetch-Site, and a POST that is not application/json (which a
// page cannot send cross-origin without a preflight the sandbox never
// approves). Plain clients (curl, the demo, any language) send none of those
// headers and keep working.

const PRICE = "/sandbox/v1/price";
const JSON_BODY = '{"symbol":"BTCUSDT","price":"61000"}';
const PAGE = "http://127.0.0.1:5173";

const own = (sandbox: Sandbox) => `127.0.0.1:${sandbox.port}`;
const postJson = (sandbox: Sandbox, headers: Record<string, string> = {}, body = JSON_BODY) =>
  raw(sandbox, "POST", PRICE, { Host: own(sandbox), "Content-Type": "application/json", ...headers }, body);

describe("admin routes refuse what a web page can send", () => {
  it("refuses a cross-site form POST, Origin: null, and a DNS-rebinding Host (403 { code, msg }); the price does not move", async () => {
    const sandbox = await startTestSandbox();
    const form = { "Content-Type": "application/x-www-form-urlencoded" };
    const attempts: [string, () => Promise<RawAnswer>][] = [
      ["cross-site form POST", () => raw(sandbox, "POST", PRICE, { Host: own(sandbox), ...form, Origin: "http://evil.example", "Sec-Fetch-Site": "cross-site" }, "symbol=BTCUSDT&price=1")],
      ["Origin: null", () => raw(sandbox, "POST", PRICE, { Host: own(sandbox), ...form, Origin: "null" }, "symbol=BTCUSDT&price=1")],
      ["rebound Host", () => raw(sandbox, "POST", PRICE, { Host: `evil.example:${sandbox.port}`, ...form }, "symbol=BTCUSDT&price=1")],
      ["rebound Host, JSON", () => postJson(sandbox, { Host: `evil.example:${sandbox.port}` })],
      ["Origin: null, JSON", () => postJson(sandbox, { Origin: "null" })],
      ["another origin, JSON", () => postJson(sandbox, { Origin: "http://evil.example" })],
      ["another loopback origin, JSON", () => postJson(sandbox, { Origin: PAGE })],
      ["Sec-Fetch-Site: cross-site", () => postJson(sandbox, { "Sec-Fetch-Site": "cross-site" })],
      ["Sec-Fetch-Site: same-site", () => postJson(sandbox, { "Sec-Fetch-Site": "same-site" })],
      ["a GET from another origin", () => raw(sandbox, "GET", `${PRICE}?symbol=BTCUSDT`, { Host: own(sandbox), Origin: "http://evil.example" })],
      ["a rebound GET of the symbols", () => raw(sandbox, "GET", "/sandbox/v1/symbols", { Host: "evil.example" })],
    ];
    for (const [name, attempt] of attempts) {
      const answer = await attempt();
      expect([name, answer.status, typeof answer.body?.code, typeof answer.body?.msg]).toEqual([name, 403, "number", "string"]);
    }
    // HTTP/1.0 lets a request go without a Host; an admin route then has nothing to check, so it refuses.
    const noHost = await new Promise<string>((resolve, reject) => {
      const socket = connect(sandbox.port, sandbox.host, () => socket.end("GET /sandbox/v1/symbols HTTP/1.0\r\n\r\n"));
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk.toString("utf8");
      });
      socket.on("close", () => resolve(text));
      socket.on("error", reject);
    });
    expect(noHost).toMatch(/^HTTP\/1\.1 403 /);
    expect(sandbox.lastPrice("BTCUSDT")).toBe("60000.00000000");
  });

  it("demands application/json for a POST (415), the only form a page cannot send cross-origin without a preflight", async () => {
    const sandbox = await startTestSandbox();
    const cases: [string, () => Promise<RawAnswer>, number][] = [
      ["form body", () => raw(sandbox, "POST", PRICE, { Host: own(sandbox), "Content-Type": "application/x-www-form-urlencoded" }, "symbol=BTCUSDT&price=1"), 415],
      ["text/plain JSON", () => raw(sandbox, "POST", PRICE, { Host: own(sandbox), "Content-Type": "text/plain" }, JSON_BODY), 415],
      ["query string only", () => raw(sandbox, "POST", `${PRICE}?symbol=BTCUSDT&price=1`, { Host: own(sandbox) }), 415],
      ["JSON and a query string", () => raw(sandbox, "POST", `${PRICE}?price=1`, { Host: own(sandbox), "Content-Type": "application/json" }, JSON_BODY), 400],
    ];
    for (const [name, attempt, status] of cases) {
      const answer = await attempt();
      expect([name, answer.status, typeof answer.body?.msg]).toEqual([name, status, "string"]);
    }
    expect(sandbox.lastPrice("BTCUSDT")).toBe("60000.00000000");
  });

  it("never approves a preflight or sends CORS headers for admin routes, even with CORS on for a page", async () => {
    const sandbox = await startTestSandbox({ cors: { origin: PAGE } });
    const preflight = await raw(sandbox, "OPTIONS", PRICE, {
      Host: own(sandbox),
      Origin: PAGE,
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "content-type",
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
    const post = await postJson(sandbox, { Origin: PAGE, "Sec-Fetch-Site": "same-site" });
    expect(post.status).toBe(403);
    expect(post.headers["access-control-allow-origin"]).toBeUndefined();
    // The page's Binance calls still get their CORS headers.
    const time = await raw(sandbox, "GET", "/api/v3/time", { Host: own(sandbox), Origin: PAGE });
    expect(time.headers["access-control-allow-origin"]).toBe(PAGE);
    expect(sandbox.lastPrice("BTCUSDT")).toBe("60000.00000000");
  });

  it("accepts plain clients: any loopback Host and port, the sandbox's own Origin, same-origin or user-initiated fetches", async () => {
    const sandbox = await startTestSandbox();
    const accepted: Record<string, string>[] = [
      {},
      { Host: `localhost:${sandbox.port}` },
      { Host: "LOCALHOST" },
      { Host: "[::1]:8090" },
      { Host: "127.8.9.10:1" },
      { Origin: `http://${own(sandbox)}`, "Sec-Fetch-Site": "same-origin" },
      { "Sec-Fetch-Site": "none" },
    ];
    for (const [index, headers] of accepted.entries()) {
      const price = String(61000 + index);
      const answer = await postJson(sandbox, headers, JSON.stringify({ symbol: "BTCUSDT", price }));
      expect([headers, answer.status]).toEqual([headers, 200]);
      expect(answer.body).toEqual({ symbol: "BTCUSDT", price: `${price}.00000000`, changedOrderListIds: [] });
    }
    expect((await raw(sandbox, "GET", "/sandbox/v1/symbols", { Host: own(sandbox) })).status).toBe(200);
  });
});
