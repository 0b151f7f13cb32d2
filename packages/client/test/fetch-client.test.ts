// The client's own openapi-fetch (src/fetch-client.ts) against openapi-fetch
// itself: every scenario runs through both, and what reaches `fetch`, what
// middlewares see and what comes back must match.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import openapiFetch, { type Middleware } from "openapi-fetch";
import { describe, expect, test } from "vitest";
import { createFetchClient } from "../src/fetch-client.js";
import { serializeQuery } from "../src/query-serializer.js";
import { packageDir } from "./support/package-dir.js";

type Call = (...args: unknown[]) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
type AnyClient = Record<"GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "request", Call> & {
  use: (...middleware: Middleware[]) => void;
  eject: (...middleware: Middleware[]) => void;
};

interface Sent {
  url: string;
  method: string;
  headers: [string, string][];
  body: string;
  redirect: string;
  credentials: string;
}

/** A fetch that records the request (as a platform Request sees it) and answers with `reply`. */
function recordingFetch(reply: (request: Request) => Response = () => Response.json({ ok: true })) {
  const sent: Sent[] = [];
  const fetch = async (input: Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const { url, method, redirect, credentials } = request;
    // FormData boundaries are random: compare them as one placeholder.
    const body = (await request.clone().text()).replace(/formdata-undici-\d+/g, "BOUNDARY");
    const headers = [...request.headers].map(([name, value]) => [name, value.replace(/formdata-undici-\d+/g, "BOUNDARY")] as [string, string]);
    sent.push({ url, method, headers, body, redirect, credentials });
    return reply(request);
  };
  return { sent, fetch };
}

/** Both implementations, built with the same options. The query serializer is the client's in both, so URLs compare. */
function bothClients(options: Record<string, unknown> = {}, reply?: (request: Request) => Response) {
  return (["openapi-fetch", "ours"] as const).map((name) => {
    const recorder = recordingFetch(reply);
    const settings = { baseUrl: "http://127.0.0.1:9/api/", querySerializer: serializeQuery, fetch: recorder.fetch, ...options };
    const client = (name === "ours" ? createFetchClient(settings) : openapiFetch(settings as never)) as unknown as AnyClient;
    return { name, client, sent: recorder.sent };
  });
}

async function settle(promise: Promise<{ data?: unknown; error?: unknown; response: Response }>) {
  try {
    const { data, error, response } = await promise;
    const plain = data instanceof Blob ? await data.text() : data instanceof ArrayBuffer ? new TextDecoder().decode(data) : data;
    return { data: data instanceof ReadableStream ? "stream" : plain, error, status: response.status, keys: Object.keys(await promise) };
  } catch (thrown) {
    return { thrown: (thrown as Error).message };
  }
}

/** Runs `call` on both clients and expects the same requests and the same results. */
async function expectSame(
  call: (client: AnyClient) => Promise<{ data?: unknown; error?: unknown; response: Response }>,
  options?: Record<string, unknown>,
  reply?: (request: Request) => Response,
) {
  const [theirs, ours] = await Promise.all(
    bothClients(options, reply).map(async ({ client, sent }) => ({ result: await settle(call(client)), sent })),
  );
  expect(ours).toEqual(theirs);
  return ours as NonNullable<typeof ours>;
}

const json = (body: unknown, status = 200) => () => Response.json(body, { status });

