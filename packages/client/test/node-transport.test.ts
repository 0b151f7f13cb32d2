// The node entry's transport (src/node-transport.ts): for the requests it
// takes, the caller must get exactly what `fetch` gives for the same exchange;
// every other request must still go through `fetch`. A local server answers
// both, and records what arrived (fetch sends `sec-fetch-mode`, node:http not:
// that header tells which one sent a request).
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sendOverNodeHttp } from "../src/node-transport.js";

interface Arrived {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const arrived: Arrived[] = [];
let reply: (request: Arrived, response: ServerResponse) => void = (_, response) => response.end();
const server = createServer((incoming, response) => {
  let body = "";
  incoming.setEncoding("utf8");
  incoming.on("data", (chunk: string) => {
    body += chunk;
  });
  incoming.on("end", () => {
    const request = { method: incoming.method ?? "", url: incoming.url ?? "", headers: incoming.headers, body };
    arrived.push(request);
    reply(request, response);
  });
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});
afterEach(() => {
  arrived.length = 0;
});

/** What a caller can observe of a Response. */
async function observe(response: Response) {
  return {
    status: response.status,
    statusText: response.statusText,
    ok: response.ok,
    url: response.url,
    redirected: response.redirected,
    headers: [...response.headers].filter(([name]) => !["date", "keep-alive", "connection"].includes(name)),
    body: response.body === null ? null : await response.text(),
  };
}

const sentByFetch = (request: Arrived | undefined) => request?.headers["sec-fetch-mode"] !== undefined;

/** The same exchange through fetch and through the transport: both observations, and what arrived each time. */
async function both(path: string, init: RequestInit) {
  const viaFetch = await observe(await fetch(base + path, init));
  const viaNode = await observe(await sendOverNodeHttp(base + path, init));
  const [fetched, sent] = arrived.slice(-2);
  return { viaFetch, viaNode, fetched, sent };
}

const SIGNED = { method: "DELETE", redirect: "manual", headers: new Headers({ "X-MBX-APIKEY": "key" }) } as const;

describe("a signed request goes out over node:http and comes back as fetch would give it", () => {
  it("200 with a JSON body, several headers and a repeated one", async () => {
    reply = (_, response) => {
      response.setHeader("Set-Cookie", ["a=1", "b=2"]);
      response.writeHead(200, { "content-type": "application/json;charset=UTF-8", "x-sapi-used-uid-weight-1m": "1" });
      response.end('{"orderListId":0,"id":12345678901234567}');
    };
    const { viaFetch, viaNode, fetched, sent } = await both("/sapi/v1/margin/orderList?symbol=LTCBTC&signature=ab", SIGNED);
    expect(viaNode).toEqual(viaFetch);
    expect(sentByFetch(fetched)).toBe(true);
    expect(sentByFetch(sent)).toBe(false);
    expect(sent).toMatchObject({ method: "DELETE", url: "/sapi/v1/margin/orderList?symbol=LTCBTC&signature=ab", body: "" });
    expect(sent?.headers).toMatchObject({ "x-mbx-apikey": "key", accept: "*/*", "user-agent": "node" });
    // Nothing asks for compression, so nothing needs decoding.
    expect(sent?.headers["accept-encoding"]).toBeUndefined();
  });

  it("a form body arrives byte for byte, with its length; an error status comes back with its body", async () => {
    reply = (_, response) => {
      response.writeHead(400, "Bad Request", { "content-type": "application/json" });
      response.end('{"code":-1102,"msg":"Mandatory parameter was not sent."}');
    };
    const body = "symbol=LTCBTC&side=SELL&quantity=1&timestamp=1&signature=ab";
    const init = { ...SIGNED, method: "POST", body, headers: new Headers({ "content-type": "application/x-www-form-urlencoded" }) };
    const { viaFetch, viaNode, sent } = await both("/sapi/v1/margin/order/oco", init);
    expect(viaNode).toEqual(viaFetch);
    expect(sent).toMatchObject({ method: "POST", body });
    expect(sent?.headers["content-length"]).toBe(String(body.length));
    expect(sent?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
  });

  it("a DELETE's form body (a cancel sent as python-binance sends it) arrives with its length", async () => {
    reply = (_, response) => response.writeHead(200, { "content-type": "application/json" }).end("{}");
    const body = "symbol=LTCBTC&orderListId=0&timestamp=1&signature=ab";
    const init = { ...SIGNED, body, headers: new Headers({ "content-type": "application/x-www-form-urlencoded" }) };
    const { fetched, sent } = await both("/sapi/v1/margin/orderList", init);
    expect(sent).toMatchObject({ method: "DELETE", body });
    expect(sent?.headers["content-length"]).toBe(fetched?.headers["content-length"]);
  });

  it("a redirect is handed back, not followed; 204 and HEAD have no body", async () => {
    reply = (request, response) => {
      if (request.url === "/moved") response.writeHead(302, { location: "/elsewhere" }).end();
      else response.writeHead(204).end();
    };
    for (const [path, method] of [
      ["/moved", "DELETE"],
      ["/empty", "DELETE"],
      ["/empty", "HEAD"],
    ] as const) {
      const { viaFetch, viaNode } = await both(path, { ...SIGNED, method });
      expect(viaNode, `${method} ${path}`).toEqual(viaFetch);
    }
    expect(arrived.map((request) => request.url)).not.toContain("/elsewhere");
  });
});

describe("failures are reported as fetch reports them", () => {
  it("an aborted signal: its reason, before sending and while waiting for the answer", async () => {
    reply = () => {}; // never answers
    const before = AbortSignal.abort(new Error("stopped by the caller"));
    await expect(sendOverNodeHttp(`${base}/x`, { ...SIGNED, signal: before })).rejects.toBe(before.reason);
    expect(arrived).toHaveLength(0);

    // A deadline that fires once the request has arrived, as AbortSignal.timeout() would
    // on a slow answer, at a point that does not depend on the machine's speed.
    let waiting = new AbortController();
    reply = () => waiting.abort(new DOMException("The operation timed out.", "TimeoutError"));
    const during = waiting.signal;
    const viaNode = await sendOverNodeHttp(`${base}/x`, { ...SIGNED, signal: during }).catch((error: unknown) => error);
    waiting = new AbortController();
    const viaFetch = await fetch(`${base}/x`, { ...SIGNED, signal: waiting.signal }).catch((error: unknown) => error);
    expect(arrived).toHaveLength(2);
    expect(viaNode).toBe(during.reason);
    expect((viaNode as Error).name).toBe((viaFetch as Error).name);
  });

  it("no server: TypeError('fetch failed') with the network error as its cause", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/x`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const viaNode = (await sendOverNodeHttp(url, SIGNED).catch((error: unknown) => error)) as TypeError;
    const viaFetch = (await fetch(url, SIGNED).catch((error: unknown) => error)) as TypeError;
    expect(viaNode).toBeInstanceOf(TypeError);
    expect(viaNode.message).toBe(viaFetch.message);
    expect((viaNode.cause as NodeJS.ErrnoException).code).toBe("ECONNREFUSED");
  });
});

describe("everything else still goes through fetch", () => {
  beforeAll(() => {
    reply = (_, response) => response.writeHead(200, { "content-type": "application/json" }).end("{}");
  });

  it.each([
    ["a request that follows redirects (an unsigned call)", { method: "GET", redirect: "follow" }],
    ["a body that is not a string", { ...SIGNED, method: "POST", body: new URLSearchParams({ a: "1" }) }],
    ["an init field node:http would not honour", { ...SIGNED, credentials: "omit" }],
  ] as [string, RequestInit][])("%s", async (_, init) => {
    await sendOverNodeHttp(`${base}/x`, init);
    expect(sentByFetch(arrived.at(-1))).toBe(true);
  });

  it("a global fetch that was replaced after load (a test double, MSW, an app's wrapper) sees the request", async () => {
    const original = globalThis.fetch;
    const seen: string[] = [];
    globalThis.fetch = (input, init) => {
      seen.push(String(input));
      return original(input, init);
    };
    try {
      await sendOverNodeHttp(`${base}/x`, SIGNED);
    } finally {
      globalThis.fetch = original;
    }
    expect(seen).toEqual([`${base}/x`]);
  });

  it("an undici global dispatcher other than a plain Agent (a proxy) is honoured", async () => {
    const key = Symbol.for("undici.globalDispatcher.1");
    const global = globalThis as Record<symbol, unknown>;
    await fetch(`${base}/x`); // Node's fetch installs its plain Agent on first use
    const agent = global[key] as object;
    const Agent = agent.constructor as new () => object;
    // The same Agent under a proxy's name: fetch still works through it.
    class ProxyAgent extends Agent {}
    global[key] = new ProxyAgent();
    try {
      await sendOverNodeHttp(`${base}/x`, SIGNED);
    } finally {
      global[key] = agent;
    }
    expect(sentByFetch(arrived.at(-1))).toBe(true);
    // A plain Agent (Node's own default) does not turn the transport off.
    await sendOverNodeHttp(`${base}/x`, SIGNED);
    expect(sentByFetch(arrived.at(-1))).toBe(false);
  });
});
