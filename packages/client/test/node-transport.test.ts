// The node entry's transport (src/node-transport.ts): for the requests it
// takes, the caller must get exactly what `fetch` gives for the same exchange;
// every other request must still go through `fetch`. A local server answers
// both, and records what arrived (fetch sends `sec-fetch-mode`, node:http not:
// that header tells which one sent a request).
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import { type AddressInfo, createServer as createNetServer, type Socket } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { RequestNotSentError } from "../src/errors.js";
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

const failure = (call: Promise<unknown>) =>
  call.then(
    () => new Error("no failure") as Error & { cause?: Error },
    (error: unknown) => error as Error & { cause?: Error },
  );

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

describe("the same response through both transports: what fetch makes of it, node:http does too", () => {
  it.each([
    ["gzip", gzipSync],
    ["x-gzip", gzipSync],
    ["deflate", deflateSync],
    ["br", brotliCompressSync],
  ] as const)("a 2xx compressed with %s though nothing asked for it is decoded", async (coding, compress) => {
    reply = (_, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": coding });
      response.end(compress('{"orderListId":0,"listOrderStatus":"ALL_DONE"}'));
    };
    const { viaFetch, viaNode } = await both("/sapi/v1/margin/orderList", SIGNED);
    expect(viaNode).toEqual(viaFetch);
    expect(JSON.parse(viaNode.body as string)).toEqual({ orderListId: 0, listOrderStatus: "ALL_DONE" });
  });

  it("two codings, applied in the order listed; an unknown coding leaves the body as it came", async () => {
    const json = '{"orderListId":0}';
    reply = (request, response) => {
      if (request.url === "/twice") response.writeHead(200, { "content-encoding": "deflate, gzip" }).end(gzipSync(deflateSync(json)));
      else response.writeHead(200, { "content-encoding": "compress" }).end(json);
    };
    for (const path of ["/twice", "/unknown"]) {
      const { viaFetch, viaNode } = await both(path, SIGNED);
      expect(viaNode, path).toEqual(viaFetch);
      expect(viaNode.body, path).toBe(json);
    }
  });

  it("a 204 that carries a body anyway: a 204 with no body, as fetch says", async () => {
    const raw = await rawServer("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nhello");
    try {
      const viaFetch = await observe(await fetch(`${raw.url}/x`, SIGNED));
      const viaNode = await observe(await sendOverNodeHttp(`${raw.url}/x`, SIGNED));
      expect(viaNode).toEqual({ ...viaFetch, url: viaNode.url });
      expect(viaNode).toMatchObject({ status: 204, body: null });
    } finally {
      await raw.close();
    }
  });

  it("a 2xx cut off mid-body: the call resolves with the status, reading the body fails", async () => {
    reply = (_, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write('{"orderListId":0,');
      setImmediate(() => response.socket?.destroy());
    };
    const viaFetch = await fetch(`${base}/x`, SIGNED);
    const viaNode = await sendOverNodeHttp(`${base}/x`, SIGNED);
    expect(viaNode.status).toBe(viaFetch.status);
    const fetchRead = await failure(viaFetch.text());
    const nodeRead = await failure(viaNode.text());
    expect(nodeRead).toBeInstanceOf(TypeError);
    expect(nodeRead.message).toBe(fetchRead.message);
  });

  it("the signal aborts after the status arrived: the call resolves, reading the body fails with its reason", async () => {
    reply = (_, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"orderListId":0,'); // and never ends
    };
    // fetch resolves at the status line, so the abort can follow it.
    const fetchAbort = new AbortController();
    const viaFetch = await fetch(`${base}/x`, { ...SIGNED, signal: fetchAbort.signal });
    fetchAbort.abort(new Error("gave up on the body"));
    // node:http's response is buffered: abort the moment its status line is parsed
    // (node:http's own diagnostics channel), so no timer races the answer.
    const nodeAbort = new AbortController();
    const abortOnStatus = () => nodeAbort.abort(new Error("gave up on the body"));
    subscribe("http.client.response.finish", abortOnStatus);
    try {
      const viaNode = await sendOverNodeHttp(`${base}/x`, { ...SIGNED, signal: nodeAbort.signal });
      expect(viaNode.status).toBe(viaFetch.status);
      // undici fails the body with the reason or an AbortError, depending on the reason and the version.
      expect(await failure(viaFetch.text())).toBeInstanceOf(Error);
      expect(await failure(viaNode.text())).toBe(nodeAbort.signal.reason);
    } finally {
      unsubscribe("http.client.response.finish", abortOnStatus);
    }
  });
});