describe("requests: what reaches fetch is what openapi-fetch sends", () => {
  test("query, path template, trailing slashes, global and per-call headers (null deletes, arrays append)", async () => {
    const { sent } = await expectSame(
      (client) =>
        client.GET("/orders/{id}", {
          params: { path: { id: "a b/c" }, query: { symbol: "LTCBTC", n: 1, skip: undefined }, header: { "x-param": ["1", "2"], "x-gone": null } },
          headers: { "x-call": "call" },
        }),
      { headers: { "x-global": "global", "x-gone": "global" } },
    );
    expect(sent[0]?.url).toBe("http://127.0.0.1:9/api/orders/a%20b%2Fc?symbol=LTCBTC&n=1");
  });

  test("a JSON body, a form body (by content type), a caller's body serializer", async () => {
    await expectSame((client) => client.POST("/orders", { body: { a: 1, b: "x y" } }));
    await expectSame((client) =>
      client.POST("/orders", { body: { a: "1", b: "x y" }, headers: { "content-type": "application/x-www-form-urlencoded" } }),
    );
    await expectSame((client) => client.PUT("/orders", { body: { a: 1 }, bodySerializer: (body: unknown) => `custom:${JSON.stringify(body)}` }));
    const form = new FormData();
    form.set("a", "1");
    const { sent } = await expectSame((client) => client.POST("/orders", { body: form }));
    expect(sent[0]?.headers.find(([name]) => name === "content-type")?.[1]).toMatch(/^multipart\/form-data; boundary=/);
  });

  test("every method, request() with a lower-case method, RequestInit fields, a per-call baseUrl and fetch", async () => {
    for (const method of ["GET", "PUT", "POST", "DELETE", "OPTIONS", "PATCH"]) await expectSame((client) => client[method as "GET"]("/orders"));
    await expectSame((client) => client.request("delete", "/orders", { params: { query: { a: 1 } } }));
    await expectSame((client) => client.GET("/orders"), { credentials: "omit", redirect: "manual" });
    await expectSame((client) => client.GET("/orders", { baseUrl: "http://127.0.0.1:10/v2/", credentials: "include" }));
    const perCall = recordingFetch();
    await expectSame((client) => client.GET("/orders", { fetch: perCall.fetch }));
    expect(perCall.sent.map((request) => request.url)).toEqual(["http://127.0.0.1:9/api/orders", "http://127.0.0.1:9/api/orders"]);
  });

  test("requestInitExt reaches fetch as its second argument (openapi-fetch passes it only where it detects undici)", async () => {
    {
      const seen: unknown[] = [];
      const client = createFetchClient({
        baseUrl: "http://127.0.0.1:9",
        requestInitExt: { dispatcher: "ext" },
        fetch: async (_request: Request, init?: unknown) => {
          seen.push(init);
          return Response.json({});
        },
      } as never) as unknown as AnyClient;
      await client.GET("/orders");
      expect(seen).toEqual([{ dispatcher: "ext" }]);
    }
  });

  test("querySerializer: a per-call function wins; the object form keeps the preset and honours allowReserved", async () => {
    const [, ours] = bothClients() as [unknown, ReturnType<typeof bothClients>[number]];
    await ours.client.GET("/orders", { params: { query: { a: "x y" } }, querySerializer: () => "?custom=1" });
    await ours.client.GET("/orders", { params: { query: { a: "x:y/'" } }, querySerializer: { allowReserved: true } });
    await ours.client.GET("/orders", { params: { query: { a: "x:y/'" } }, querySerializer: {} });
    expect(ours.sent.map((request) => request.url.split("?")[1])).toEqual(["custom=1", "a=x:y/%27", "a=x%3Ay%2F%27"]);
  });
});

describe("responses: the same { data, error, response }", () => {
  test("JSON data, a JSON error, an empty 2xx with Content-Length 0, a 204, HEAD", async () => {
    await expectSame((client) => client.GET("/orders"), {}, json({ id: 1, list: [1, 2] }));
    await expectSame((client) => client.GET("/orders"), {}, json({ code: -2011, msg: "Unknown order sent." }, 400));
    await expectSame((client) => client.GET("/orders"), {}, () => new Response(null, { status: 204 }));
    await expectSame((client) => client.GET("/orders"), {}, () => new Response("", { headers: { "content-length": "0" } }));
    await expectSame((client) => client.HEAD("/orders"), {}, () => new Response(null, { headers: { "content-length": "12" } }));
  });

  test("parseAs text, blob, arrayBuffer, stream", async () => {
    for (const parseAs of ["text", "blob", "arrayBuffer", "stream"]) {
      await expectSame((client) => client.GET("/orders", { parseAs }), {}, json({ id: 1 }));
    }
  });
});

