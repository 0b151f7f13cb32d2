import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, type SandboxOptions, startSandbox } from "../../src/index.js";
import { unsignedQuery, withSignature } from "../helpers/independent-signing.js";

// Opt-in CORS for browser pages (runtimes/ drives a real Chromium page through
// it). Binance sends no CORS headers that let a page send X-MBX-APIKEY, so this
// is off by default. These sandboxes are not spec-validated: a preflight is an
// HTTP-level answer, not an API operation of the spec.

const PATH = "/sapi/v1/margin/orderList";
const PAGE = "http://127.0.0.1:5173";

const running: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
});

async function start(options?: SandboxOptions): Promise<Sandbox> {
  const sandbox = await startSandbox(options);
  running.push(sandbox);
  return sandbox;
}

/** What a browser sends before a signed DELETE with X-MBX-APIKEY from another origin. */
function preflight(sandbox: Sandbox, origin: string, path = `${PATH}?symbol=LTCBTC`): Promise<Response> {
  return fetch(`${sandbox.url}${path}`, {
    method: "OPTIONS",
    headers: { Origin: origin, "Access-Control-Request-Method": "DELETE", "Access-Control-Request-Headers": "x-mbx-apikey" },
  });
}

/** The signed cancel itself, as the page sends it (with its Origin). */
async function signedCancel(sandbox: Sandbox, origin: string): Promise<Response> {
  const account = await sandbox.createAccount({ type: "hmac" });
  const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
  const query = withSignature(account, unsignedQuery({ symbol: "LTCBTC", orderListId: list.orderListId }, sandbox.serverTime()));
  return fetch(`${sandbox.url}${PATH}?${query}`, { method: "DELETE", headers: { Origin: origin, "X-MBX-APIKEY": account.apiKey } });
}

const corsHeaders = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith("access-control-"));

describe("CORS is off by default", () => {
  it("sends no CORS header, to a preflight or to a signed cancel, and treats OPTIONS as an unknown request", async () => {
    const sandbox = await start();
    const answer = await preflight(sandbox, PAGE);
    expect(answer.status).toBe(404);
    expect(corsHeaders(answer)).toEqual([]);
    const cancelled = await signedCancel(sandbox, PAGE);
    expect(cancelled.status).toBe(200);
    expect(corsHeaders(cancelled)).toEqual([]);
  });
});

describe("startSandbox({ cors: { origin } })", () => {
  it("answers the page's preflight: 204, its origin, DELETE and X-MBX-APIKEY allowed", async () => {
    const sandbox = await start({ cors: { origin: PAGE } });
    const answer = await preflight(sandbox, PAGE);
    expect(answer.status).toBe(204);
    expect(await answer.text()).toBe("");
    expect(answer.headers.get("access-control-allow-origin")).toBe(PAGE);
    expect(answer.headers.get("access-control-allow-methods")?.split(", ")).toContain("DELETE");
    expect(answer.headers.get("access-control-allow-headers")?.toLowerCase().split(", ")).toContain("x-mbx-apikey");
    expect(answer.headers.get("vary")).toBe("Origin");
    // Logged like any request, and it executed nothing.
    expect(sandbox.requests.map(({ method, path, status, executed }) => ({ method, path, status, executed }))).toEqual([
      { method: "OPTIONS", path: PATH, status: 204, executed: false },
    ]);
  });

  it("lets the page read the signed cancel's answer and its usage headers", async () => {
    const sandbox = await start({ cors: { origin: PAGE } });
    const cancelled = await signedCancel(sandbox, PAGE);
    expect(cancelled.status).toBe(200);
    expect(cancelled.headers.get("access-control-allow-origin")).toBe(PAGE);
    const exposed = cancelled.headers.get("access-control-expose-headers")?.split(", ") ?? [];
    expect(exposed).toContain("X-SAPI-USED-UID-WEIGHT-1M");
    expect(exposed).not.toContain("Content-Type");
    expect(sandbox.requests.at(-1)?.responseHeaders).toMatchObject({ "Access-Control-Allow-Origin": PAGE });
  });

  it("exposes Retry-After on a rejection", async () => {
    const sandbox = await start({ cors: { origin: PAGE }, rateLimit: { ipWeightPerMinute: 1 } });
    const time = () => fetch(`${sandbox.url}/api/v3/time`, { headers: { Origin: PAGE } });
    expect((await time()).status).toBe(200);
    const limited = await time();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("access-control-expose-headers")?.split(", ")).toEqual(
      expect.arrayContaining(["Retry-After", "X-MBX-USED-WEIGHT-1M"]),
    );
  });

  it("a preflight uses no fault rule and no rate-limit weight", async () => {
    const sandbox = await start({ cors: { origin: PAGE }, rateLimit: { ipWeightPerMinute: 1 } });
    const rule = sandbox.faults.inject({ type: "http-status", status: 503 }, { match: { path: "/api/v3/time" } });
    expect((await preflight(sandbox, PAGE, "/api/v3/time")).status).toBe(204);
    expect(rule.remaining).toBe(1);
    rule.remove();
    // The one request of weight the limit allows is still there.
    expect((await fetch(`${sandbox.url}/api/v3/time`)).status).toBe(200);
  });

  it("sends nothing to any other origin: its preflight is an ordinary unknown request, its cancel carries no CORS header", async () => {
    const sandbox = await start({ cors: { origin: [PAGE, "http://localhost:5173"] } });
    const answer = await preflight(sandbox, "http://127.0.0.1:9999");
    expect(answer.status).toBe(404);
    expect(corsHeaders(answer)).toEqual([]);
    const cancelled = await signedCancel(sandbox, "http://127.0.0.1:9999");
    expect(cancelled.status).toBe(200);
    expect(corsHeaders(cancelled)).toEqual([]);
    expect((await preflight(sandbox, "http://localhost:5173")).headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
  });

  it.each([["*"], ["http://127.0.0.1:5173/"], ["127.0.0.1:5173"], ["http://127.0.0.1:5173/page"], [[]]])(
    "refuses origin %j before listening",
    async (origin) => {
      await expect(startSandbox({ cors: { origin: origin as string | string[] } })).rejects.toThrow(TypeError);
    },
  );
});