/** A TCP server that answers any request with exactly these bytes and closes. */
async function rawServer(bytes: string) {
  const raw = createNetServer((socket) => socket.once("data", () => socket.end(bytes)));
  await new Promise<void>((resolve) => raw.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(raw.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => raw.close(() => resolve())),
  };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  return port;
}

/** A TCP server that accepts connections and never says a word (a TLS handshake to it never ends). */
async function silentServer(onConnection: () => void) {
  const silent = createNetServer(onConnection);
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const sockets = new Set<Socket>();
  silent.on("connection", (socket) => sockets.add(socket));
  return {
    port: (silent.address() as AddressInfo).port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => silent.close(() => resolve()));
    },
  };
}


describe("a failure before the request was written: RequestNotSentError, with fetch's error as its cause", () => {
  it("an already-aborted signal: nothing is sent, the cause is the signal's reason", async () => {
    reply = () => {}; // never answers
    const before = AbortSignal.abort(new Error("stopped by the caller"));
    const error = await failure(sendOverNodeHttp(`${base}/sapi/v1/margin/orderList?symbol=LTCBTC&signature=ab`, { ...SIGNED, signal: before }));
    expect(error).toBeInstanceOf(RequestNotSentError);
    expect(error).toMatchObject({ code: "REQUEST_NOT_SENT", method: "DELETE", path: "/sapi/v1/margin/orderList", origin: base });
    expect(error.cause).toBe(before.reason);
    // Never the query, which carries the signature.
    expect(error.message).not.toContain("signature");
    expect(arrived).toHaveLength(0);
  });

  it("connection refused", async () => {
    const url = `http://127.0.0.1:${await closedPort()}/x`;
    const viaNode = await failure(sendOverNodeHttp(url, SIGNED));
    const viaFetch = await failure(fetch(url, SIGNED));
    expect(viaNode).toBeInstanceOf(RequestNotSentError);
    expect(viaNode.cause).toBeInstanceOf(TypeError);
    expect(viaNode.cause?.message).toBe(viaFetch.message);
    expect((viaNode.cause?.cause as NodeJS.ErrnoException | undefined)?.code).toBe("ECONNREFUSED");
  });

  it("TLS fails (an https URL to a plain HTTP server): the request is written only after the handshake", async () => {
    const url = base.replace("http:", "https:");
    const viaNode = await failure(sendOverNodeHttp(`${url}/x`, SIGNED));
    const viaFetch = await failure(fetch(`${url}/x`, SIGNED));
    expect(viaNode).toBeInstanceOf(RequestNotSentError);
    expect(viaNode.cause?.message).toBe(viaFetch.message);
    // node:https says EPROTO where undici says ERR_SSL_WRONG_VERSION_NUMBER: the same OpenSSL failure.
    expect((viaNode.cause?.cause as Error | undefined)?.message).toMatch(/wrong version number/);
    expect((viaFetch.cause as Error).message).toMatch(/wrong version number/);
    expect(arrived).toHaveLength(0);
  });

  it("the signal aborts while the TLS handshake is still under way (connected, nothing written)", async () => {
    const controller = new AbortController();
    const silent = await silentServer(() => controller.abort(new Error("timed out")));
    try {
      const error = await failure(sendOverNodeHttp(`https://127.0.0.1:${silent.port}/x`, { ...SIGNED, signal: controller.signal }));
      expect(error).toBeInstanceOf(RequestNotSentError);
      expect(error.cause).toBe(controller.signal.reason);
    } finally {
      await silent.close();
    }
  });
});