describe("middleware: openapi-fetch's contract", () => {
  /** A middleware that logs what it sees; `this` must be the middleware. */
  function logging(name: string, log: unknown[]): Middleware {
    const middleware: Middleware = {
      onRequest(this: unknown, { request, schemaPath, params, options, id }) {
        log.push([name, "request", this === middleware, request.method, request.url, schemaPath, params, Object.keys(options).sort(), typeof id]);
        request.headers.set(`x-${name}`, "1");
      },
      onResponse(this: unknown, { request, response, schemaPath }) {
        log.push([name, "response", this === middleware, request.headers.get(`x-${name}`), response.status, schemaPath]);
      },
      onError(this: unknown, { error, schemaPath }) {
        log.push([name, "error", this === middleware, (error as Error).message, schemaPath]);
      },
    };
    return middleware;
  }

  async function logsOf(run: (client: AnyClient, log: unknown[]) => Promise<unknown>, reply?: (request: Request) => Response) {
    const logs = await Promise.all(
      bothClients({}, reply).map(async ({ client, sent }) => {
        const log: unknown[] = [];
        const result = await settle(run(client, log) as never);
        return { log, result, sent };
      }),
    );
    const [theirs, ours] = logs;
    expect(ours).toEqual(theirs);
    return ours as NonNullable<typeof ours>;
  }

  test("requests run first to last, responses last to first, with the same arguments", async () => {
    const { log } = await logsOf((client, log) => {
      const first = logging("first", log);
      const second = logging("second", log);
      client.use(first, second);
      return client.GET("/orders/{id}", { params: { path: { id: 7 }, query: { a: 1 } }, middleware: [logging("call", log)] });
    });
    expect(log.map((entry) => (entry as unknown[]).slice(0, 3))).toEqual([
      ["first", "request", true],
      ["second", "request", true],
      ["call", "request", true],
      ["call", "response", true],
      ["second", "response", true],
      ["first", "response", true],
    ]);
  });

  test("a new Request replaces the request; a Response short-circuits fetch", async () => {
    const { sent } = await logsOf((client) => {
      client.use({ onRequest: ({ request }) => new Request(`${request.url}?added=1`, request) });
      return client.GET("/orders");
    });
    expect(sent[0]?.url).toBe("http://127.0.0.1:9/api/orders?added=1");
    const shortCircuit = await logsOf((client) => {
      client.use({ onRequest: () => Response.json({ cached: true }) });
      return client.GET("/orders");
    });
    expect(shortCircuit.sent).toHaveLength(0);
    expect(shortCircuit.result).toMatchObject({ data: { cached: true } });
  });

  test("onResponse may replace the response; ejected middleware no longer runs", async () => {
    await logsOf((client, log) => {
      const replace: Middleware = { onResponse: () => Response.json({ replaced: true }) };
      const ejected = logging("ejected", log);
      client.use(ejected, replace);
      client.eject(ejected);
      return client.GET("/orders");
    });
  });

  test("a failing fetch: onError may turn it into a Response or another Error", async () => {
    const failing = () => {
      throw new TypeError("fetch failed");
    };
    await logsOf((client, log) => {
      client.use(logging("a", log));
      return client.GET("/orders");
    }, failing);
    await logsOf((client) => {
      client.use({ onError: () => new Error("replaced") });
      return client.GET("/orders");
    }, failing);
    await logsOf((client) => {
      client.use({ onError: () => Response.json({ recovered: true }) });
      return client.GET("/orders");
    }, failing);
  });

  test("wrong return values and wrong middleware throw openapi-fetch's messages", async () => {
    for (const bad of [{ onRequest: () => "x" }, { onResponse: () => "x" }, { onError: () => "x" }]) {
      await logsOf((client) => {
        client.use(bad as never);
        return client.GET("/orders");
      }, bad.onError ? () => { throw new Error("down"); } : undefined);
    }
    const messages = bothClients().map(({ client }) => {
      let message = "did not throw";
      try {
        client.use({ other: 1 } as never);
      } catch (error) {
        message = (error as Error).message;
      }
      return message;
    });
    expect(messages[1]).toBe(messages[0]);
    expect(messages[0]).toMatch(/Middleware must be an object/);
  });
});

test("creating a client loads no fetch implementation (on Node, undici loads with the first request)", () => {
  const script = `
    const { createClient } = await import(${JSON.stringify(join(packageDir, "dist/index.js"))});
    const loaded = () => process.moduleLoadList.some((name) => name.includes("undici"));
    const before = loaded();
    createClient({ baseUrl: "http://127.0.0.1:9" });
    console.log(JSON.stringify({ before, afterCreate: loaded() }));
  `;
  // The built package, as an app loads it (the turbo `test` task runs after `build`).
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(JSON.parse(run.stdout)).toEqual({ before: false, afterCreate: false });
});