describe("a failure after the request was written, before the status: as fetch reports it (the caller cannot know)", () => {
  it("the signal aborts while waiting for the answer: its reason", async () => {
    let controller = new AbortController();
    reply = () => controller.abort(new Error("gave up")); // the request arrived; no answer
    const viaNode = await failure(sendOverNodeHttp(`${base}/x`, { ...SIGNED, signal: controller.signal }));
    const nodeReason = controller.signal.reason;
    controller = new AbortController();
    const viaFetch = await failure(fetch(`${base}/x`, { ...SIGNED, signal: controller.signal }));
    expect(viaNode).toBe(nodeReason);
    expect(viaFetch).toBe(controller.signal.reason);
  });

  it("the connection is cut once the request arrived: TypeError('fetch failed')", async () => {
    reply = (_, response) => response.socket?.destroy();
    const viaNode = await failure(sendOverNodeHttp(`${base}/x`, SIGNED));
    const viaFetch = await failure(fetch(`${base}/x`, SIGNED));
    expect(viaNode).not.toBeInstanceOf(RequestNotSentError);
    expect(viaNode).toBeInstanceOf(TypeError);
    expect(viaNode.message).toBe(viaFetch.message);
  });
});

describe("the signer's timeout (a timeoutMs field): a timer around the exchange, or a signal for fetch", () => {
  it.each([
    ["over node:http", SIGNED],
    ["over fetch (a request node:http does not take)", { ...SIGNED, credentials: "omit" }],
  ] as [string, RequestInit][])("%s: a server that never answers no longer hangs the call (no assertion on when)", async (_, init) => {
    reply = () => {}; // never answers
    const error = await failure(sendOverNodeHttp(`${base}/x`, { ...init, timeoutMs: 200 } as RequestInit));
    // Written, then no answer: the TimeoutError itself; before it was written: not sent, with it as cause.
    const timeout = error instanceof RequestNotSentError ? error.cause : error;
    expect(timeout).toMatchObject({ name: "TimeoutError" });
  });

  it("a timeout of 0 is none", async () => {
    reply = (_, response) => response.writeHead(200).end("{}");
    const response = await sendOverNodeHttp(`${base}/x`, { ...SIGNED, timeoutMs: 0 } as RequestInit);
    expect(response.status).toBe(200);
  });
});

describe("the transport's keep-alive pool (its own Agent, as fetch has its own)", () => {
  it("reuses a connection, and closes one that sat idle for 4 s (checked once a second; faked clock)", async () => {
    // A server of its own: connections no earlier test left in the pool.
    const connections: Socket[] = [];
    const closed: Socket[] = [];
    const own = createServer((_, response) => response.writeHead(200).end("{}"));
    own.on("connection", (socket: Socket) => {
      connections.push(socket);
      socket.once("close", () => closed.push(socket));
    });
    await new Promise<void>((resolve) => own.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(own.address() as AddressInfo).port}/x`;
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    try {
      await sendOverNodeHttp(url, SIGNED);
      await sendOverNodeHttp(url, SIGNED);
      expect(connections).toHaveLength(1);
      vi.advanceTimersByTime(3_000);
      await new Promise((resolve) => setImmediate(resolve));
      expect(closed).toHaveLength(0);
      vi.advanceTimersByTime(2_000);
      // The sweep may be a real interval armed by an earlier test: then it runs within a second.
      await vi.waitFor(() => expect(closed).toHaveLength(1), { timeout: 10_000 });
    } finally {
      vi.useRealTimers();
      own.closeAllConnections();
      await new Promise<void>((resolve) => own.close(() => resolve()));
    }
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
